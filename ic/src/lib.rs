//! Inline caches for compiled code: one x86-64 stub per attribute site
//! (`LoadAttr`, `LoadMethod`, `StoreAttr`), assembled with dynasmrt and
//! rewritten in place as the site learns its receiver types. Call, operator
//! and container sites have stubs too (`instruction_site`,
//! `container_site`), which stand in for the runtime's instruction functions.
//!
//! A stub is called as `(stack slot, site cache, name, receiver) -> word`
//! (the runtime's hit functions, `tern_runtime::attrcache::rt_*_hit`, with
//! the receiver in a register as well): non-zero when it did the
//! instruction (a `LoadAttr`'s result, which compiled code goes on with;
//! 1 for the others), 0 when compiled code must take the instruction's
//! full path. It reads the site's `AttrCache` (the one the
//! interpreter fills) in place: for each entry it was built for, it compares
//! the receiver type's version tag with the entry's and, on a match, does the
//! entry's kind in machine code (an instance-dict value at the entry's hint,
//! read at once when the dict is in the hidden class (shape) the entry saw;
//! a method pushed unbound when the instance dict cannot shadow it; a
//! `__slots__` member; a store to the instance dict, appending along the
//! shape transition the entry saw, or to a member).
//!
//! ```text
//!   empty ──fill──▶ monomorphic ──fill──▶ polymorphic (≤ WAYS entries)
//!     │                                        │ keeps missing with all ways full
//!     └── nothing cacheable, keeps missing     ▼
//!           ▼                              megamorphic: the runtime's lookup
//!        generic: always the full path          in the shared table
//!           └──────── retry (back-off) ──────────────┘──▶ empty
//! ```
//!
//! A megamorphic site's cache switches to the runtime's shared table
//! (`AttrCache::set_megamorphic`), for the interpreter too. Megamorphic and
//! generic sites are not given up for good: after `RETRY_AFTER << n` further
//! executions (n: how many times the site already gave up) they start over
//! empty, so a site whose receivers settle after a phase is cached again,
//! while one that keeps missing is retried ever more rarely.
//!
//! A stub is rebuilt when the kinds of its cache's entries change (the
//! entries' versions and hints are read from memory, so a type replacing
//! another of the same kind needs no rewrite). Anything else goes to
//! Rust: a matched entry the stub cannot handle, or a check that fails
//! after the version matched, tail-calls the runtime's hit function; an
//! unmatched type tail-calls the site's miss handler, which learns. Stubs
//! never call anything and are never on the stack, so rewriting one (its
//! pages read-write, not executable, for the time of the copy) is safe.
//!
//! `TERN_IC=0` turns the caches off: code objects get no attribute caches,
//! the interpreter and tier 1 take the generic paths.

mod mem;
mod stubs;

use std::cell::{Cell, UnsafeCell};
use std::sync::Mutex;
use tern_runtime::attrcache::{self, AttrCache, WAYS};
use tern_runtime::interp::frame::Frame;
use tern_runtime::value::Value;

/// The instructions a site can be.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Op {
    LoadAttr,
    LoadMethod,
    StoreAttr,
    Call,
    CallMethod,
    BinaryOp,
    CompareOp,
    BinarySubscr,
    StoreSubscr,
    ForIter,
}

const OPS: [Op; 10] = [
    Op::LoadAttr,
    Op::LoadMethod,
    Op::StoreAttr,
    Op::Call,
    Op::CallMethod,
    Op::BinaryOp,
    Op::CompareOp,
    Op::BinarySubscr,
    Op::StoreSubscr,
    Op::ForIter,
];

impl Op {
    fn is_call(self) -> bool {
        matches!(self, Op::Call | Op::CallMethod)
    }

    fn is_operator(self) -> bool {
        matches!(self, Op::BinaryOp | Op::CompareOp)
    }

    /// Sites on built-in containers: they learn the container types they
    /// see themselves (`Site::seen`), with no runtime cache (operator sites
    /// learn the built-in operand types they see the same way).
    fn is_container(self) -> bool {
        matches!(self, Op::BinarySubscr | Op::StoreSubscr | Op::ForIter)
    }

    /// Sites whose stubs have the signature of the runtime's instruction
    /// functions, `(frame, ip, depth) -> status`, and stand in for them.
    fn is_instruction(self) -> bool {
        self.is_call() || self.is_operator() || self.is_container()
    }
}

/// The ways a site learns by itself, from the built-in types of its
/// operands (`Site::seen`, one bit each): a stub has machine code for each
/// way it was built for.
pub(crate) mod way {
    /// `BinarySubscr`/`StoreSubscr`: an exact list and a small-int index.
    pub const LIST_INT: u32 = 1;
    /// `BinarySubscr`: an exact tuple and a small-int index.
    pub const TUPLE_INT: u32 = 2;
    /// `BinarySubscr`/`StoreSubscr`: an exact dict and a small-int or exact-str key.
    pub const DICT_KEY: u32 = 4;
    /// `ForIter`: the iterator of a list, a tuple, a range.
    pub const LIST_ITER: u32 = 8;
    pub const TUPLE_ITER: u32 = 16;
    pub const RANGE_ITER: u32 = 32;
    /// `Call` with one argument: `builtins.len` of an exact list, tuple, dict or str.
    pub const LEN: u32 = 64;
    /// `BinarySubscr`: an exact str and a small-int index.
    pub const STR_INT: u32 = 128;
    /// `BinaryOp` (`+ - * & | ^`) and `CompareOp` on two small ints.
    pub const INTS: u32 = 256;
    /// `BinaryOp` (`+ - * /`) and `CompareOp` on two exact floats or a
    /// float and a small int (of at most 53 bits for a comparison).
    pub const FLOATS: u32 = 512;
    /// `BinaryOp` `+` and `CompareOp` on two exact strs.
    pub const STRS: u32 = 1024;
    /// `BinarySubscr`/`StoreSubscr`: an exact list and a slice (to the
    /// runtime's function, which goes to the list's slicing at once).
    pub const LIST_SLICE: u32 = 2048;
    pub const NAMES: [(u32, &str); 12] = [
        (LIST_INT, "list[int]"),
        (TUPLE_INT, "tuple[int]"),
        (DICT_KEY, "dict[str|int]"),
        (LIST_ITER, "list-iterator"),
        (TUPLE_ITER, "tuple-iterator"),
        (RANGE_ITER, "range-iterator"),
        (LEN, "len"),
        (STR_INT, "str[int]"),
        (INTS, "int,int"),
        (FLOATS, "float,float|int"),
        (STRS, "str,str"),
        (LIST_SLICE, "list[slice]"),
    ];
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum State {
    Empty,
    Mono,
    Poly,
    Mega,
    Generic,
}

const STATES: [State; 5] = [State::Empty, State::Mono, State::Poly, State::Mega, State::Generic];

/// Rewrites after which a site stops learning and goes megamorphic.
const MAX_REWRITES: u32 = 8;
/// Misses with every way full after which a site goes megamorphic.
const MEGA_AFTER: u32 = 64;
/// Misses with nothing cacheable after which a site goes generic.
const GENERIC_AFTER: u32 = 64;
/// Executions of a megamorphic or generic site before it starts over
/// (doubling each time it gives up again).
const RETRY_AFTER: u64 = 4096;
/// The most doublings of `RETRY_AFTER`.
const MAX_BACKOFF: u32 = 16;

/// One cache site of compiled code. `repr(C)`: stubs count in `hits`
/// (offset 0) and, once generic, in `misses` (offset 8) until it reaches
/// `retry_at` (offset 16).
#[repr(C)]
pub struct Site {
    hits: UnsafeCell<u64>,
    misses: UnsafeCell<u64>,
    /// For a megamorphic or generic site: the count of executions
    /// (generic: misses; megamorphic: runtime hits plus misses) at which it starts over.
    retry_at: Cell<u64>,
    /// Times the site gave up (went megamorphic or generic).
    gave_up: Cell<u32>,
    /// Times it started over.
    retries: Cell<u32>,
    /// Version matched, but the runtime did the work (kinds without machine code).
    slow_hits: Cell<u64>,
    /// Misses since the last rewrite with all ways full / with no entry at all.
    full_misses: Cell<u32>,
    empty_misses: Cell<u32>,
    rewrites: Cell<u32>,
    state: Cell<State>,
    op: Op,
    /// The instruction's cache (null for a container site).
    cache: *const AttrCache,
    /// The ways (`way::*`) the site learned from its operands' types.
    seen: Cell<u32>,
    /// The attribute's name (a str's bits); for a call site, its argument count.
    name: u64,
    /// The stub's slot, which compiled code calls.
    stub: *mut u8,
    /// Where a stub too large for the slot goes (null until one is).
    overflow: Cell<*mut u8>,
    /// The site's name in dumps and perf maps.
    label: String,
    /// The entry kinds the stub was built for.
    kinds: Cell<[u32; WAYS]>,
    /// An attribute site whose receiver tier 1 lends (a local pushed right
    /// before, its reference not counted): the stub does not drop it, and
    /// the runtime's paths count it first.
    lent: bool,
}

// The stubs' view of a site.
const _: () = assert!(std::mem::offset_of!(Site, hits) == 0 && std::mem::offset_of!(Site, misses) == 8 && std::mem::offset_of!(Site, retry_at) == 16);

struct Ic {
    mem: mem::StubMemory,
    sites: Vec<&'static Site>,
    /// Sites left without a stub (no memory, or no code for them): their
    /// instruction always takes the full path.
    no_stub: Vec<Op>,
    dump: bool,
}

// Sites and stubs are made and rewritten on the one thread that runs Python.
unsafe impl Send for Ic {}

static IC: Mutex<Ic> = Mutex::new(Ic { mem: mem::StubMemory::new(), sites: Vec::new(), no_stub: Vec::new(), dump: false });

/// Whether the caches are on (`TERN_IC`, read once).
pub fn enabled() -> bool {
    tern_runtime::attrcache::enabled()
}

/// Reads `TERN_IC` and `TERN_DUMP`; with `TERN_IC=0` no code object gets
/// attribute caches. Needs this build's dict layout, else the caches stay off.
pub fn install() -> Result<(), String> {
    let on = tern_runtime::config::get("TERN_IC") != "0" && stubs::layout().is_some();
    tern_runtime::attrcache::set_enabled(on);
    let mut ic = IC.lock().unwrap_or_else(|e| e.into_inner());
    ic.dump = tern_runtime::config::get("TERN_DUMP") == "asm";
    Ok(())
}

/// Stubs written while the returned guard lives (tier 1 compiling one
/// function, when no stub runs) are made executable together when it drops:
/// two `mprotect` calls per range of pages instead of two per stub.
pub fn batch() -> Batch {
    IC.lock().unwrap_or_else(|e| e.into_inner()).mem.begin_batch();
    Batch(())
}

/// See `batch`.
pub struct Batch(());

impl Drop for Batch {
    fn drop(&mut self) {
        if let Err(e) = IC.lock().unwrap_or_else(|e| e.into_inner()).mem.end_batch() {
            // Stubs that compiled code calls would stay unexecutable.
            eprintln!("tern: fatal: inline-cache stubs: {e}");
            std::process::abort();
        }
    }
}

/// The stub compiled code calls for attribute instruction `op` whose site
/// cache is `cache` and attribute `name` (None: use the runtime's functions).
pub fn attr_site(op: Op, cache: &AttrCache, name: &Value, lent: bool) -> Option<*const u8> {
    let label = tern_runtime::objects::str::as_str(name).unwrap_or("?");
    new_site(op, cache, name.bits(), label, lent)
}

/// The stub compiled code calls, instead of the runtime's function for
/// the instruction (same signature), for a container instruction `op`
/// (`BinarySubscr`, `StoreSubscr`, `ForIter`) on the path where tier 1's
/// inline code for the types its feedback saw does not apply (or, with no
/// feedback, always). The site learns the built-in types it sees (`way`)
/// and its stub does them in machine code: a list or tuple item by a
/// small-int index read or written in place; a list, tuple or range
/// iterator stepped in place; an exact dict with a str or small-int key
/// straight to the dict's lookup (`rt_dict_subscr_known`). Anything else
/// (an index out of range, an exhausted iterator, another type) takes the
/// full path.
pub fn container_site(op: Op) -> Option<*const u8> {
    debug_assert!(op.is_container());
    new_site(op, std::ptr::null(), 0, "", false)
}

/// The stub compiled code calls, instead of the runtime's function for
/// the instruction (same signature: `(frame, ip, depth) -> status`), for a
/// call or operator instruction `op` with operand `arg` (a call's argument
/// count) whose site cache is `cache` (None: call the runtime's function).
///
/// - `Call`, `CallMethod`: the stub compares the callee with the plain
///   Python functions the site has seen whose compiled code takes exactly
///   its arguments (`CALL` and, for a method called with its receiver,
///   `CALL_BOUND` entries; kind and arity were checked once, when the entry
///   was filled) and the function's serial with the entry's (renewed when
///   `__code__` is replaced), and jumps to `rt_call_known`, which builds the
///   frame and enters the compiled code; a `Call` of a class with a
///   `CONSTRUCT` entry for its version jumps to `rt_construct_known`.
/// - `BinaryOp`, `CompareOp` (called when tier 1's inline paths for
///   built-in types do not apply): two operands of one class whose version
///   has a `DUNDER` entry with a plain function jump to `rt_operator_known`,
///   which calls it with no lookup; small ints, floats and strs, once the
///   site learned them (`way::INTS`, `FLOATS`, `STRS`), are done in the stub.
///
/// Anything else goes to the site's miss handler: the instruction's full
/// path (which fills the runtime's entries), and learning.
pub fn instruction_site(op: Op, cache: &AttrCache, arg: u32) -> Option<*const u8> {
    debug_assert!(op.is_call() || op.is_operator());
    new_site(op, cache, arg as u64, &format!("{arg}"), false)
}

/// A new site for instruction `op`, its stub written for an empty cache.
fn new_site(op: Op, cache: *const AttrCache, name: u64, label: &str, lent: bool) -> Option<*const u8> {
    if !enabled() {
        return None;
    }
    let mut ic = IC.lock().unwrap_or_else(|e| e.into_inner());
    let Ok(stub) = ic.mem.alloc(mem::SLOT_SIZE) else {
        ic.no_stub.push(op);
        return None;
    };
    let site: &'static Site = Box::leak(Box::new(Site {
        hits: UnsafeCell::new(0),
        misses: UnsafeCell::new(0),
        retry_at: Cell::new(u64::MAX),
        gave_up: Cell::new(0),
        retries: Cell::new(0),
        slow_hits: Cell::new(0),
        full_misses: Cell::new(0),
        empty_misses: Cell::new(0),
        rewrites: Cell::new(0),
        state: Cell::new(State::Empty),
        op,
        cache,
        seen: Cell::new(0),
        name,
        stub,
        overflow: Cell::new(std::ptr::null_mut()),
        label: label.to_owned(),
        kinds: Cell::new([attrcache::EMPTY; WAYS]),
        lent,
    }));
    let dump = ic.dump;
    drop(ic);
    let built = site.rebuild(dump);
    let mut ic = IC.lock().unwrap_or_else(|e| e.into_inner());
    if built.is_err() {
        ic.no_stub.push(op);
        return None;
    }
    tern_runtime::perf::name(stub, mem::SLOT_SIZE, format_args!("ic::{op:?}.{label}"));
    ic.sites.push(site);
    Some(stub)
}

impl Site {
    /// The runtime's function for a call or operator site's instruction
    /// (its full path).
    fn full_fn(&self) -> tern_runtime::jit::StepFn {
        use tern_runtime::interp::eval;
        match self.op {
            Op::CallMethod => eval::rt_call_method,
            Op::BinaryOp => eval::rt_binary_op,
            Op::CompareOp => eval::rt_compare_op,
            Op::BinarySubscr => eval::rt_binary_subscr,
            Op::StoreSubscr => eval::rt_store_subscr,
            Op::ForIter => eval::rt_for_iter,
            _ => eval::rt_call,
        }
    }

    /// A call or operator site's instruction on the runtime's full path.
    unsafe fn full_call(&self, frame: *mut Frame, ip: u32, depth: u32) -> u32 {
        self.full_fn()(frame, ip, depth)
    }

    fn cache(&self) -> &AttrCache {
        unsafe { &*self.cache }
    }

    /// The kinds of the cache's entries the stub can use.
    fn current_kinds(&self) -> [u32; WAYS] {
        if self.cache.is_null() {
            return [attrcache::EMPTY; WAYS];
        }
        std::array::from_fn(|j| {
            let k = self.cache().entries[j].kind.get();
            let usable = match self.op {
                Op::Call => matches!(k, attrcache::CALL | attrcache::CONSTRUCT),
                Op::CallMethod => matches!(k, attrcache::CALL | attrcache::CALL_BOUND),
                Op::BinaryOp | Op::CompareOp => k == attrcache::DUNDER,
                _ => true,
            };
            if !usable {
                attrcache::EMPTY
            } else {
                k
            }
        })
    }

    /// Writes the stub for the site's state and its cache's entries now.
    fn rebuild(&self, dump: bool) -> Result<(), String> {
        let kinds = self.current_kinds();
        if matches!(self.state.get(), State::Empty | State::Mono | State::Poly) {
            let n = kinds.iter().filter(|&&k| k != attrcache::EMPTY).count() + self.seen.get().count_ones() as usize;
            self.state.set(match n {
                0 => State::Empty,
                1 => State::Mono,
                _ => State::Poly,
            });
        }
        self.kinds.set(kinds);
        let mut code = stubs::assemble(self, &kinds, self.stub)?;
        let mut at = self.stub;
        if code.len() > mem::SLOT_SIZE {
            at = self.overflow()?;
            code = stubs::assemble(self, &kinds, at)?;
        }
        if dump {
            eprintln!("{}", stubs::describe(self, &kinds, at, &code));
        }
        let jump = if at != self.stub { Some(stubs::jump(self.stub, at)?) } else { None };
        let mut ic = IC.lock().unwrap_or_else(|e| e.into_inner());
        unsafe {
            ic.mem.write(at, &code)?;
            if let Some(jump) = &jump {
                ic.mem.write(self.stub, jump)?;
            }
        }
        drop(ic);
        for (addr, bytes) in [(at, &code)].into_iter().chain(jump.as_ref().map(|j| (self.stub, j))) {
            tern_runtime::perf::code(addr, bytes, format_args!("ic::{:?}.{}", self.op, self.label));
        }
        Ok(())
    }

    /// The site's overflow slot, for stubs larger than its own (made on first use).
    fn overflow(&self) -> Result<*mut u8, String> {
        if self.overflow.get().is_null() {
            let mut ic = IC.lock().unwrap_or_else(|e| e.into_inner());
            let at = ic.mem.alloc(mem::BIG_SIZE)?;
            tern_runtime::perf::name(at, mem::BIG_SIZE, format_args!("ic::{:?}.{}", self.op, self.label));
            self.overflow.set(at);
        }
        Ok(self.overflow.get())
    }

    /// The runtime's hit function for the site's instruction, answering
    /// as the stub does (`hit_word`).
    unsafe fn runtime_hit(&self, slot: *mut Option<Value>, name: u64) -> u64 {
        let r = if self.lent {
            // The runtime takes the receiver's reference when it answers:
            // count one for it, and take it back when it does not.
            let recv = slot.add((self.op == Op::StoreAttr) as usize);
            let owned = (*recv).clone();
            let r = self.answer(slot, name);
            if r != 0 {
                std::mem::forget(owned);
            }
            r
        } else {
            self.answer(slot, name)
        };
        match r {
            0 => 0,
            _ => self.hit_word(slot),
        }
    }

    /// What an attribute stub returns for a hit: a `LoadAttr`'s result
    /// (never 0), which compiled code goes on with in a register instead of
    /// reading back the slot it is also stored in; 1 for the others.
    unsafe fn hit_word(&self, slot: *mut Option<Value>) -> u64 {
        match self.op {
            Op::LoadAttr => (*slot).as_ref().unwrap_unchecked().bits(),
            _ => 1,
        }
    }

    unsafe fn answer(&self, slot: *mut Option<Value>, name: u64) -> u32 {
        match self.op {
            Op::LoadAttr => attrcache::rt_load_attr_hit(slot, self.cache, name),
            Op::LoadMethod => attrcache::rt_load_method_hit(slot, self.cache, name),
            Op::StoreAttr => attrcache::rt_store_attr_hit(slot, self.cache, name),
            // Instruction sites' stubs never go to `site_miss` or `site_slow`.
            _ => 0,
        }
    }

    /// A miss: the runtime's lookup answers; the site learns what the cache
    /// now holds (the full path, after a 0, fills it for next time).
    /// `counts`: the miss counts towards giving up (not for a callee that
    /// will be cacheable once it is compiled).
    fn learn(&self, counts: bool) {
        let kinds = self.current_kinds();
        let filled = kinds.iter().filter(|&&k| k != attrcache::EMPTY).count() + self.seen.get().count_ones() as usize;
        let state = self.state.get();
        if !matches!(state, State::Empty | State::Mono | State::Poly) {
            return;
        }
        let dump = IC.lock().map(|ic| ic.dump).unwrap_or(false);
        if kinds != self.kinds.get() {
            self.rewrites.set(self.rewrites.get() + 1);
            self.full_misses.set(0);
            self.empty_misses.set(0);
            if self.rewrites.get() > MAX_REWRITES {
                self.give_up(State::Mega);
            }
            let _ = self.rebuild(dump);
            return;
        }
        if !counts {
            return;
        }
        if filled == WAYS {
            self.full_misses.set(self.full_misses.get() + 1);
            if self.full_misses.get() >= MEGA_AFTER {
                self.give_up(State::Mega);
                let _ = self.rebuild(dump);
            }
        } else if filled == 0 {
            self.empty_misses.set(self.empty_misses.get() + 1);
            if self.empty_misses.get() >= GENERIC_AFTER {
                self.give_up(State::Generic);
                let _ = self.rebuild(dump);
            }
        }
    }

    /// A miss at a site that learns ways of its own (`way`): a new way
    /// (`bit`, 0 for operands of no way) is added and the stub rebuilt;
    /// operands of no way count towards going generic while the site knows
    /// none at all (a site that has ways takes the full path for the rest).
    fn learn_way(&self, bit: u32) {
        if !matches!(self.state.get(), State::Empty | State::Mono | State::Poly) {
            return;
        }
        let dump = IC.lock().map(|ic| ic.dump).unwrap_or(false);
        if bit != 0 && self.seen.get() & bit == 0 {
            self.seen.set(self.seen.get() | bit);
            self.rewrites.set(self.rewrites.get() + 1);
            self.empty_misses.set(0);
            if self.rewrites.get() > MAX_REWRITES {
                self.give_up(State::Generic);
            }
            let _ = self.rebuild(dump);
        } else if bit == 0 && self.op.is_container() && self.seen.get() == 0 {
            self.empty_misses.set(self.empty_misses.get() + 1);
            if self.empty_misses.get() >= GENERIC_AFTER {
                self.give_up(State::Generic);
                let _ = self.rebuild(dump);
            }
        }
    }

    /// The way of the operands of the site's instruction on the stack
    /// (`depth`), 0 when none.
    unsafe fn way_of(&self, frame: *mut Frame, depth: u32) -> u32 {
        use tern_runtime::objects::dict::DICT_TYPE;
        use tern_runtime::objects::iter::{LIST_ITER_TYPE, TUPLE_ITER_TYPE};
        use tern_runtime::objects::list::LIST_TYPE;
        use tern_runtime::objects::range::RANGE_ITER_TYPE;
        use tern_runtime::objects::str::STR_TYPE;
        use tern_runtime::objects::tuple::TUPLE_TYPE;
        let at = |k: u32| (*(*frame).stack.add((depth - k) as usize)).as_ref().unwrap_unchecked();
        let exact = |v: &Value, t: &tern_runtime::types::TypeObject| v.is_type(t);
        match self.op {
            Op::BinarySubscr | Op::StoreSubscr => {
                let (obj, key) = (at(2), at(1));
                if key.is_small_int() && exact(obj, &LIST_TYPE) {
                    way::LIST_INT
                } else if self.op == Op::BinarySubscr && key.is_small_int() && exact(obj, &TUPLE_TYPE) {
                    way::TUPLE_INT
                } else if self.op == Op::BinarySubscr && key.is_small_int() && exact(obj, &STR_TYPE) {
                    way::STR_INT
                } else if exact(obj, &DICT_TYPE) && (key.is_small_int() || exact(key, &STR_TYPE)) {
                    way::DICT_KEY
                } else if exact(obj, &LIST_TYPE) && exact(key, &tern_runtime::objects::slice::SLICE_TYPE) {
                    way::LIST_SLICE
                } else {
                    0
                }
            }
            Op::ForIter => {
                let it = at(1);
                if exact(it, &LIST_ITER_TYPE) {
                    way::LIST_ITER
                } else if exact(it, &TUPLE_ITER_TYPE) {
                    way::TUPLE_ITER
                } else if exact(it, &RANGE_ITER_TYPE) {
                    way::RANGE_ITER
                } else {
                    0
                }
            }
            Op::BinaryOp | Op::CompareOp => {
                use tern_frontend::bytecode::BinOp;
                use tern_runtime::objects::float::FLOAT_TYPE;
                let (a, b) = (at(2), at(1));
                // None: a comparison.
                let arith = (self.op == Op::BinaryOp).then(|| BinOp::decode(self.name as u32).0);
                let float_arith = matches!(arith, Some(BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv));
                let (fa, fb) = (exact(a, &FLOAT_TYPE), exact(b, &FLOAT_TYPE));
                // An int a comparison can take: one that converts exactly.
                let exact_int = |v: &Value| v.as_small().is_some_and(|x| x >> 53 == 0 || x >> 53 == -1);
                if a.is_small_int() && b.is_small_int() {
                    match arith {
                        None | Some(BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::FloorDiv | BinOp::Mod | BinOp::And | BinOp::Or | BinOp::Xor) => way::INTS,
                        _ => 0,
                    }
                } else if (fa || fb) && (float_arith || arith.is_none()) && (fa || (a.is_small_int() && (float_arith || exact_int(a)))) && (fb || (b.is_small_int() && (float_arith || exact_int(b)))) {
                    way::FLOATS
                } else if exact(a, &STR_TYPE) && exact(b, &STR_TYPE) && matches!(arith, None | Some(BinOp::Add)) {
                    way::STRS
                } else {
                    0
                }
            }
            Op::Call if self.name == 1 && at(2).bits() == tern_runtime::builtins::len_bits() => {
                let a = at(1);
                let sized = [&LIST_TYPE, &TUPLE_TYPE, &DICT_TYPE, &STR_TYPE];
                if sized.iter().any(|t| exact(a, t)) {
                    way::LEN
                } else {
                    0
                }
            }
            _ => 0,
        }
    }

    /// Executions counted towards `retry_at` (see `Site::retry_at`).
    fn executions(&self) -> u64 {
        let misses = unsafe { *self.misses.get() };
        if self.state.get() == State::Mega {
            misses + self.slow_hits.get()
        } else {
            misses
        }
    }

    /// Stops learning: `state` is `Mega` (the shared table) or `Generic`,
    /// until `retry_at`.
    fn give_up(&self, state: State) {
        // A call or operator site has no shared table: the runtime's full
        // path is its megamorphic lookup.
        let state = if self.op.is_instruction() { State::Generic } else { state };
        self.state.set(state);
        if !self.cache.is_null() {
            self.cache().set_megamorphic(state == State::Mega);
        }
        let backoff = self.gave_up.get().min(MAX_BACKOFF);
        self.gave_up.set(self.gave_up.get() + 1);
        self.retry_at.set(self.executions() + (RETRY_AFTER << backoff));
    }

    /// Starts over, empty (the stub is rebuilt).
    fn retry(&self) {
        self.retries.set(self.retries.get() + 1);
        self.state.set(State::Empty);
        self.seen.set(0);
        if !self.cache.is_null() {
            self.cache().set_megamorphic(false);
        }
        self.retry_at.set(u64::MAX);
        self.rewrites.set(0);
        self.full_misses.set(0);
        self.empty_misses.set(0);
        let dump = IC.lock().map(|ic| ic.dump).unwrap_or(false);
        let _ = self.rebuild(dump);
    }
}

/// Where a stub goes for a type it was not built for: `rcx` is the site.
unsafe extern "C" fn site_miss(slot: *mut Option<Value>, _cache: *const AttrCache, name: u64, site: *const Site) -> u64 {
    let site = &*site;
    *site.misses.get() += 1;
    let r = site.runtime_hit(slot, name);
    site.learn(true);
    r
}

/// Where a call stub goes for a callee it was not built for (`rcx` is the
/// site): an entry for it if it is a function whose compiled code takes
/// exactly the site's arguments, then the instruction's full path (which
/// fills a `CONSTRUCT` entry for a class), then learning.
unsafe extern "C" fn call_site_miss(frame: *mut Frame, ip: u32, depth: u32, site: *const Site) -> u32 {
    use tern_runtime::objects::function::{FunctionObject, FUNCTION_TYPE};
    let site = &*site;
    *site.misses.get() += 1;
    let n = site.name as u32;
    let method = site.op == Op::CallMethod;
    let mut fp = (*frame).stack.add((depth - n - 1 - method as u32) as usize);
    let (kind, nargs) = if method && (*fp).is_some() {
        (attrcache::CALL_BOUND, n + 1)
    } else {
        fp = fp.add(method as usize);
        (attrcache::CALL, n)
    };
    let callee = (*fp).as_ref().unwrap_unchecked();
    let len = site.way_of(frame, depth);
    if len != 0 {
        site.learn_way(len);
    }
    let mut counts = true;
    if callee.is_type(&FUNCTION_TYPE) {
        let f = callee.downcast_unchecked::<FunctionObject>();
        let code = f.code();
        if code.fast_argc == nargs {
            if code.entry.get() != 0 {
                site.cache().fill_call(kind, f);
            } else {
                counts = matches!(code.tier.get(), tern_runtime::jit::Tier::Failed);
            }
        }
    }
    let r = site.full_call(frame, ip, depth);
    // After the call: a class's call fills its `CONSTRUCT` entry.
    site.learn(counts);
    r
}

/// Where an operator stub goes for operands it was not built for (`rcx` is
/// the site): the instruction's full path, which fills the cache's entry
/// for two instances of one class, then learning.
unsafe extern "C" fn operator_site_miss(frame: *mut Frame, ip: u32, depth: u32, site: *const Site) -> u32 {
    let site = &*site;
    *site.misses.get() += 1;
    let way = site.way_of(frame, depth);
    if way != 0 {
        site.learn_way(way);
    }
    let r = site.full_call(frame, ip, depth);
    site.learn(true);
    r
}

/// Where a container stub goes for operands it was not built for (`rcx`
/// is the site): learning the operands' way, then the instruction's full path.
unsafe extern "C" fn container_site_miss(frame: *mut Frame, ip: u32, depth: u32, site: *const Site) -> u32 {
    let site = &*site;
    *site.misses.get() += 1;
    site.learn_way(site.way_of(frame, depth));
    site.full_call(frame, ip, depth)
}

/// Where a generic call or operator stub goes when its misses reach `retry_at`: the
/// site starts over; this execution takes the full path.
unsafe extern "C" fn instruction_site_retry(frame: *mut Frame, ip: u32, depth: u32, site: *const Site) -> u32 {
    (*site).retry();
    (*site).full_call(frame, ip, depth)
}

/// Where a stub goes for a matched entry it has no machine code for, or
/// whose checks failed (the runtime decides: a hit, or 0 for the full path).
unsafe extern "C" fn site_slow(slot: *mut Option<Value>, _cache: *const AttrCache, name: u64, site: *const Site) -> u64 {
    let site = &*site;
    let r = site.runtime_hit(slot, name);
    if r != 0 {
        site.slow_hits.set(site.slow_hits.get() + 1);
    } else {
        *site.misses.get() += 1;
    }
    if site.state.get() == State::Mega && site.executions() >= site.retry_at.get() {
        site.retry();
    }
    r
}

/// Where a generic stub goes when its misses reach `retry_at`: the site
/// starts over; this execution takes the full path.
unsafe extern "C" fn site_retry(_slot: *mut Option<Value>, _cache: *const AttrCache, _name: u64, site: *const Site) -> u64 {
    (*site).retry();
    0
}

/// A stub's hit dropped the last reference to the receiver; `hit` is what
/// the stub returns (`Site::hit_word`).
unsafe extern "C" fn free_and_hit(h: *mut tern_runtime::value::ObjHeader, hit: u64) -> u64 {
    tern_runtime::value::dealloc(h);
    hit
}

/// A container stub's hit dropped the last reference to `h`: the instruction is done.
unsafe extern "C" fn free_and_next(h: *mut tern_runtime::value::ObjHeader) -> u32 {
    tern_runtime::value::dealloc(h);
    tern_runtime::jit::STEP_NEXT
}

/// An operator stub's float result `r` replaces its two operands (at
/// `slot`, dropped).
unsafe extern "C" fn float_result_next(slot: *mut Option<Value>, r: f64) -> u32 {
    replace_operands(slot, tern_runtime::objects::float::new_float(r))
}

/// An operator stub's comparison result (`c` non-zero: True) replaces its
/// two operands (at `slot`, dropped).
unsafe extern "C" fn bool_result_next(slot: *mut Option<Value>, c: u32) -> u32 {
    replace_operands(slot, tern_runtime::objects::bool_none::new_bool(c != 0))
}

/// `a + b` of the two exact strs at `slot`, in their place.
unsafe extern "C" fn str_concat_next(slot: *mut Option<Value>) -> u32 {
    let [a, b] = [0, 1].map(|k| (*slot.add(k)).as_ref().unwrap_unchecked().bits());
    replace_operands(slot, Value::from_raw(tern_runtime::jit::rt_str_concat(a, b, 0)))
}

/// `a OP b` (`op`: a `CompareOp` argument) of the two exact strs at `slot`, in their place.
unsafe extern "C" fn str_compare_next(slot: *mut Option<Value>, op: u32) -> u32 {
    let [a, b] = [0, 1].map(|k| (*slot.add(k)).as_ref().unwrap_unchecked().bits());
    bool_result_next(slot, tern_runtime::jit::rt_str_compare(a, b, op as u64) as u32)
}

/// `r` takes the place of the two operands at `slot`, which are dropped:
/// the instruction is done.
unsafe fn replace_operands(slot: *mut Option<Value>, r: Value) -> u32 {
    let operands = (std::ptr::read(slot), std::ptr::read(slot.add(1)));
    std::ptr::write(slot, Some(r));
    drop(operands);
    tern_runtime::jit::STEP_NEXT
}

/// A list store's hit dropped the last reference to the list (`list`,
/// count already zero); the old item's reference (`old`) is still to drop.
unsafe extern "C" fn free_list_and_next(list: *mut tern_runtime::value::ObjHeader, old: u64) -> u32 {
    tern_runtime::value::dealloc(list);
    drop(Value::from_raw(old));
    tern_runtime::jit::STEP_NEXT
}

/// A store's hit dropped the last reference to the old value (`old`, count
/// already zero); the receiver's reference is still to drop.
unsafe extern "C" fn free_old_and_hit(old: *mut tern_runtime::value::ObjHeader, obj: u64) -> u64 {
    tern_runtime::value::dealloc(old);
    drop(Value::from_raw(obj));
    1
}

/// `TERN_STATS=1` lines: per kind of site, hits in the stubs, hits the
/// runtime answered, misses, how many sites are in each state, rewrites.
pub fn report() -> String {
    let ic = IC.lock().unwrap_or_else(|e| e.into_inner());
    let mut out = String::new();
    for op in OPS {
        let sites: Vec<&&Site> = ic.sites.iter().filter(|s| s.op == op).collect();
        let no_stub = ic.no_stub.iter().filter(|&&o| o == op).count();
        if sites.is_empty() && no_stub == 0 {
            continue;
        }
        let hits: u64 = sites.iter().map(|s| unsafe { *s.hits.get() }).sum();
        let slow: u64 = sites.iter().map(|s| s.slow_hits.get()).sum();
        let misses: u64 = sites.iter().map(|s| unsafe { *s.misses.get() }).sum();
        let rewrites: u64 = sites.iter().map(|s| s.rewrites.get() as u64).sum();
        let retries: u64 = sites.iter().map(|s| s.retries.get() as u64).sum();
        let total = (hits + slow + misses).max(1) as f64;
        let states: Vec<String> = STATES
            .iter()
            .map(|st| format!("{}={}", format!("{st:?}").to_lowercase(), sites.iter().filter(|s| s.state.get() == *st).count()))
            .collect();
        out.push_str(&format!(
            "tern-ic: {op:?} sites={} no_stub={no_stub} stub_hits={hits} runtime_hits={slow} misses={misses} hit_rate={:.1}% rewrites={rewrites} retries={retries} {}\n",
            sites.len(),
            (hits + slow) as f64 * 100.0 / total,
            states.join(" ")
        ));
    }
    out
}
