//! tern's bytecode, defined once.
//!
//! Every opcode is one line of the `opcodes!` table below: its name, the kind
//! of its operand, its stack effect (values popped, values pushed) on the
//! fall-through path and, for jumps, on the taken path, and its flags. The
//! `Opcode` enum, the operand metadata, the stack-effect functions used by the
//! compiler, the disassembler and the tiers' coverage tests all come from this
//! one table.
//!
//! An instruction is 8 bytes: a one-byte opcode, the index of its inline
//! cache (`F_CACHE` opcodes only) and a 32-bit operand, so no EXTENDED_ARG is
//! ever needed. Jump operands are absolute instruction indices.
//!
//! ```text
//!   Instr { op: Opcode (u8), cache: u16, arg: u32 }
//! ```

/// What an instruction's operand means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// The operand is unused (0).
    None,
    /// Index into `consts`.
    Const,
    /// Index into `names`.
    Name,
    /// Index into `varnames` (fast locals).
    Local,
    /// Index into cells then free variables (`cellvars ++ freevars`).
    Deref,
    /// Absolute instruction index.
    Jump,
    /// A count of stack items.
    Count,
    /// A `BinOp` code.
    BinOp,
    /// A `CmpOp` code.
    CmpOp,
    /// Bit flags, described per opcode.
    Flags,
}

/// The instruction never falls through to the next one.
pub const F_TERMINATOR: u8 = 1;
/// The operand is a jump target.
pub const F_JUMP: u8 = 2;
/// A loop back-edge: counts towards tier-up and polls for interrupts.
pub const F_BACKEDGE: u8 = 4;
/// The instruction may raise an exception.
pub const F_RAISES: u8 = 8;
/// The instruction has an inline cache: its `Instr::cache` numbers it among
/// the code object's caches (`CodeObject::ncaches`).
pub const F_CACHE: u8 = 16;

macro_rules! opcodes {
    ( $( $(#[doc = $doc:literal])* $name:ident : $kind:ident,
         $fall:expr, $jump:expr, $flags:expr; )* ) => {
        /// One tern opcode. See the table in `bytecode.rs`.
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Opcode { $( $(#[doc = $doc])* $name, )* }

        impl Opcode {
            /// Every opcode, in table order.
            pub const ALL: &'static [Opcode] = &[ $( Opcode::$name, )* ];

            /// The opcode's name as the disassembler prints it.
            pub fn name(self) -> &'static str {
                match self { $( Opcode::$name => stringify!($name), )* }
            }

            /// What the operand means.
            pub fn arg_kind(self) -> ArgKind {
                match self { $( Opcode::$name => ArgKind::$kind, )* }
            }

            /// `F_*` flags.
            pub fn flags(self) -> u8 {
                match self { $( Opcode::$name => $flags, )* }
            }

            /// (popped, pushed) when execution falls through to the next instruction.
            pub fn stack_effect(self, arg: u32) -> (u32, u32) {
                match self { $( Opcode::$name => { let f: fn(u32) -> (u32, u32) = $fall; f(arg) } )* }
            }

            /// (popped, pushed) when a jump is taken (only meaningful for `F_JUMP` opcodes).
            pub fn jump_effect(self, arg: u32) -> (u32, u32) {
                match self { $( Opcode::$name => { let f: fn(u32) -> (u32, u32) = $jump; f(arg) } )* }
            }

            /// The opcode whose discriminant is `b`, if any.
            pub fn from_u8(b: u8) -> Option<Opcode> {
                Self::ALL.get(b as usize).copied()
            }
        }
    };
}

const NONE: u8 = 0;
const TERM: u8 = F_TERMINATOR;
const JUMP: u8 = F_JUMP;
const RAISES: u8 = F_RAISES;
const CACHED: u8 = F_RAISES | F_CACHE;

/// `same` as the jump effect means "not a conditional jump".
fn same(_: u32) -> (u32, u32) {
    (0, 0)
}

opcodes! {
    /// Does nothing.
    Nop: None, |_| (0, 0), same, NONE;
    /// Pops and drops the top of the stack.
    PopTop: None, |_| (1, 0), same, NONE;
    /// Pushes a copy of the arg-th item from the top (1 is the top).
    Copy: Count, |a| (a, a + 1), same, NONE;
    /// Swaps the top with the arg-th item from the top.
    Swap: Count, |a| (a, a), same, NONE;
    /// Pushes the NULL marker (an empty slot before a callable).
    PushNull: None, |_| (0, 1), same, NONE;
    /// Pushes `consts[arg]`.
    LoadConst: Const, |_| (0, 1), same, NONE;
    /// Pushes local `arg`; UnboundLocalError if it is unset.
    LoadFast: Local, |_| (0, 1), same, RAISES;
    /// Pops into local `arg`.
    StoreFast: Local, |_| (1, 0), same, NONE;
    /// Unsets local `arg`; UnboundLocalError if it is unset.
    DeleteFast: Local, |_| (0, 0), same, RAISES;
    /// Pushes the contents of cell `arg`.
    LoadDeref: Deref, |_| (0, 1), same, RAISES;
    /// In a class body: the name from the class namespace, else the cell's contents.
    LoadClassDeref: Deref, |_| (0, 1), same, RAISES;
    /// Pops into cell `arg`.
    StoreDeref: Deref, |_| (1, 0), same, NONE;
    /// Empties cell `arg`.
    DeleteDeref: Deref, |_| (0, 0), same, RAISES;
    /// Pushes cell `arg` itself (to build a closure).
    LoadClosure: Deref, |_| (0, 1), same, NONE;
    /// Pushes global `names[arg]`, else the builtin of that name.
    LoadGlobal: Name, |_| (0, 1), same, RAISES;
    /// Pops into global `names[arg]`.
    StoreGlobal: Name, |_| (1, 0), same, NONE;
    /// Deletes global `names[arg]`.
    DeleteGlobal: Name, |_| (0, 0), same, RAISES;
    /// Pushes `names[arg]` from locals, then globals, then builtins.
    LoadName: Name, |_| (0, 1), same, RAISES;
    /// Pops into the locals mapping under `names[arg]`.
    StoreName: Name, |_| (1, 0), same, RAISES;
    /// Deletes `names[arg]` from the locals mapping.
    DeleteName: Name, |_| (0, 0), same, RAISES;
    /// obj -> obj.names[arg]
    LoadAttr: Name, |_| (1, 1), same, CACHED;
    /// value obj -> ; obj.names[arg] = value
    StoreAttr: Name, |_| (2, 0), same, CACHED;
    /// obj -> ; del obj.names[arg]
    DeleteAttr: Name, |_| (1, 0), same, RAISES;
    /// obj -> meth obj (an unbound method found on the type) or NULL attr.
    LoadMethod: Name, |_| (1, 2), same, CACHED;
    /// container key -> container[key]
    BinarySubscr: None, |_| (2, 1), same, RAISES;
    /// value container key -> ; container[key] = value
    StoreSubscr: None, |_| (3, 0), same, RAISES;
    /// container key -> ; del container[key]
    DeleteSubscr: None, |_| (2, 0), same, RAISES;
    /// a b -> a OP b, the operator `BinOp::from(arg)` (in-place forms included).
    BinaryOp: BinOp, |_| (2, 1), same, CACHED;
    /// a -> -a
    UnaryNegative: None, |_| (1, 1), same, RAISES;
    /// a -> +a
    UnaryPositive: None, |_| (1, 1), same, RAISES;
    /// a -> ~a
    UnaryInvert: None, |_| (1, 1), same, RAISES;
    /// a -> not a
    UnaryNot: None, |_| (1, 1), same, RAISES;
    /// a b -> a OP b for the comparison `CmpOp::from(arg)`.
    CompareOp: CmpOp, |_| (2, 1), same, CACHED;
    /// a b -> a is b (arg 1: is not)
    IsOp: Flags, |_| (2, 1), same, NONE;
    /// a b -> a in b (arg 1: not in)
    ContainsOp: Flags, |_| (2, 1), same, RAISES;
    /// Pops arg items, pushes a tuple of them.
    BuildTuple: Count, |a| (a, 1), same, NONE;
    /// Pops arg items, pushes a list of them.
    BuildList: Count, |a| (a, 1), same, NONE;
    /// Pops arg items, pushes a set of them.
    BuildSet: Count, |a| (a, 1), same, RAISES;
    /// Pops arg key/value pairs, pushes a dict.
    BuildMap: Count, |a| (2 * a, 1), same, RAISES;
    /// Pops arg strings, pushes their concatenation.
    BuildString: Count, |a| (a, 1), same, NONE;
    /// Pops 2 or 3 items, pushes a slice.
    BuildSlice: Count, |a| (a, 1), same, NONE;
    /// Pops v and appends it to the list arg items down (after the pop).
    ListAppend: Count, |_| (1, 0), same, NONE;
    /// Pops v and adds it to the set arg items down.
    SetAdd: Count, |_| (1, 0), same, RAISES;
    /// Pops key and value and stores them in the dict arg items down.
    MapAdd: Count, |_| (2, 0), same, RAISES;
    /// Pops an iterable and extends the list arg items down with it.
    ListExtend: Count, |_| (1, 0), same, RAISES;
    /// Pops an iterable and adds its items to the set arg items down.
    SetUpdate: Count, |_| (1, 0), same, RAISES;
    /// Pops a mapping and updates the dict arg items down with it.
    DictUpdate: Count, |_| (1, 0), same, RAISES;
    /// Like DictUpdate for `**` in calls: duplicate keys raise TypeError.
    DictMerge: Count, |_| (1, 0), same, RAISES;
    /// list -> tuple
    ListToTuple: None, |_| (1, 1), same, NONE;
    /// seq -> item[arg-1] ... item[0] (item 0 on top)
    UnpackSequence: Count, |a| (1, a), same, RAISES;
    /// seq -> starred unpacking: arg = before | after << 8
    UnpackEx: Flags, |a| (1, (a & 0xff) + (a >> 8) + 1), same, RAISES;
    /// iterable -> iterator
    GetIter: None, |_| (1, 1), same, RAISES;
    /// iterator -> iterator next; at exhaustion pops the iterator and jumps.
    ForIter: Jump, |_| (0, 1), |_| (1, 0), JUMP | RAISES;
    /// Jumps forward to arg.
    Jump: Jump, |_| (0, 0), same, JUMP | TERM;
    /// Jumps back to a loop header: counts towards tier-up and polls for Ctrl-C.
    JumpBackward: Jump, |_| (0, 0), same, JUMP | TERM | F_BACKEDGE | RAISES;
    /// Pops; jumps if it is false.
    PopJumpIfFalse: Jump, |_| (1, 0), |_| (1, 0), JUMP | RAISES;
    /// Pops; jumps if it is true.
    PopJumpIfTrue: Jump, |_| (1, 0), |_| (1, 0), JUMP | RAISES;
    /// Pops; jumps if it is None.
    PopJumpIfNone: Jump, |_| (1, 0), |_| (1, 0), JUMP;
    /// Pops; jumps if it is not None.
    PopJumpIfNotNone: Jump, |_| (1, 0), |_| (1, 0), JUMP;
    /// Jumps keeping the top if it is false, else pops it.
    JumpIfFalseOrPop: Jump, |_| (1, 0), |_| (0, 0), JUMP | RAISES;
    /// Jumps keeping the top if it is true, else pops it.
    JumpIfTrueOrPop: Jump, |_| (1, 0), |_| (0, 0), JUMP | RAISES;
    /// func arg1..argN -> func(arg1..argN), N = arg.
    Call: Count, |a| (a + 1, 1), same, CACHED;
    /// func args.. kwnames -> call with the last len(kwnames) args as keywords; arg counts all args.
    CallKw: Count, |a| (a + 2, 1), same, RAISES;
    /// meth self args.. -> meth(self, args..); or NULL func args.. -> func(args..) (after LoadMethod).
    CallMethod: Count, |a| (a + 2, 1), same, CACHED;
    /// CallMethod with a kwnames tuple on top, as CallKw.
    CallMethodKw: Count, |a| (a + 3, 1), same, RAISES;
    /// func args_tuple [kwargs_dict if arg & 1] -> func(*args, **kwargs)
    CallEx: Flags, |a| (2 + (a & 1), 1), same, RAISES;
    /// [defaults] [kwdefaults] [annotations] [closure] code -> function;
    /// arg bits: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure.
    MakeFunction: Flags, |a| (1 + (a & 0xf).count_ones(), 1), same, NONE;
    /// Pushes builtins.__build_class__.
    LoadBuildClass: None, |_| (0, 1), same, RAISES;
    /// Returns the top of the stack to the caller.
    ReturnValue: None, |_| (1, 0), same, TERM;
    /// Suspends a generator yielding the top; resumes with the sent value on top.
    YieldValue: None, |_| (1, 1), same, NONE;
    /// value -> wrapped value: what an asynchronous generator's `yield` yields,
    /// telling its `asend()` awaitable an item apart from an `await` passing through.
    AsyncGenWrap: None, |_| (1, 1), same, NONE;
    /// iterable -> iterator, for `yield from` (a generator passes through).
    GetYieldFromIter: None, |_| (1, 1), same, RAISES;
    /// iter value -> iter yielded (fall through to YieldValue); when the
    /// iterator is done: -> result, and jump.
    Send: Jump, |_| (2, 2), |_| (2, 1), JUMP | RAISES;
    /// arg 0: re-raise the handled exception; 1: raise TOS; 2: raise TOS1 from TOS.
    RaiseVarargs: Count, |a| (a, 0), same, TERM | RAISES;
    /// Pops an exception and re-raises it without adding a traceback entry.
    Reraise: None, |_| (1, 0), same, TERM | RAISES;
    /// exc -> previous_handled exc; exc becomes the handled exception.
    PushExcInfo: None, |_| (1, 2), same, NONE;
    /// Pops the previously handled exception and makes it current again.
    PopExcept: None, |_| (1, 0), same, NONE;
    /// exc type -> exc bool (does exc match type, a class or tuple of classes).
    CheckExcMatch: None, |_| (2, 2), same, RAISES;
    /// ctx -> exit enter_result, calling ctx.__enter__().
    BeforeWith: None, |_| (1, 2), same, RAISES;
    /// exit prev exc -> exit prev exc res: res = exit(type(exc), exc, tb).
    WithExceptStart: None, |_| (3, 4), same, RAISES;
    /// Pushes AssertionError.
    LoadAssertionError: None, |_| (0, 1), same, NONE;
    /// level fromlist -> module, importing `names[arg]`.
    ImportName: Name, |_| (2, 1), same, RAISES;
    /// module -> module module.names[arg]
    ImportFrom: Name, |_| (1, 2), same, RAISES;
    /// module -> ; copies the module's public names into the locals mapping.
    ImportStar: None, |_| (1, 0), same, RAISES;
    /// value [spec if arg & 4] -> formatted string; arg & 3: 0 none, 1 str, 2 repr, 3 ascii.
    FormatValue: Flags, |a| (1 + ((a >> 2) & 1), 1), same, RAISES;
    /// Creates `__annotations__` in the locals mapping if missing.
    SetupAnnotations: None, |_| (0, 0), same, RAISES;
    /// subject description values[arg] -> captures or None: one `match` case.
    /// The values are those of the pattern's value, key and class expressions;
    /// the captures a tuple in the description's name order.
    MatchPattern: Count, |a| (a + 2, 1), same, RAISES;
    /// exc type -> rest match: `except* type` splits the exception (either may be None).
    CheckEgMatch: None, |_| (2, 2), same, RAISES;
    /// orig raised_list -> exception or None: what an `except*` statement re-raises.
    PrepReraiseStar: None, |_| (2, 1), same, RAISES;
    /// value -> iterator: what `await value` delegates to (a coroutine, or `__await__()`);
    /// flags 1/2: the value came from `__aenter__`/`__aexit__` (for the error message).
    GetAwaitable: Flags, |_| (1, 1), same, RAISES;
    /// iterable -> async iterator (`__aiter__()`).
    GetAIter: None, |_| (1, 1), same, RAISES;
    /// async_iterator -> awaitable of `__anext__()`.
    GetANext: None, |_| (1, 1), same, RAISES;
    /// async_iterator exc -> ; ends `async for` on StopAsyncIteration, re-raises anything else.
    EndAsyncFor: None, |_| (2, 0), same, RAISES;
    /// context -> bound __aexit__, awaitable of `__aenter__()`.
    BeforeAsyncWith: None, |_| (1, 2), same, RAISES;
}

/// Binary operators, the operand of `BinaryOp`. In-place forms are the plain
/// form plus `INPLACE`.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOp {
    /// Added to a BinOp code for the in-place (augmented assignment) form.
    pub const INPLACE: u32 = 16;
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::MatMul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
    ];

    /// Decodes a `BinaryOp` operand into the operator and whether it is in place.
    pub fn decode(arg: u32) -> (BinOp, bool) {
        (BinOp::ALL[(arg % Self::INPLACE) as usize], arg >= Self::INPLACE)
    }

    /// The operator as Python spells it (`+`, `//`, ...).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }

    /// The special method names: (normal, reflected, in-place).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// Rich comparison operators, the operand of `CompareOp`, numbered as CPython's `Py_LT`...
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CmpOp {
    pub const ALL: [CmpOp; 6] = [CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge];

    pub fn from_arg(arg: u32) -> CmpOp {
        Self::ALL[arg as usize]
    }

    /// `x op y` for values with a plain ordering.
    #[inline(always)]
    pub fn holds<T: PartialOrd>(self, x: T, y: T) -> bool {
        match self {
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Eq => x == y,
            CmpOp::Ne => x != y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }

    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }
}

/// `MakeFunction` operand bits.
pub mod make_function {
    pub const DEFAULTS: u32 = 1;
    pub const KWDEFAULTS: u32 = 2;
    pub const ANNOTATIONS: u32 = 4;
    pub const CLOSURE: u32 = 8;
}

/// `FormatValue` operand bits.
pub mod format_value {
    pub const CONV_MASK: u32 = 3;
    pub const CONV_STR: u32 = 1;
    pub const CONV_REPR: u32 = 2;
    pub const CONV_ASCII: u32 = 3;
    pub const HAS_SPEC: u32 = 4;
}

/// One instruction: an opcode and its 32-bit operand.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    pub op: Opcode,
    /// For `F_CACHE` opcodes, which of the code object's caches is this
    /// instruction's (`NO_CACHE` when there are too many); unused otherwise.
    pub cache: u16,
    pub arg: u32,
}

/// `Instr::cache` of an instruction without a cache.
pub const NO_CACHE: u16 = u16::MAX;

impl Instr {
    pub fn new(op: Opcode, arg: u32) -> Instr {
        Instr { op, cache: NO_CACHE, arg }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_roundtrips() {
        for (i, op) in Opcode::ALL.iter().enumerate() {
            assert_eq!(*op as usize, i);
            assert_eq!(Opcode::from_u8(i as u8), Some(*op));
        }
        assert_eq!(std::mem::size_of::<Instr>(), 8);
    }

    #[test]
    fn jumps_have_jump_operands() {
        for op in Opcode::ALL {
            assert_eq!(op.flags() & F_JUMP != 0, op.arg_kind() == ArgKind::Jump, "{}", op.name());
        }
    }
}
