//! The per-opcode visitors: one Cranelift function per code object.

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    types, AbiParam, Block, BlockArg, Function, InstBuilder, InstructionData, MemFlagsData, Opcode as ClifOpcode, SigRef, Signature, TrapCode,
    Type, Value, ValueDef,
};
use cranelift_codegen::isa::TargetIsa;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Switch};
use std::mem::offset_of;
use tern_frontend::bytecode::{BinOp, CmpOp, Opcode, F_JUMP, F_TERMINATOR, NO_CACHE};
use tern_frontend::flow::Flow;
use tern_runtime::attrcache::AttrCache;
use tern_runtime::feedback;
use tern_runtime::interp::eval;
use tern_runtime::interp::frame::Frame;
use tern_runtime::jit::{self, EXIT_ERROR, EXIT_RETURN, EXIT_YIELD, STEP_ERROR, STEP_JUMP};
use tern_runtime::objects::cell::CellObject;
use tern_runtime::objects::bool_none::{FALSE, NONE, TRUE};
use tern_runtime::objects::code::{CodeObj, GlobalCacheEntry};
use tern_runtime::objects::dict::{DictObject, DICT_TYPE};
use tern_runtime::objects::float::{FloatObject, FreeList, FLOAT_FREE, FLOAT_TYPE, FREE_MAX as FLOAT_FREE_MAX};
use tern_runtime::objects::iter::{SeqIterObject, LIST_ITER_TYPE, TUPLE_ITER_TYPE};
use tern_runtime::objects::list::{ListObject, LIST_TYPE};
use tern_runtime::objects::str::{StrObject, STR_TYPE};
use tern_runtime::objects::tuple::{TupleObject, TUPLE_TYPE};
use tern_runtime::objects::range::{RangeIterObject, RANGE_ITER_TYPE};
use tern_runtime::types::TypeObject;
use tern_runtime::value::ObjHeader;

const I64: Type = types::I64;

/// The runtime's instruction functions (`tern_runtime::interp::eval::rt_*`).
type RtFn = jit::StepFn;
/// The runtime's operand helpers (`tern_runtime::jit::rt_dict_get`...).
type HelperFn = unsafe extern "C" fn(u64, u64, u64) -> u64;
const I32: Type = types::I32;

/// The function a container instruction (`BinarySubscr`, `StoreSubscr`,
/// `ForIter`) calls for its full path `full`, where tier 1's inline code
/// for the types its feedback saw does not apply: its site's inline-cache
/// stub (`tern_ic::container_site`, with `full`'s signature: it learns the
/// built-in containers it sees and does them in machine code), else `full`
/// (without caches).
fn container_fn(op: tern_ic::Op, full: RtFn) -> RtFn {
    stub_or(tern_ic::container_site(op), full)
}

/// An instruction site's stub, which has the signature of the runtime's
/// instruction functions, or (no stub) the runtime's function `full`.
fn stub_or(stub: Option<*const u8>, full: RtFn) -> RtFn {
    match stub {
        Some(stub) => unsafe { std::mem::transmute::<*const u8, RtFn>(stub) },
        None => full,
    }
}

/// Builds `code`'s compiled function into `func`.
pub fn build(func: &mut Function, fctx: &mut FunctionBuilderContext, isa: &dyn TargetIsa, code: &CodeObj, flow: &Flow) -> Result<(), String> {
    if isa.pointer_type() != I64 {
        return Err("tier 1 needs a 64-bit target".into());
    }
    let call_conv = isa.default_call_conv();
    func.signature = Signature::new(call_conv);
    // jit::Entry: (frame, out) -> exit.
    func.signature.params.extend([AbiParam::new(I64), AbiParam::new(I64)]);
    func.signature.returns.push(AbiParam::new(I32));
    let mut b = FunctionBuilder::new(func, fctx);

    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let frame = b.block_params(entry)[0];
    let out = b.block_params(entry)[1];
    let slots = b.ins().load(I64, MemFlagsData::trusted(), frame, offset_of!(Frame, slots) as i32);

    let n = code.code.instrs.len();
    // A block for every instruction where control can arrive other than by falling through.
    let mut leaders = vec![false; n + 1];
    for &e in &flow.entries {
        leaders[e as usize] = true;
    }
    for (i, ins) in code.code.instrs.iter().enumerate() {
        let f = ins.op.flags();
        if f & F_JUMP != 0 {
            leaders[ins.arg as usize] = true;
        }
        if f & (F_JUMP | F_TERMINATOR) != 0 || ins.op == Opcode::YieldValue {
            leaders[i + 1] = true;
        }
    }
    let blocks: Vec<Option<Block>> = (0..n).map(|i| (leaders[i] && flow.depth[i].is_some()).then(|| b.create_block())).collect();

    let step_sig = {
        let mut s = Signature::new(call_conv);
        s.params.push(AbiParam::new(I64));
        s.params.push(AbiParam::new(I32));
        s.params.push(AbiParam::new(I32));
        s.returns.push(AbiParam::new(I32));
        b.import_signature(s)
    };
    // `jit::rt_own_then`'s: `step_sig` and the function it calls.
    let own_sig = {
        let mut s = Signature::new(call_conv);
        s.params.extend([AbiParam::new(I64), AbiParam::new(I32), AbiParam::new(I32), AbiParam::new(I64)]);
        s.returns.push(AbiParam::new(I32));
        b.import_signature(s)
    };
    let hit_sig = {
        let mut s = Signature::new(call_conv);
        s.params.extend([AbiParam::new(I64); 4]);
        s.returns.push(AbiParam::new(I64));
        b.import_signature(s)
    };
    let float_sig = {
        let mut s = Signature::new(call_conv);
        s.params.push(AbiParam::new(types::F64));
        s.returns.push(AbiParam::new(I64));
        b.import_signature(s)
    };
    let dealloc_sig = {
        let mut s = Signature::new(call_conv);
        s.params.push(AbiParam::new(I64));
        b.import_signature(s)
    };
    // `jit::rt_decref`'s: it changes no register.
    let decref_sig = {
        let mut s = Signature::new(cranelift_codegen::isa::CallConv::PreserveAll);
        s.params.push(AbiParam::new(I64));
        b.import_signature(s)
    };
    let helper_sig = {
        let mut s = Signature::new(call_conv);
        s.params.extend([AbiParam::new(I64), AbiParam::new(I64), AbiParam::new(I64)]);
        s.returns.push(AbiParam::new(I64));
        b.import_signature(s)
    };

    let dispatch = b.create_block();
    let slow_exit = b.create_block();
    let error_exit = b.create_block();
    b.ins().jump(dispatch, &[]);

    let mut e = Emitter {
        b,
        code,
        flow,
        frame,
        out,
        slots,
        blocks,
        dispatch,
        slow_exit,
        step_sig,
        own_sig,
        hit_sig,
        float_sig,
        dealloc_sig,
        decref_sig,
        pow_sig: None,
        helper_sig,
        next: None,
        slow: None,
        profiled: feedback::profiled(code),
        float_code: false,
        borrowed: 0,
        uncounted: 0,
        pending: Vec::new(),
        pushed: None,
    };
    e.float_code = e.emits_floats();
    e.emit_dispatch();
    e.emit_exits(error_exit);
    e.emit_body()?;
    e.b.seal_all_blocks();
    e.b.finalize(isa.frontend_config());
    if !e.float_code && func.dfg.values().any(|v| func.dfg.value_type(v) == types::F64) {
        return Err("tern bug: float code in a function whose reference drops save no float registers".into());
    }
    Ok(())
}

/// How an instruction's code ends.
#[derive(Clone, Copy, PartialEq, Eq)]
enum End {
    /// In the current block, where the next instruction goes on.
    Straight,
    /// Every path that goes on has jumped to `Emitter::next`.
    Jumped,
    /// No path falls through to the next instruction.
    Stop,
}

struct Emitter<'a> {
    b: FunctionBuilder<'a>,
    code: &'a CodeObj,
    flow: &'a Flow,
    frame: Value,
    out: Value,
    slots: Value,
    /// The block starting at each leader instruction.
    blocks: Vec<Option<Block>>,
    /// Continues at `frame.ip`.
    dispatch: Block,
    /// Takes a non-zero `rt_step` status: to the dispatch or out with the error.
    slow_exit: Block,
    step_sig: SigRef,
    /// `jit::rt_own_then`'s.
    own_sig: SigRef,
    /// The inline-cache stubs' (`tern_ic`).
    hit_sig: SigRef,
    /// `jit::rt_new_float`'s.
    float_sig: SigRef,
    dealloc_sig: SigRef,
    decref_sig: SigRef,
    /// `jit::rt_float_pow`'s, imported at its first use.
    pow_sig: Option<SigRef>,
    /// The operand helpers' (`jit::rt_dict_get`...).
    helper_sig: SigRef,
    /// Where the current instruction's paths meet (see `next`).
    next: Option<Block>,
    /// The current instruction's slow path, to fill in after its fast path.
    slow: Option<(Block, RtFn, usize, u32)>,
    /// The code has type feedback (see `seen`).
    profiled: bool,
    /// Inline paths compute with floats (see `decref`).
    float_code: bool,
    /// Value-stack slots (a bit per depth) holding a borrowed reference: a
    /// `LoadFast`, `LoadConst` or `LoadDeref` whose consumer follows in
    /// straight-line code pushed its value without counting it (see `borrows`).
    borrowed: u64,
    /// Stack depths holding small-int constants pushed in the current run
    /// (cleared with `borrowed`): counting them is a no-op, so neither
    /// `release` nor `own_borrowed` emits it.
    uncounted: u64,
    /// Value-stack slots (by offset) whose values pushes in the current run
    /// left in IR values, not yet stored (see `takes_pending`), or stored
    /// already (the flag: a `LoadAttr`'s result, which its stub returns as
    /// well as storing it) but still at hand in a register.
    pending: Vec<(i32, Value, bool)>,
    /// The push the current instruction leaves pending (`LoadFast`,
    /// `LoadConst`, `LoadDeref`, `LoadAttr`), taken by `emit_body` after it.
    pushed: Option<(i32, Value, bool)>,
}

impl Emitter<'_> {
    /// The kinds of operands instruction `i` met in the interpreter
    /// (`feedback`): only their inline paths are emitted.
    fn seen(&self, i: usize) -> u8 {
        if self.profiled {
            self.code.feedback[i].get()
        } else {
            feedback::ALL
        }
    }

    fn stack_base(&self) -> usize {
        self.code.stack_base as usize
    }

    /// Byte offset from `slots` of slot `i`.
    fn slot_off(i: usize) -> i32 {
        (i * 8) as i32
    }

    /// Byte offset of the value-stack slot at depth `d` (0 is the bottom).
    fn stack_off(&self, d: u32) -> i32 {
        Self::slot_off(self.stack_base() + d as usize)
    }

    fn load_slot(&mut self, off: i32) -> Value {
        if let Some(&(_, v, _)) = self.pending.iter().find(|(o, _, _)| *o == off) {
            return v;
        }
        self.b.ins().load(I64, MemFlagsData::trusted(), self.slots, off)
    }

    /// A push's value for the stack slot at `off`: stored only if a path
    /// leaves inline code before a consumer takes it (`takes_pending`).
    fn push_slot(&mut self, off: i32, v: Value) {
        self.pushed = Some((off, v, false));
    }

    /// Stores every pending push (see `takes_pending`) in the block being
    /// emitted, a path that leaves inline code: the runtime reads the stack
    /// in memory, while the instruction's other paths go on with the values.
    fn store_pending(&mut self) {
        self.store_pending_below(i32::MAX);
    }

    /// Stores the pending pushes in slots below offset `below` and forgets
    /// them: from here on, every path finds them in memory.
    fn settle_pending(&mut self, below: i32) {
        self.store_pending_below(below);
        self.pending.retain(|&(off, _, _)| off >= below);
    }

    fn store_pending_below(&mut self, below: i32) {
        for k in 0..self.pending.len() {
            let (off, v, stored) = self.pending[k];
            if off < below && !stored {
                self.b.ins().store(MemFlagsData::trusted(), v, self.slots, off);
            }
        }
    }

    /// The lowest stack depth instruction `i` (at depth `d`) reads, if it
    /// takes its operands from pending pushes: its code reads them with
    /// `load_slot`, it runs in the runtime only through `call_status`
    /// (which stores them first), and its jumps to other instructions'
    /// blocks come after it consumed them. Other instructions find the
    /// stack stored.
    fn takes_pending(&self, i: usize, op: Opcode, d: u32) -> Option<u32> {
        let pops = match op {
            Opcode::LoadFast | Opcode::LoadConst | Opcode::LoadDeref => 0,
            Opcode::StoreFast | Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue | Opcode::PopJumpIfNone | Opcode::PopJumpIfNotNone => 1,
            Opcode::BinaryOp | Opcode::CompareOp | Opcode::IsOp => 2,
            Opcode::BinarySubscr if !self.subscripts_built_slice(i) => 2,
            Opcode::StoreSubscr if !self.subscripts_built_slice(i) => 3,
            Opcode::ReturnValue if !self.is_generator() => 1,
            // The receiver (see `attr`).
            Opcode::LoadAttr | Opcode::LoadMethod if self.code.code.instrs[i].cache != NO_CACHE => 1,
            Opcode::StoreAttr if self.code.code.instrs[i].cache != NO_CACHE => 2,
            _ => return None,
        };
        d.checked_sub(pops)
    }

    fn store_slot(&mut self, off: i32, v: Value) {
        self.b.ins().store(MemFlagsData::trusted(), v, self.slots, off);
    }

    fn store_frame_u32(&mut self, field: usize, v: u32) {
        let c = self.b.ins().iconst(I32, v as i64);
        self.b.ins().store(MemFlagsData::trusted(), c, self.frame, field as i32);
    }

    /// `dispatch`: jump to the block of the instruction at `frame.ip`.
    fn emit_dispatch(&mut self) {
        self.b.switch_to_block(self.dispatch);
        let ip = self.b.ins().load(I32, MemFlagsData::trusted(), self.frame, offset_of!(Frame, ip) as i32);
        let ip = self.b.ins().uextend(I64, ip);
        let mut sw = Switch::new();
        for (i, blk) in self.blocks.iter().enumerate() {
            if let Some(blk) = blk {
                sw.set_entry(i as u128, *blk);
            }
        }
        let bad = self.b.create_block();
        sw.emit(&mut self.b, ip, bad);
        // Entering at an instruction that is not an entry point is a tern bug.
        self.b.switch_to_block(bad);
        self.b.set_cold_block(bad);
        self.b.ins().trap(TrapCode::unwrap_user(1));
    }

    fn emit_exits(&mut self, error_exit: Block) {
        self.b.switch_to_block(self.slow_exit);
        self.b.set_cold_block(self.slow_exit);
        let status = self.b.append_block_param(self.slow_exit, I32);
        let is_err = self.b.ins().icmp_imm_s(IntCC::Equal, status, STEP_ERROR as i64);
        self.b.ins().brif(is_err, error_exit, &[], self.dispatch, &[]);
        self.b.switch_to_block(error_exit);
        self.b.set_cold_block(error_exit);
        let r = self.b.ins().iconst(I32, EXIT_ERROR as i64);
        self.b.ins().return_(&[r]);
    }

    /// The block where execution continues after the current instruction
    /// when it branches there (made on first use).
    fn next(&mut self) -> Block {
        match self.next {
            Some(b) => b,
            None => {
                let b = self.b.create_block();
                self.next = Some(b);
                b
            }
        }
    }

    /// Does the `LoadFast`, `LoadConst` or `LoadDeref` at `i` (pushing at depth `d`) lend
    /// its value rather than count a reference? Only when, past more such
    /// pushes and with no block boundary between, the next instruction is one
    /// whose inline paths use operands in place (`consumes_borrowed`) and it
    /// takes this one. That consumer's paths then leave borrowed operands
    /// uncounted, and every path that leaves inline code counts them first
    /// (`own_borrowed`), so the stack the runtime sees holds references as
    /// always. A local cannot change between the push and the consumer, nor
    /// a cell while inline code runs.
    fn borrows(&self, i: usize, d: u32) -> bool {
        let instrs = &self.code.code.instrs;
        if d >= 64 {
            return false;
        }
        let lendable = |j: usize| match instrs[j].op {
            // A cell's value can change only through code that runs once a
            // path leaves inline code, and lent operands are counted first.
            Opcode::LoadConst | Opcode::LoadDeref => true,
            Opcode::LoadFast => self.flow.is_bound(j, instrs[j].arg as usize),
            _ => false,
        };
        if !lendable(i) {
            return false;
        }
        let mut j = i + 1;
        while j < instrs.len() && self.blocks[j].is_none() && lendable(j) {
            j += 1;
        }
        if j >= instrs.len() || self.blocks[j].is_some() {
            return false;
        }
        match (self.consumes_borrowed(instrs[j].op), self.flow.depth[j]) {
            (Some(pops), Some(dj)) => d + pops >= dj,
            _ => false,
        }
    }

    /// The number of operands of an instruction that can take borrowed ones
    /// (see `borrows`), or None.
    fn consumes_borrowed(&self, op: Opcode) -> Option<u32> {
        match op {
            Opcode::BinaryOp | Opcode::CompareOp | Opcode::BinarySubscr | Opcode::IsOp => Some(2),
            // The container and the key (the stored value moves in).
            Opcode::StoreSubscr => Some(2),
            Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue | Opcode::PopJumpIfNone | Opcode::PopJumpIfNotNone => Some(1),
            // The receiver only (a stored value moves into the object).
            Opcode::LoadAttr | Opcode::LoadMethod | Opcode::StoreAttr => Some(1),
            // A returned local moves out of the dying frame (`return_value`;
            // a generator's frame lives on in the generator).
            Opcode::ReturnValue if !self.is_generator() => Some(1),
            _ => None,
        }
    }

    fn is_borrowed(&self, depth: u32) -> bool {
        depth < 64 && self.borrowed >> depth & 1 != 0
    }

    /// Counts the references of the borrowed stack slots, on the path
    /// being emitted (one that leaves inline code).
    fn own_borrowed(&mut self) {
        let mut m = self.borrowed & !self.uncounted;
        while m != 0 {
            let depth = m.trailing_zeros();
            m &= m - 1;
            let v = self.load_slot(self.stack_off(depth));
            self.incref(v);
        }
    }

    /// Drops the reference of the operand `v` at stack depth `depth` unless
    /// it is borrowed.
    fn release(&mut self, v: Value, depth: u32) {
        if !self.is_borrowed(depth) && !(depth < 64 && self.uncounted >> depth & 1 != 0) {
            self.decref(v);
        }
    }

    /// Runs instruction `i` (stack depth `d`) in the interpreter, then goes on
    /// at `next` (fall-through), the dispatch (jump or handler) or the exit.
    fn step(&mut self, i: usize, d: u32, next: Block) {
        self.call_rt(eval::rt_step, i, d, next)
    }

    /// Calls `f`, one of the runtime's instruction functions (`rt_step`'s
    /// signature and results), for instruction `i` at depth `d`.
    fn call_rt(&mut self, f: RtFn, i: usize, d: u32, next: Block) {
        let status = self.call_status(f, i, d);
        self.b.ins().brif(status, self.slow_exit, &[BlockArg::Value(status)], next, &[]);
    }

    /// Counts the lent operands and calls `f` for instruction `i` at depth
    /// `d`: its status.
    fn call_status(&mut self, f: RtFn, i: usize, d: u32) -> Value {
        self.own_borrowed();
        self.store_pending();
        let f = self.b.ins().iconst(I64, f as *const () as i64);
        let ip = self.b.ins().iconst(I32, i as i64);
        let depth = self.b.ins().iconst(I32, d as i64);
        let call = self.b.ins().call_indirect(self.step_sig, f, &[self.frame, ip, depth]);
        self.b.inst_results(call)[0]
    }

    /// `call_status` on a cold path (a slow path the inline code rarely
    /// leaves for): the lent operands are counted by `jit::rt_own_then`,
    /// which then calls `f`, instead of inline (less IR to compile). Paths
    /// taken every time (an instruction with no inline path, a site's stub)
    /// count inline: the detour would cost there.
    fn cold_status(&mut self, f: RtFn, i: usize, d: u32) -> Value {
        let Some(lent) = self.lent_below(d) else {
            return self.call_status(f, i, d);
        };
        self.store_pending();
        let ip = self.b.ins().iconst(I32, i as i64);
        let depth = self.b.ins().iconst(I32, (d | lent << jit::LENT_SHIFT) as i64);
        let f = self.b.ins().iconst(I64, f as *const () as i64);
        let own = self.b.ins().iconst(I64, jit::rt_own_then as *const () as i64);
        let call = self.b.ins().call_indirect(self.own_sig, own, &[self.frame, ip, depth, f]);
        self.b.inst_results(call)[0]
    }

    /// `call_rt` on a cold path (see `cold_status`).
    fn cold_rt(&mut self, f: RtFn, i: usize, d: u32, next: Block) {
        let status = self.cold_status(f, i, d);
        self.b.ins().brif(status, self.slow_exit, &[BlockArg::Value(status)], next, &[]);
    }

    /// The lent operands below depth `d` as `jit::rt_own_then` takes them
    /// (bit k: depth d - 1 - k); None when there are none, or when they or
    /// `d` do not fit its argument (then they are counted inline).
    fn lent_below(&self, d: u32) -> Option<u32> {
        let lent = self.borrowed & !self.uncounted;
        if lent == 0 || d >= 1 << jit::LENT_SHIFT || lent.checked_shr(d).unwrap_or(0) != 0 {
            return None;
        }
        let mut bits = 0u32;
        let mut m = lent;
        while m != 0 {
            let k = d - 1 - m.trailing_zeros();
            m &= m - 1;
            if k >= 32 - jit::LENT_SHIFT {
                return None;
            }
            bits |= 1 << k;
        }
        Some(bits)
    }

    /// Like `call_rt` for a conditional jump's function: `STEP_JUMP` goes to `target`.
    fn call_rt_cond(&mut self, f: RtFn, i: usize, d: u32, next: Block, target: Block) {
        let status = self.call_status(f, i, d);
        let other = self.b.create_block();
        self.b.ins().brif(status, other, &[], next, &[]);
        self.b.switch_to_block(other);
        let jump = self.b.ins().icmp_imm_s(IntCC::Equal, status, STEP_JUMP as i64);
        self.b.ins().brif(jump, target, &[], self.slow_exit, &[BlockArg::Value(status)]);
    }

    /// The address whose word holds `v`'s reference count: the object, or a
    /// sink word when `skip` is set (small ints, NULL), so counting needs no branch.
    fn count_addr(&mut self, v: Value, skip: Value) -> Value {
        let sink = self.b.ins().iconst(I64, &tern_runtime::jit::RC_SINK as *const _ as i64);
        self.b.ins().select(skip, sink, v)
    }

    /// Adds a reference to `v` (a value word, not NULL).
    fn incref(&mut self, v: Value) {
        let tag = self.b.ins().band_imm_s(v, 1);
        let addr = self.count_addr(v, tag);
        let rc = self.b.ins().load(I64, MemFlagsData::trusted(), addr, 0);
        let rc = self.b.ins().iadd_imm_s(rc, 1);
        self.b.ins().store(MemFlagsData::trusted(), rc, addr, 0);
    }

    /// Do any of the inline paths compute with floats (in xmm registers)?
    /// Only binary operators and comparisons that met floats have them.
    fn emits_floats(&self) -> bool {
        self.code.code.instrs.iter().enumerate().any(|(i, ins)| {
            matches!(ins.op, Opcode::BinaryOp | Opcode::CompareOp) && self.seen(i) & (feedback::FLOATS | feedback::INT_FLOAT) != 0
        })
    }

    /// Drops a reference to `v` (a small int or NULL has none), freeing
    /// the object at zero: a call of `jit::rt_decref`, which changes no
    /// register. Two IR instructions and no block, where counting inline
    /// takes a dozen and two blocks: compile time is mostly register
    /// allocation, which grows with blocks and with calls' clobbers.
    /// `rt_decref` saves no xmm register, so code with float values (where
    /// `build` checks that it found none) calls `rt_decref_xmm`.
    fn decref(&mut self, v: Value) {
        let f = if self.float_code { tern_runtime::jit::rt_decref_xmm } else { tern_runtime::jit::rt_decref };
        let f = self.b.ins().iconst(I64, f as *const () as i64);
        self.b.ins().call_indirect(self.decref_sig, f, &[v]);
    }

    fn emit_body(&mut self) -> Result<(), String> {
        let instrs = self.code.code.instrs.clone();
        // `TERN_DUMP=clif` names each IR instruction's bytecode index
        // (`@xxxx`); only then: source locations change Cranelift's code.
        let srclocs = tern_runtime::config::get("TERN_DUMP") == "clif";
        let mut open = false;
        for (i, ins) in instrs.iter().enumerate() {
            let Some(d) = self.flow.depth[i] else {
                continue;
            };
            if let Some(blk) = self.blocks[i] {
                if open {
                    self.settle_pending(i32::MAX);
                    self.b.ins().jump(blk, &[]);
                }
                self.pending.clear();
                self.b.switch_to_block(blk);
            } else if !open {
                return Err(format!("instruction {i} is reachable only by falling through from dead code"));
            }
            self.next = None;
            // Pushes below the operands are stored now; so is every push
            // before an instruction that does not take pending ones.
            let floor = self.takes_pending(i, ins.op, d);
            match floor {
                None => self.settle_pending(i32::MAX),
                Some(f) if f < d => self.settle_pending(self.stack_off(f)),
                Some(_) => {}
            }
            let pushes = matches!(ins.op, Opcode::LoadFast | Opcode::LoadConst | Opcode::LoadDeref);
            if self.borrowed != 0 && !pushes && self.consumes_borrowed(ins.op).is_none() {
                // Not reached: `borrows` lends only to a consumer right after.
                self.own_borrowed();
                self.borrowed = 0;
                self.uncounted = 0;
            }
            if pushes && self.borrows(i, d) {
                // The push sees the bit and skips the count.
                self.borrowed |= 1 << d;
            }
            if ins.op == Opcode::LoadConst && d < 64 && self.code.consts[ins.arg as usize].is_small_int() {
                self.uncounted |= 1 << d;
            }
            if srclocs {
                self.b.set_srcloc(cranelift_codegen::ir::SourceLoc::new(i as u32));
            }
            let end = self.emit_instr(i, ins.op, ins.arg, d);
            open = end != End::Stop;
            if let Some(next) = self.next.take() {
                if end == End::Straight {
                    self.b.ins().jump(next, &[]);
                }
                if let Some((slow, f, i, d)) = self.slow.take() {
                    self.b.switch_to_block(slow);
                    self.cold_rt(f, i, d, next);
                }
                self.b.switch_to_block(next);
                if end == End::Stop {
                    // Nothing falls through a terminator.
                    self.b.ins().trap(TrapCode::unwrap_user(2));
                }
            }
            // The instruction consumed the pending pushes it took.
            if floor.is_some_and(|f| f < d) {
                self.pending.clear();
            }
            if let Some(p) = self.pushed.take() {
                self.pending.push(p);
            }
            if !pushes {
                // A consumer took every borrowed operand.
                self.borrowed = 0;
                self.uncounted = 0;
            }
        }
        if open {
            self.b.ins().trap(TrapCode::unwrap_user(3));
        }
        Ok(())
    }

    /// Emits instruction `i` at depth `d`.
    fn emit_instr(&mut self, i: usize, op: Opcode, arg: u32, d: u32) -> End {
        let target = || arg as usize;
        match op {
            Opcode::Nop => {}
            Opcode::LoadFast => {
                let v = self.load_slot(Self::slot_off(arg as usize));
                if !self.flow.is_bound(i, arg as usize) {
                    // Unbound (NULL): the interpreter raises UnboundLocalError.
                    self.raise_unless(v, i, d);
                }
                if !self.is_borrowed(d) {
                    self.incref(v);
                }
                let off = self.stack_off(d);
                self.push_slot(off, v);
            }
            Opcode::StoreFast => {
                let v = self.load_slot(self.stack_off(d - 1));
                let off = Self::slot_off(arg as usize);
                if !self.flow.may_be_bound(i, arg as usize) {
                    // A first binding: the slot holds nothing to drop.
                    self.store_slot(off, v);
                    return End::Straight;
                }
                let old = self.load_slot(off);
                self.store_slot(off, v);
                self.decref(old);
            }
            Opcode::DeleteFast => {
                let off = Self::slot_off(arg as usize);
                let v = self.load_slot(off);
                if !self.flow.is_bound(i, arg as usize) {
                    // Unbound (NULL): the interpreter raises UnboundLocalError.
                    self.raise_unless(v, i, d);
                }
                let zero = self.b.ins().iconst(I64, 0);
                self.store_slot(off, zero);
                self.decref(v);
            }
            Opcode::LoadConst => {
                let c = &self.code.consts[arg as usize];
                let bits = c.bits() as i64;
                let v = self.b.ins().iconst(I64, bits);
                if !c.is_small_int() && !self.is_borrowed(d) {
                    let rc = self.b.ins().load(I64, MemFlagsData::trusted(), v, 0);
                    let rc = self.b.ins().iadd_imm_s(rc, 1);
                    self.b.ins().store(MemFlagsData::trusted(), rc, v, 0);
                }
                let off = self.stack_off(d);
                self.push_slot(off, v);
            }
            Opcode::PopTop => {
                let v = self.load_slot(self.stack_off(d - 1));
                self.decref(v);
            }
            Opcode::PushNull => {
                let z = self.b.ins().iconst(I64, 0);
                let off = self.stack_off(d);
                self.store_slot(off, z);
            }
            Opcode::Copy => {
                let v = self.load_slot(self.stack_off(d - arg));
                let tag = self.b.ins().band_imm_s(v, 1);
                let null = self.b.ins().icmp_imm_s(IntCC::Equal, v, 0);
                let null = self.b.ins().uextend(I64, null);
                let skip = self.b.ins().bor(tag, null);
                let addr = self.count_addr(v, skip);
                let rc = self.b.ins().load(I64, MemFlagsData::trusted(), addr, 0);
                let rc = self.b.ins().iadd_imm_s(rc, 1);
                self.b.ins().store(MemFlagsData::trusted(), rc, addr, 0);
                let off = self.stack_off(d);
                self.store_slot(off, v);
            }
            Opcode::Swap => {
                let (a_off, b_off) = (self.stack_off(d - 1), self.stack_off(d - arg));
                let a = self.load_slot(a_off);
                let bv = self.load_slot(b_off);
                self.store_slot(a_off, bv);
                self.store_slot(b_off, a);
            }
            Opcode::Jump => {
                let t = self.blocks[target()].expect("jump targets are leaders");
                self.b.ins().jump(t, &[]);
                return End::Stop;
            }
            Opcode::JumpBackward => {
                // Signals (Ctrl-C) are polled at back-edges, as the interpreter does.
                let t = self.blocks[target()].expect("jump targets are leaders");
                let flag = self.b.ins().iconst(I64, &tern_runtime::thread::INTERRUPTED as *const _ as i64);
                let set = self.b.ins().load(types::I8, MemFlagsData::trusted(), flag, 0);
                let slow = self.b.create_block();
                self.b.set_cold_block(slow);
                self.b.ins().brif(set, slow, &[], t, &[]);
                self.b.switch_to_block(slow);
                let dispatch = self.dispatch;
                self.step(i, d, dispatch);
                return End::Stop;
            }
            Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue => {
                let t = self.blocks[target()].expect("jump targets are leaders");
                let next = self.next();
                let v = self.load_slot(self.stack_off(d - 1));
                let (on_true, on_false) = if op == Opcode::PopJumpIfTrue { (t, next) } else { (next, t) };
                let not_true = self.b.create_block();
                let slow = self.b.create_block();
                self.b.set_cold_block(slow);
                let is_true = self.b.ins().icmp_imm_s(IntCC::Equal, v, &TRUE as *const _ as i64);
                self.b.ins().brif(is_true, on_true, &[], not_true, &[]);
                self.b.switch_to_block(not_true);
                let is_false = self.b.ins().icmp_imm_s(IntCC::Equal, v, &FALSE as *const _ as i64);
                let not_bool = self.b.create_block();
                self.b.ins().brif(is_false, on_false, &[], not_bool, &[]);
                // A small int (no count to drop) is true unless zero (the word 1).
                self.b.switch_to_block(not_bool);
                let tag = self.b.ins().band_imm_s(v, 1);
                let small = self.b.create_block();
                self.b.ins().brif(tag, small, &[], slow, &[]);
                self.b.switch_to_block(small);
                let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, v, 1);
                self.b.ins().brif(nonzero, on_true, &[], on_false, &[]);
                self.b.switch_to_block(slow);
                self.call_rt_cond(eval::rt_pop_jump_if, i, d, next, t);
                return End::Jumped;
            }
            Opcode::JumpIfFalseOrPop | Opcode::JumpIfTrueOrPop => {
                // A bool decides inline (and, immortal, pops without a count).
                let t = self.blocks[target()].expect("jump targets are leaders");
                let next = self.next();
                let v = self.load_slot(self.stack_off(d - 1));
                let (jump_on, pop_on) = if op == Opcode::JumpIfTrueOrPop { (&TRUE, &FALSE) } else { (&FALSE, &TRUE) };
                let jumps = self.b.ins().icmp_imm_s(IntCC::Equal, v, jump_on as *const _ as i64);
                let other = self.b.create_block();
                self.b.ins().brif(jumps, t, &[], other, &[]);
                self.b.switch_to_block(other);
                let pops = self.b.ins().icmp_imm_s(IntCC::Equal, v, pop_on as *const _ as i64);
                let slow = self.b.create_block();
                self.b.set_cold_block(slow);
                self.b.ins().brif(pops, next, &[], slow, &[]);
                self.b.switch_to_block(slow);
                self.step(i, d, next);
                return End::Jumped;
            }
            Opcode::UnaryNot => {
                let off = self.stack_off(d - 1);
                let v = self.load_slot(off);
                let is_t = self.b.ins().icmp_imm_s(IntCC::Equal, v, &TRUE as *const _ as i64);
                let is_f = self.b.ins().icmp_imm_s(IntCC::Equal, v, &FALSE as *const _ as i64);
                let is_bool = self.b.ins().bor(is_t, is_f);
                self.step_unless(is_bool, i, d);
                let t = self.b.ins().iconst(I64, &TRUE as *const _ as i64);
                let f = self.b.ins().iconst(I64, &FALSE as *const _ as i64);
                let r = self.b.ins().select(is_t, f, t);
                self.store_slot(off, r);
            }
            Opcode::PopJumpIfNone | Opcode::PopJumpIfNotNone => {
                let t = self.blocks[target()].expect("jump targets are leaders");
                let next = self.next();
                let v = self.load_slot(self.stack_off(d - 1));
                let is_none = self.b.ins().icmp_imm_s(IntCC::Equal, v, &NONE as *const _ as i64);
                let not_none = self.b.create_block();
                let (if_none, if_not) = if op == Opcode::PopJumpIfNone { (t, next) } else { (next, t) };
                // None is immortal: only other values need their reference dropped.
                self.b.ins().brif(is_none, if_none, &[], not_none, &[]);
                self.b.switch_to_block(not_none);
                self.release(v, d - 1);
                self.b.ins().jump(if_not, &[]);
                return End::Jumped;
            }
            Opcode::LoadGlobal => {
                // The interpreter's cache, checked in place: both dicts at the
                // versions the entry was filled at (else rt_load_global refills it).
                // Matching versions imply a value: versions are never 0, and
                // only `GlobalCacheEntry::set` writes them, with the value.
                let entry = &self.code.global_cache[arg as usize] as *const GlobalCacheEntry as i64;
                let entry = self.b.ins().iconst(I64, entry);
                let mut ok = None;
                for (dict, field) in [
                    (offset_of!(Frame, globals), offset_of!(GlobalCacheEntry, globals_version)),
                    (offset_of!(Frame, builtins), offset_of!(GlobalCacheEntry, builtins_version)),
                ] {
                    let d = self.b.ins().load(I64, MemFlagsData::trusted(), self.frame, dict as i32);
                    let version = self.b.ins().load(I64, MemFlagsData::trusted(), d, offset_of!(DictObject, version) as i32);
                    let cached = self.b.ins().load(I64, MemFlagsData::trusted(), entry, field as i32);
                    let same = self.b.ins().icmp(IntCC::Equal, version, cached);
                    ok = Some(match ok {
                        None => same,
                        Some(o) => self.b.ins().band(o, same),
                    });
                }
                let v = self.b.ins().load(I64, MemFlagsData::trusted(), entry, offset_of!(GlobalCacheEntry, value) as i32);
                self.call_unless(ok.expect("two dicts"), eval::rt_load_global, i, d);
                self.incref(v);
                let off = self.stack_off(d);
                self.store_slot(off, v);
            }
            Opcode::IsOp => {
                let (a_off, b_off) = (self.stack_off(d - 2), self.stack_off(d - 1));
                let a = self.load_slot(a_off);
                let bv = self.load_slot(b_off);
                let cc = if arg == 1 { IntCC::NotEqual } else { IntCC::Equal };
                let c = self.b.ins().icmp(cc, a, bv);
                let t = self.b.ins().iconst(I64, &TRUE as *const _ as i64);
                let f = self.b.ins().iconst(I64, &FALSE as *const _ as i64);
                let r = self.b.ins().select(c, t, f);
                self.store_slot(a_off, r);
                self.release(a, d - 2);
                self.release(bv, d - 1);
            }
            Opcode::LoadClosure => {
                let cell = self.load_slot(Self::slot_off(self.code.nlocals as usize + arg as usize));
                self.incref(cell);
                let off = self.stack_off(d);
                self.store_slot(off, cell);
            }
            Opcode::LoadDeref => {
                let cell = self.load_slot(Self::slot_off(self.code.nlocals as usize + arg as usize));
                let v = self.b.ins().load(I64, MemFlagsData::trusted(), cell, offset_of!(CellObject, value) as i32);
                // An empty cell raises in the interpreter: this push is not
                // on the stack yet there, and that path never goes on.
                let lent = self.is_borrowed(d);
                if lent {
                    self.borrowed &= !(1 << d);
                }
                self.raise_unless(v, i, d);
                if lent {
                    self.borrowed |= 1 << d;
                } else {
                    self.incref(v);
                }
                let off = self.stack_off(d);
                self.push_slot(off, v);
            }
            Opcode::ForIter => return self.for_iter(i, arg, d),
            Opcode::LoadAttr | Opcode::LoadMethod | Opcode::StoreAttr if self.code.code.instrs[i].cache != NO_CACHE => {
                return self.attr(i, op, arg, d);
            }
            Opcode::StoreDeref => {
                let v = self.load_slot(self.stack_off(d - 1));
                let cell = self.load_slot(Self::slot_off(self.code.nlocals as usize + arg as usize));
                let at = offset_of!(CellObject, value) as i32;
                let old = self.b.ins().load(I64, MemFlagsData::trusted(), cell, at);
                self.b.ins().store(MemFlagsData::trusted(), v, cell, at);
                self.decref(old);
            }
            Opcode::Call if arg == 1 && self.seen(i) & feedback::LEN_CALL != 0 => return self.len_call(i, d),
            Opcode::CompareOp => return self.compare(i, arg, d),
            // `x[a:b]`, `x[a:b:c] = y`: the slice would only be read.
            Opcode::BuildSlice if self.subscripts_built_slice(i + 1) => {
                let next = self.next();
                self.call_rt(eval::rt_slice_subscr, i, d, next);
                return End::Jumped;
            }
            Opcode::BinarySubscr | Opcode::StoreSubscr if self.subscripts_built_slice(i) => {}
            Opcode::BinarySubscr => return self.subscr(i, d),
            // `a, b, c, d = w, x, y, z`: the tuple would be unpacked at
            // once, and nothing can see it; its items only change order.
            Opcode::BuildTuple if self.unpacks_built_tuple(i + 1) => {}
            Opcode::UnpackSequence if self.unpacks_built_tuple(i) => {
                let base = d - 1;
                for k in 0..arg / 2 {
                    let (lo, hi) = (self.stack_off(base + k), self.stack_off(base + arg - 1 - k));
                    let (x, y) = (self.load_slot(lo), self.load_slot(hi));
                    self.store_slot(lo, y);
                    self.store_slot(hi, x);
                }
            }
            Opcode::UnpackSequence => return self.unpack(i, arg, d),
            Opcode::StoreSubscr => return self.store_subscr(i, d),
            Opcode::BinaryOp => return self.binary(i, arg, d),
            Opcode::ReturnValue if !self.is_generator() => return self.return_value(i, d),
            Opcode::ReturnValue | Opcode::YieldValue => {
                let v = self.load_slot(self.stack_off(d - 1));
                self.b.ins().store(MemFlagsData::trusted(), v, self.out, 0);
                self.store_frame_u32(offset_of!(Frame, sp), d - 1);
                self.store_frame_u32(offset_of!(Frame, ip), i as u32 + 1);
                let exit = if op == Opcode::ReturnValue {
                    EXIT_RETURN
                } else {
                    self.store_frame_u32(offset_of!(Frame, lasti), i as u32);
                    EXIT_YIELD
                };
                let r = self.b.ins().iconst(I32, exit as i64);
                self.b.ins().return_(&[r]);
                return End::Stop;
            }
            _ => {
                let f: RtFn = match op {
                    Opcode::LoadAttr => eval::rt_load_attr,
                    Opcode::StoreAttr => eval::rt_store_attr,
                    Opcode::LoadMethod => eval::rt_load_method,
                    Opcode::Call => eval::rt_call,
                    Opcode::CallMethod => eval::rt_call_method,
                    Opcode::CallKw => eval::rt_call_kw,
                    Opcode::Send => eval::rt_send,
                    Opcode::PushExcInfo => eval::rt_push_exc_info,
                    Opcode::PopExcept => eval::rt_pop_except,
                    Opcode::CheckExcMatch => eval::rt_check_exc_match,
                    Opcode::ContainsOp => eval::rt_contains_op,
                    Opcode::GetIter => eval::rt_get_iter,
                    Opcode::UnpackSequence => eval::rt_unpack_sequence,
                    Opcode::BuildTuple => eval::rt_build_tuple,
                    Opcode::BuildList => eval::rt_build_list,
                    Opcode::BuildSlice => eval::rt_build_slice,
                    Opcode::MakeFunction => eval::rt_make_function,
                    Opcode::ListAppend => eval::rt_list_append,
                    Opcode::CallEx => eval::rt_call_ex,
                    Opcode::BuildMap => eval::rt_build_map,
                    Opcode::BuildString => eval::rt_build_string,
                    Opcode::FormatValue => eval::rt_format_value,
                    Opcode::DictMerge => eval::rt_dict_merge,
                    Opcode::UnpackEx => eval::rt_unpack_ex,
                    Opcode::UnaryNegative => eval::rt_unary_negative,
                    Opcode::BeforeWith => eval::rt_before_with,
                    Opcode::WithExceptStart => eval::rt_with_except_start,
                    Opcode::RaiseVarargs => eval::rt_raise_varargs,
                    Opcode::Reraise => eval::rt_reraise,
                    _ => eval::rt_step,
                };
                let f = match op {
                    Opcode::Call => self.instruction_fn(i, tern_ic::Op::Call, f),
                    Opcode::CallMethod => self.instruction_fn(i, tern_ic::Op::CallMethod, f),
                    _ => f,
                };
                // After a terminator, even "next" comes through the dispatch
                // (an exception handler may start right after a `raise`).
                if op.flags() & F_TERMINATOR != 0 {
                    let dispatch = self.dispatch;
                    self.call_rt(f, i, d, dispatch);
                    return End::Stop;
                }
                let next = self.next();
                self.call_rt(f, i, d, next);
                return End::Jumped;
            }
        }
        End::Straight
    }

    fn is_generator(&self) -> bool {
        use tern_frontend::code::flags;
        self.code.code.flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
    }

    /// The most frame slots a return releases inline (more call `rt_release_frame`).
    const INLINE_RELEASE_MAX: usize = 4;

    /// `ReturnValue` of code that is not a generator's: the frame is done, so
    /// its values are released now (inline, or by `jit::rt_release_frame`), leaving the
    /// slots NULL, which lets the caller skip dropping the frame
    /// (`interp::call_compiled`). With a frame object (which takes the
    /// locals when the frame ends) the frame is left to Rust.
    fn return_value(&mut self, i: usize, d: u32) -> End {
        let t = MemFlagsData::trusted();
        let v = self.load_slot(self.stack_off(d - 1));
        // A lent value is a local (or a constant) pushed just before: the
        // local's own reference moves out with it when the frame releases
        // its values here; otherwise it gets a count of its own.
        let moved = match i.checked_sub(1).map(|j| self.code.code.instrs[j]) {
            Some(ins) if self.is_borrowed(d - 1) && ins.op == Opcode::LoadFast => Some(ins.arg as usize),
            _ => None,
        };
        if self.is_borrowed(d - 1) && moved.is_none() {
            self.incref(v);
        }
        self.b.ins().store(t, v, self.out, 0);
        self.store_frame_u32(offset_of!(Frame, sp), d - 1);
        self.store_frame_u32(offset_of!(Frame, ip), i as u32 + 1);
        let fo = self.b.ins().load(I64, t, self.frame, offset_of!(Frame, frame_obj) as i32);
        let release = self.b.create_block();
        let done = self.b.create_block();
        if moved.is_some() {
            // A frame object keeps the frame's values: the local keeps its reference.
            let keep = self.b.create_block();
            self.b.ins().brif(fo, keep, &[], release, &[]);
            self.b.switch_to_block(keep);
            self.incref(v);
            self.b.ins().jump(done, &[]);
        } else {
            self.b.ins().brif(fo, done, &[], release, &[]);
        }
        self.b.switch_to_block(release);
        let zero = self.b.ins().iconst(I64, 0);
        if let Some(local) = moved {
            self.store_slot(Self::slot_off(local), zero);
        }
        // The slots below the result: locals, cells, and values a loop left
        // on the stack. A few are released inline, in `rt_release_frame`'s
        // order; more take the call.
        let nslots = self.stack_base() + d as usize - 1;
        if nslots <= Self::INLINE_RELEASE_MAX {
            self.store_frame_u32(offset_of!(Frame, sp), 0);
            for slot in (0..nslots).filter(|&s| Some(s) != moved) {
                let off = Self::slot_off(slot);
                let v = self.load_slot(off);
                self.store_slot(off, zero);
                self.decref(v);
            }
        } else {
            let f = self.b.ins().iconst(I64, tern_runtime::jit::rt_release_frame as *const () as i64);
            self.b.ins().call_indirect(self.dealloc_sig, f, &[self.frame]);
        }
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        let r = self.b.ins().iconst(I32, EXIT_RETURN as i64);
        self.b.ins().return_(&[r]);
        End::Stop
    }

    /// `ForIter`: range, list and tuple iterators, where the feedback saw
    /// them, step inline; anything else calls rt_for_iter.
    fn for_iter(&mut self, i: usize, arg: u32, d: u32) -> End {
        let next = self.next();
        let seen = self.seen(i);
        let range = seen & feedback::RANGE_ITER != 0;
        let list = ListObject::items_offsets().filter(|_| seen & feedback::LIST_ITER != 0).map(|o| (&LIST_ITER_TYPE, o));
        let tuple = TupleObject::items_offsets().filter(|_| seen & feedback::TUPLE_ITER != 0).map(|o| (&TUPLE_ITER_TYPE, o));
        let seqs: Vec<(&TypeObject, (usize, usize))> = list.into_iter().chain(tuple).collect();
        let full = container_fn(tern_ic::Op::ForIter, eval::rt_for_iter);
        if !range && seqs.is_empty() {
            self.call_rt(full, i, d, next);
            return End::Jumped;
        }
        let exit = self.blocks[arg as usize].expect("jump targets are leaders");
        let it_off = self.stack_off(d - 1);
        let it = self.load_slot(it_off);
        let slow = self.slow_path(full, i, d);
        let is_heap = self.b.create_block();
        let tag = self.b.ins().band_imm_s(it, 1);
        self.b.ins().brif(tag, slow, &[], is_heap, &[]);
        self.b.switch_to_block(is_heap);
        let ty = self.b.ins().load(I64, MemFlagsData::trusted(), it, offset_of!(ObjHeader, ty) as i32);
        if range {
            let not_range = if seqs.is_empty() { slow } else { self.b.create_block() };
            self.range_iter(it, ty, exit, d, slow, not_range, next);
            if !seqs.is_empty() {
                self.b.switch_to_block(not_range);
            }
        }
        for (n, &(iter_type, items)) in seqs.iter().enumerate() {
            let other = if n + 1 < seqs.len() { self.b.create_block() } else { slow };
            self.seq_iter(it, ty, iter_type, items, exit, d, slow, other, next);
            if n + 1 < seqs.len() {
                self.b.switch_to_block(other);
            }
        }
        End::Jumped
    }

    /// `ForIter`'s step of a range iterator `it` (of type `ty`, else to
    /// `other`): what `range_iter_next_fast` does, while the item is a small
    /// int (else to `slow`); exhaustion drops the iterator and goes to `exit`.
    #[allow(clippy::too_many_arguments)]
    fn range_iter(&mut self, it: Value, ty: Value, exit: Block, d: u32, slow: Block, other: Block, next: Block) {
        let is_range = self.b.ins().icmp_imm_s(IntCC::Equal, ty, &RANGE_ITER_TYPE as *const _ as i64);
        let range = self.b.create_block();
        self.b.ins().brif(is_range, range, &[], other, &[]);
        self.b.switch_to_block(range);
        let [start, step, len, index] = RangeIterObject::FIELD_OFFSETS.map(|o| o as i32);
        let idx = self.b.ins().load(I64, MemFlagsData::trusted(), it, index);
        let n = self.b.ins().load(I64, MemFlagsData::trusted(), it, len);
        let done = self.b.ins().icmp(IntCC::SignedGreaterThanOrEqual, idx, n);
        let exhausted = self.b.create_block();
        let more = self.b.create_block();
        self.b.ins().brif(done, exhausted, &[], more, &[]);
        self.b.switch_to_block(more);
        let st = self.b.ins().load(I64, MemFlagsData::trusted(), it, start);
        let sp = self.b.ins().load(I64, MemFlagsData::trusted(), it, step);
        let off = self.b.ins().imul(idx, sp);
        let v = self.b.ins().iadd(st, off);
        // A small int when the value survives the tag shift.
        let word = self.b.ins().ishl_imm_s(v, 1);
        let back = self.b.ins().sshr_imm_s(word, 1);
        let fits = self.b.ins().icmp(IntCC::Equal, back, v);
        let small = self.b.create_block();
        self.b.ins().brif(fits, small, &[], slow, &[]);
        self.b.switch_to_block(small);
        let idx1 = self.b.ins().iadd_imm_s(idx, 1);
        self.b.ins().store(MemFlagsData::trusted(), idx1, it, index);
        let word = self.b.ins().bor_imm_s(word, 1);
        let off = self.stack_off(d);
        self.store_slot(off, word);
        self.b.ins().jump(next, &[]);
        self.b.switch_to_block(exhausted);
        self.decref(it);
        self.b.ins().jump(exit, &[]);
    }

    /// `ForIter`'s step of a list or tuple iterator `it` (of type `ty`, the
    /// `iter_type` whose sequences keep their items at `items_ptr`,
    /// `items_len`; else to `other`): the next item while the index is below
    /// the sequence's length. At the end, the iterator lets go of its
    /// sequence (so it stays finished however the sequence grows, as
    /// CPython's), is dropped, and the loop goes to `exit`; an iterator
    /// finished before goes to `slow`.
    #[allow(clippy::too_many_arguments)]
    fn seq_iter(&mut self, it: Value, ty: Value, iter_type: &TypeObject, (items_ptr, items_len): (usize, usize), exit: Block, d: u32, slow: Block, other: Block, next: Block) {
        let is_seq = self.b.ins().icmp_imm_s(IntCC::Equal, ty, iter_type as *const _ as i64);
        let seq_blk = self.b.create_block();
        self.b.ins().brif(is_seq, seq_blk, &[], other, &[]);
        self.b.switch_to_block(seq_blk);
        let [seq_off, index_off] = SeqIterObject::FIELD_OFFSETS.map(|o| o as i32);
        let seq = self.b.ins().load(I64, MemFlagsData::trusted(), it, seq_off);
        let idx = self.b.ins().load(I64, MemFlagsData::trusted(), it, index_off);
        // A finished iterator has no list (0); its length check then reads nothing.
        let live = self.b.create_block();
        self.b.ins().brif(seq, live, &[], slow, &[]);
        self.b.switch_to_block(live);
        let len = self.b.ins().load(I64, MemFlagsData::trusted(), seq, items_len as i32);
        let more = self.b.ins().icmp(IntCC::UnsignedLessThan, idx, len);
        let item_blk = self.b.create_block();
        let finished = self.b.create_block();
        self.b.ins().brif(more, item_blk, &[], finished, &[]);
        self.b.switch_to_block(finished);
        let none = self.b.ins().iconst(I64, 0);
        self.b.ins().store(MemFlagsData::trusted(), none, it, seq_off);
        self.decref(seq);
        self.decref(it);
        self.b.ins().jump(exit, &[]);
        self.b.switch_to_block(item_blk);
        let data = self.b.ins().load(I64, MemFlagsData::trusted(), seq, items_ptr as i32);
        let at = self.b.ins().ishl_imm_s(idx, 3);
        let at = self.b.ins().iadd(data, at);
        let item = self.b.ins().load(I64, MemFlagsData::trusted(), at, 0);
        self.incref(item);
        let idx1 = self.b.ins().iadd_imm_s(idx, 1);
        self.b.ins().store(MemFlagsData::trusted(), idx1, it, index_off);
        let off = self.stack_off(d);
        self.store_slot(off, item);
        self.b.ins().jump(next, &[]);
    }

    /// An attribute instruction: the site's inline-cache stub (`tern_ic`)
    /// answers from the site's cache; anything else takes the instruction's
    /// full path. Without caches (`TERN_IC=0`), only the full path.
    fn attr(&mut self, i: usize, op: Opcode, arg: u32, d: u32) -> End {
        let (ic_op, full, first) = match op {
            Opcode::LoadAttr => (tern_ic::Op::LoadAttr, eval::rt_load_attr as RtFn, d - 1),
            Opcode::LoadMethod => (tern_ic::Op::LoadMethod, eval::rt_load_method as RtFn, d - 1),
            _ => (tern_ic::Op::StoreAttr, eval::rt_store_attr as RtFn, d - 2),
        };
        let name = &self.code.names[arg as usize];
        let stub = self.code.attr_cache.get(self.code.code.instrs[i].cache as usize).and_then(|c| Some((c, tern_ic::attr_site(ic_op, c, name, self.is_borrowed(d - 1))?)));
        let Some((cache, stub)) = stub else {
            let next = self.next();
            self.call_rt(full, i, d, next);
            return End::Jumped;
        };
        // The receiver, on top, goes in a register as well as in its slot
        // (the stub and the runtime read the stack in memory).
        let obj = self.load_slot(self.stack_off(d - 1));
        self.store_pending();
        let off = self.stack_off(first);
        let slot = self.b.ins().iadd_imm_s(self.slots, off as i64);
        let f = self.b.ins().iconst(I64, stub as i64);
        let cache = self.b.ins().iconst(I64, cache as *const AttrCache as i64);
        let name = self.b.ins().iconst(I64, name.bits() as i64);
        let call = self.b.ins().call_indirect(self.hit_sig, f, &[slot, cache, name, obj]);
        let r = self.b.inst_results(call)[0];
        if op != Opcode::LoadAttr {
            let next = self.next();
            let slow = self.slow_path(full, i, d);
            self.b.ins().brif(r, next, &[], slow, &[]);
            return End::Jumped;
        }
        // A hit returns the result: the next instruction takes it from the
        // register, not from the slot the stub just stored it in.
        let done = self.b.create_block();
        let result = self.b.append_block_param(done, I64);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        self.b.ins().brif(r, done, &[BlockArg::Value(r)], slow, &[]);
        self.b.switch_to_block(slow);
        let status = self.cold_status(full, i, d);
        let reload = self.b.create_block();
        self.b.set_cold_block(reload);
        self.b.ins().brif(status, self.slow_exit, &[BlockArg::Value(status)], reload, &[]);
        self.b.switch_to_block(reload);
        let v = self.b.ins().load(I64, MemFlagsData::trusted(), self.slots, off);
        self.b.ins().jump(done, &[BlockArg::Value(v)]);
        self.b.switch_to_block(done);
        self.pushed = Some((off, result, true));
        End::Straight
    }

    /// The function a call or operator instruction `i` calls for its full
    /// path `full`: its site's inline-cache stub (`tern_ic::instruction_site`,
    /// with `full`'s signature: calls enter compiled functions directly,
    /// user classes' operator methods are called with no lookup), else `full`
    /// (without caches).
    fn instruction_fn(&self, i: usize, op: tern_ic::Op, full: RtFn) -> RtFn {
        let ins = self.code.code.instrs[i];
        stub_or(self.code.attr_cache.get(ins.cache as usize).and_then(|c| tern_ic::instruction_site(op, c, ins.arg)), full)
    }

    /// Goes on inline when `ok` is non-zero; otherwise instruction `i` runs
    /// in the interpreter (a cold block) and continues at `next`.
    fn step_unless(&mut self, ok: Value, i: usize, d: u32) {
        self.call_unless(ok, eval::rt_step, i, d)
    }

    /// Goes on inline when `ok` is non-zero; otherwise a cold block runs
    /// instruction `i` in the interpreter, which raises there (an unbound
    /// local, an empty cell): that path never comes back, so the inline
    /// path needs no block to meet it (fewer blocks, less compile time).
    fn raise_unless(&mut self, ok: Value, i: usize, d: u32) {
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        self.b.ins().brif(ok, fast, &[], slow, &[]);
        self.b.switch_to_block(slow);
        let status = self.cold_status(eval::rt_step, i, d);
        // Never STEP_NEXT: an exception was raised (handled or not).
        self.b.ins().jump(self.slow_exit, &[BlockArg::Value(status)]);
        self.b.switch_to_block(fast);
    }

    /// Goes on inline when `ok` is non-zero; otherwise a cold block calls
    /// `f` for instruction `i` and continues at `next`.
    fn call_unless(&mut self, ok: Value, f: RtFn, i: usize, d: u32) {
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        self.b.ins().brif(ok, fast, &[], slow, &[]);
        self.b.switch_to_block(slow);
        let next = self.next();
        self.cold_rt(f, i, d, next);
        self.b.switch_to_block(fast);
    }

    /// Both operands small ints (tag bits set)? Branches to `slow` if not.
    fn both_small(&mut self, a: Value, bv: Value, slow: Block) {
        let both = self.b.ins().band(a, bv);
        let tag = self.b.ins().band_imm_s(both, 1);
        let fast = self.b.create_block();
        self.b.ins().brif(tag, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
    }

    /// A cold block that will call `f` for instruction `i`, then go on at
    /// `next` (filled in after the fast path, see `emit_body`).
    fn slow_path(&mut self, f: RtFn, i: usize, d: u32) -> Block {
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        self.next();
        self.slow = Some((slow, f, i, d));
        slow
    }

    /// When instruction `i` (a comparison) is followed, in the same block, by
    /// `PopJumpIfFalse` or `PopJumpIfTrue`: the blocks that jump goes to
    /// when the comparison is true and when false. An inline path that
    /// computes the comparison as a machine flag branches there directly,
    /// without making the bool the jump would pop.
    fn branch_on(&self, i: usize) -> Option<(Block, Block)> {
        let jump = *self.code.code.instrs.get(i + 1)?;
        if self.blocks[i + 1].is_some() || !matches!(jump.op, Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue) {
            return None;
        }
        let (target, fall) = (self.blocks[jump.arg as usize]?, (*self.blocks.get(i + 2)?)?);
        Some(if jump.op == Opcode::PopJumpIfTrue { (target, fall) } else { (fall, target) })
    }

    /// Small ints compare their words; two exact floats their values (the
    /// result replaces both, whose references are dropped).
    fn compare(&mut self, i: usize, arg: u32, d: u32) -> End {
        let next = self.next();
        let seen = self.seen(i);
        let (ints, floats, strs) = (seen & feedback::SMALL_INTS != 0, seen & feedback::FLOATS != 0, seen & feedback::STRS != 0);
        if !ints && !floats && !strs {
            let f = self.instruction_fn(i, tern_ic::Op::CompareOp, eval::rt_compare_op);
            self.call_rt(f, i, d, next);
            return End::Jumped;
        }
        let (a_off, b_off) = (self.stack_off(d - 2), self.stack_off(d - 1));
        let a = self.load_slot(a_off);
        let bv = self.load_slot(b_off);
        let f = self.instruction_fn(i, tern_ic::Op::CompareOp, eval::rt_compare_op);
        let slow = self.slow_path(f, i, d);
        if strs {
            let not_strs = if ints || floats { self.b.create_block() } else { slow };
            self.both_of_type(a, bv, &STR_TYPE, not_strs);
            let op = self.b.ins().iconst(I64, arg as i64);
            let r = self.call_helper3(tern_runtime::jit::rt_str_compare, [a, bv, op]);
            let c = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
            let r = self.bool_word(c);
            self.replace_operands(d, r, a, bv, next);
            if !ints && !floats {
                return End::Jumped;
            }
            self.b.switch_to_block(not_strs);
        }
        let (icc, fcc) = match CmpOp::from_arg(arg) {
            CmpOp::Lt => (IntCC::SignedLessThan, FloatCC::LessThan),
            CmpOp::Le => (IntCC::SignedLessThanOrEqual, FloatCC::LessThanOrEqual),
            CmpOp::Eq => (IntCC::Equal, FloatCC::Equal),
            CmpOp::Ne => (IntCC::NotEqual, FloatCC::NotEqual),
            CmpOp::Gt => (IntCC::SignedGreaterThan, FloatCC::GreaterThan),
            CmpOp::Ge => (IntCC::SignedGreaterThanOrEqual, FloatCC::GreaterThanOrEqual),
        };
        if ints {
            let not_ints = if floats { self.b.create_block() } else { slow };
            self.both_small(a, bv, not_ints);
            // Tagging keeps the order of small ints: compare the words.
            let c = self.b.ins().icmp(icc, a, bv);
            match self.branch_on(i) {
                Some((on_true, on_false)) => {
                    self.b.ins().brif(c, on_true, &[], on_false, &[]);
                }
                None => {
                    self.store_bool(a_off, c);
                    self.b.ins().jump(next, &[]);
                }
            }
            if !floats {
                return End::Jumped;
            }
            self.b.switch_to_block(not_ints);
        }
        let (x, y) = self.both_floats(a, bv, slow);
        // FloatCC's NotEqual holds for NaNs, the others do not: Python's rules.
        let c = self.b.ins().fcmp(fcc, x, y);
        if let Some((on_true, on_false)) = self.branch_on(i) {
            self.release(a, d - 2);
            self.release(bv, d - 1);
            self.b.ins().brif(c, on_true, &[], on_false, &[]);
            return End::Jumped;
        }
        let r = self.bool_word(c);
        self.replace_operands(d, r, a, bv, next);
        End::Jumped
    }

    /// `BinarySubscr`: a list or tuple indexed by a small int in range
    /// (negative from the end) reads the item in place; anything else
    /// (and IndexError) takes the full path.
    fn subscr(&mut self, i: usize, d: u32) -> End {
        let next = self.next();
        let seen = self.seen(i);
        let list = ListObject::items_offsets().filter(|_| seen & feedback::LIST_BY_INT != 0);
        let tuple = TupleObject::items_offsets().filter(|_| seen & feedback::TUPLE_BY_INT != 0);
        let dict = seen & feedback::DICT_BY_KEY != 0;
        let full = container_fn(tern_ic::Op::BinarySubscr, eval::rt_binary_subscr);
        if list.is_none() && tuple.is_none() && !dict {
            self.call_rt(full, i, d, next);
            return End::Jumped;
        }
        let (a_off, k_off) = (self.stack_off(d - 2), self.stack_off(d - 1));
        let a = self.load_slot(a_off);
        let k = self.load_slot(k_off);
        let slow = self.slow_path(full, i, d);
        if dict {
            let seqs = list.is_some() || tuple.is_some();
            let not_dict = if seqs { self.b.create_block() } else { slow };
            self.dict_and_key(a, k, not_dict);
            // 0: missing (the full path raises KeyError) or not decidable natively.
            let v = self.call_helper(tern_runtime::jit::rt_dict_get, [a, k]);
            let found = self.b.create_block();
            self.b.ins().brif(v, found, &[], slow, &[]);
            self.b.switch_to_block(found);
            self.replace_operands(d, v, a, k, next);
            if !seqs {
                return End::Jumped;
            }
            self.b.switch_to_block(not_dict);
        }
        self.int_index_of_object(a, k, slow);
        let ty = self.b.ins().load(I64, MemFlagsData::trusted(), a, offset_of!(ObjHeader, ty) as i32);
        let (len, data) = match (list, tuple) {
            // Both seen: one test for either type, offsets chosen by select.
            (Some(list), Some(tuple)) => self.list_or_tuple(a, ty, list, tuple, slow),
            _ => {
                let (ty_ptr, (items_ptr, items_len)) = match list {
                    Some(l) => (&LIST_TYPE as *const _ as i64, l),
                    None => (&TUPLE_TYPE as *const _ as i64, tuple.expect("one kind seen")),
                };
                let is_ty = self.b.ins().icmp_imm_s(IntCC::Equal, ty, ty_ptr);
                let seq = self.b.create_block();
                self.b.ins().brif(is_ty, seq, &[], slow, &[]);
                self.b.switch_to_block(seq);
                let len = self.b.ins().load(I64, MemFlagsData::trusted(), a, items_len as i32);
                (len, self.b.ins().load(I64, MemFlagsData::trusted(), a, items_ptr as i32))
            }
        };
        let at = self.item_addr(k, len, data, slow);
        let item = self.b.ins().load(I64, MemFlagsData::trusted(), at, 0);
        self.incref(item);
        self.store_slot(a_off, item);
        self.release(a, d - 2);
        self.b.ins().jump(next, &[]);
        End::Jumped
    }

    /// The length and item pointer of `a`, of type `ty`, if it is an exact
    /// list or tuple (items at the given `(pointer, length)` offsets, as
    /// `items_offsets`: one test for both types, offsets chosen by select);
    /// branches to `slow` otherwise.
    fn list_or_tuple(&mut self, a: Value, ty: Value, list: (usize, usize), tuple: (usize, usize), slow: Block) -> (Value, Value) {
        let is_list = self.b.ins().icmp_imm_s(IntCC::Equal, ty, &LIST_TYPE as *const _ as i64);
        let is_tuple = self.b.ins().icmp_imm_s(IntCC::Equal, ty, &TUPLE_TYPE as *const _ as i64);
        let known = self.b.ins().bor(is_list, is_tuple);
        let seq = self.b.create_block();
        self.b.ins().brif(known, seq, &[], slow, &[]);
        self.b.switch_to_block(seq);
        let (lp, ll) = (self.b.ins().iconst(I64, list.0 as i64), self.b.ins().iconst(I64, list.1 as i64));
        let (tp, tl) = (self.b.ins().iconst(I64, tuple.0 as i64), self.b.ins().iconst(I64, tuple.1 as i64));
        let ptr_off = self.b.ins().select(is_list, lp, tp);
        let len_off = self.b.ins().select(is_list, ll, tl);
        let len_at = self.b.ins().iadd(a, len_off);
        let len = self.b.ins().load(I64, MemFlagsData::trusted(), len_at, 0);
        let data_at = self.b.ins().iadd(a, ptr_off);
        (len, self.b.ins().load(I64, MemFlagsData::trusted(), data_at, 0))
    }

    /// `UnpackSequence` of an exact tuple or list of the right length: the
    /// items pushed in place (the first on top); anything else takes the full path.
    /// Is instruction `i` an `UnpackSequence` of the tuple the `BuildTuple`
    /// right before it builds, with the same length, and nothing jumping
    /// between them? Then neither is done: the items are reversed in place.
    fn unpacks_built_tuple(&self, i: usize) -> bool {
        let instrs = &self.code.code.instrs;
        i > 0
            && i < instrs.len()
            && self.blocks[i].is_none()
            && instrs[i].op == Opcode::UnpackSequence
            && instrs[i - 1].op == Opcode::BuildTuple
            && instrs[i].arg == instrs[i - 1].arg
    }

    /// Is instruction `i` a subscript (`BinarySubscr`, `StoreSubscr`) by the
    /// slice the `BuildSlice` right before it builds, with nothing jumping
    /// between them? Then they run as one (`eval::rt_slice_subscr`).
    fn subscripts_built_slice(&self, i: usize) -> bool {
        let instrs = &self.code.code.instrs;
        i > 0
            && i < instrs.len()
            && self.blocks[i].is_none()
            && matches!(instrs[i].op, Opcode::BinarySubscr | Opcode::StoreSubscr)
            && instrs[i - 1].op == Opcode::BuildSlice
    }

    fn unpack(&mut self, i: usize, n: u32, d: u32) -> End {
        let next = self.next();
        let (Some(tuple), Some(list)) = (TupleObject::items_offsets(), ListObject::items_offsets()) else {
            self.call_rt(eval::rt_unpack_sequence, i, d, next);
            return End::Jumped;
        };
        let seq_off = self.stack_off(d - 1);
        let seq = self.load_slot(seq_off);
        let slow = self.slow_path(eval::rt_unpack_sequence, i, d);
        let tag = self.b.ins().band_imm_s(seq, 1);
        let heap = self.b.create_block();
        self.b.ins().brif(tag, slow, &[], heap, &[]);
        self.b.switch_to_block(heap);
        let ty = self.b.ins().load(I64, MemFlagsData::trusted(), seq, offset_of!(ObjHeader, ty) as i32);
        let (len, data) = self.list_or_tuple(seq, ty, list, tuple, slow);
        let fits = self.b.ins().icmp_imm_s(IntCC::Equal, len, n as i64);
        let items = self.b.create_block();
        self.b.ins().brif(fits, items, &[], slow, &[]);
        self.b.switch_to_block(items);
        for j in 0..n {
            let item = self.b.ins().load(I64, MemFlagsData::trusted(), data, ((n - 1 - j) * 8) as i32);
            self.incref(item);
            self.store_slot(self.stack_off(d - 1 + j), item);
        }
        self.decref(seq);
        self.b.ins().jump(next, &[]);
        End::Jumped
    }

    /// `Call` of `builtins.len` (recognised by its address, which no other
    /// object can take) on an exact list, tuple, dict or str: the length read in
    /// place; any other call takes the full path.
    fn len_call(&mut self, i: usize, d: u32) -> End {
        let next = self.next();
        let (f_off, a_off) = (self.stack_off(d - 2), self.stack_off(d - 1));
        let f = self.load_slot(f_off);
        let a = self.load_slot(a_off);
        let full = self.instruction_fn(i, tern_ic::Op::Call, eval::rt_call);
        let slow = self.slow_path(full, i, d);
        let is_len = self.b.ins().icmp_imm_s(IntCC::Equal, f, tern_runtime::builtins::len_bits() as i64);
        let heap = self.b.create_block();
        let not_a = self.b.ins().bnot(a);
        let a_heap = self.b.ins().band_imm_s(not_a, 1);
        let ok = self.b.ins().band(is_len, a_heap);
        self.b.ins().brif(ok, heap, &[], slow, &[]);
        self.b.switch_to_block(heap);
        let ty = self.b.ins().load(I64, MemFlagsData::trusted(), a, offset_of!(ObjHeader, ty) as i32);
        let done = self.b.create_block();
        self.b.append_block_param(done, I64);
        let kinds = [
            (&LIST_TYPE as *const TypeObject, ListObject::items_offsets().map(|o| o.1)),
            (&TUPLE_TYPE, TupleObject::items_offsets().map(|o| o.1)),
            (&DICT_TYPE, tern_runtime::objects::dict::jit_layout().map(|l| l.used)),
            (&STR_TYPE, Some(StrObject::CHAR_LEN_OFFSET)),
        ];
        for (t, len_off) in kinds {
            let Some(len_off) = len_off else { continue };
            let is_t = self.b.ins().icmp_imm_s(IntCC::Equal, ty, t as i64);
            let this = self.b.create_block();
            let other = self.b.create_block();
            self.b.ins().brif(is_t, this, &[], other, &[]);
            self.b.switch_to_block(this);
            let n = self.b.ins().load(I64, MemFlagsData::trusted(), a, len_off as i32);
            self.b.ins().jump(done, &[n.into()]);
            self.b.switch_to_block(other);
        }
        self.b.ins().jump(slow, &[]);
        self.b.switch_to_block(done);
        let n = self.b.block_params(done)[0];
        // A container's length is far inside the small-int range.
        let word = self.b.ins().ishl_imm_s(n, 1);
        let word = self.b.ins().bor_imm_s(word, 1);
        self.store_slot(f_off, word);
        self.decref(a);
        // `len` itself is never freed: only its count goes down.
        let rc = self.b.ins().load(I64, MemFlagsData::trusted(), f, 0);
        let rc = self.b.ins().iadd_imm_s(rc, -1);
        self.b.ins().store(MemFlagsData::trusted(), rc, f, 0);
        self.b.ins().jump(next, &[]);
        End::Jumped
    }

    /// `StoreSubscr`: a list indexed by a small int in range (negative from
    /// the end) gets the value in place; anything else takes the full path.
    fn store_subscr(&mut self, i: usize, d: u32) -> End {
        let next = self.next();
        let list = ListObject::items_offsets().filter(|_| self.seen(i) & feedback::LIST_BY_INT != 0);
        let dict = self.seen(i) & feedback::DICT_BY_KEY != 0;
        let full = container_fn(tern_ic::Op::StoreSubscr, eval::rt_store_subscr);
        if list.is_none() && !dict {
            self.call_rt(full, i, d, next);
            return End::Jumped;
        }
        let v = self.load_slot(self.stack_off(d - 3));
        let a = self.load_slot(self.stack_off(d - 2));
        let k = self.load_slot(self.stack_off(d - 1));
        let slow = self.slow_path(full, i, d);
        if dict {
            let not_dict = if list.is_some() { self.b.create_block() } else { slow };
            self.dict_and_key(a, k, not_dict);
            let done = self.call_helper3(tern_runtime::jit::rt_dict_set, [a, k, v]);
            let stored = self.b.create_block();
            self.b.ins().brif(done, stored, &[], slow, &[]);
            self.b.switch_to_block(stored);
            // The dict took references of its own.
            self.decref(v);
            self.release(a, d - 2);
            self.release(k, d - 1);
            self.b.ins().jump(next, &[]);
            if list.is_none() {
                return End::Jumped;
            }
            self.b.switch_to_block(not_dict);
        }
        let (items_ptr, items_len) = list.expect("a list was seen");
        self.int_index_of_object(a, k, slow);
        let ty = self.b.ins().load(I64, MemFlagsData::trusted(), a, offset_of!(ObjHeader, ty) as i32);
        let is_list = self.b.ins().icmp_imm_s(IntCC::Equal, ty, &LIST_TYPE as *const _ as i64);
        let list = self.b.create_block();
        self.b.ins().brif(is_list, list, &[], slow, &[]);
        self.b.switch_to_block(list);
        let len = self.b.ins().load(I64, MemFlagsData::trusted(), a, items_len as i32);
        let data = self.b.ins().load(I64, MemFlagsData::trusted(), a, items_ptr as i32);
        let at = self.item_addr(k, len, data, slow);
        let old = self.b.ins().load(I64, MemFlagsData::trusted(), at, 0);
        // The value's reference moves into the list.
        self.b.ins().store(MemFlagsData::trusted(), v, at, 0);
        self.decref(old);
        self.release(a, d - 2);
        self.b.ins().jump(next, &[]);
        End::Jumped
    }

    /// Goes on when the index `k` is a small int and the container `a` a
    /// heap object; branches to `slow` otherwise.
    fn int_index_of_object(&mut self, a: Value, k: Value, slow: Block) {
        let not_a = self.b.ins().bnot(a);
        let tags = self.b.ins().band(k, not_a);
        let ok = self.b.ins().band_imm_s(tags, 1);
        let heap = self.b.create_block();
        self.b.ins().brif(ok, heap, &[], slow, &[]);
        self.b.switch_to_block(heap);
    }

    /// Goes on when `v` is a heap object of exactly type `t`; branches to `other` otherwise.
    fn expect_type(&mut self, v: Value, t: &TypeObject, other: Block) {
        let tag = self.b.ins().band_imm_s(v, 1);
        let heap = self.b.create_block();
        self.b.ins().brif(tag, other, &[], heap, &[]);
        self.b.switch_to_block(heap);
        self.expect_heap_type(v, t, other);
    }

    /// `expect_type` for a `v` known to be a heap object.
    fn expect_heap_type(&mut self, v: Value, t: &TypeObject, other: Block) {
        let ty = self.b.ins().load(I64, MemFlagsData::trusted(), v, offset_of!(ObjHeader, ty) as i32);
        let ok = self.b.ins().icmp_imm_s(IntCC::Equal, ty, t as *const TypeObject as i64);
        let is_t = self.b.create_block();
        self.b.ins().brif(ok, is_t, &[], other, &[]);
        self.b.switch_to_block(is_t);
    }

    /// Goes on when both operands are heap objects of exactly type `t`; branches to `other` otherwise.
    fn both_of_type(&mut self, a: Value, bv: Value, t: &TypeObject, other: Block) {
        self.expect_type(a, t, other);
        self.expect_type(bv, t, other);
    }

    /// Goes on when `a` is an exact dict and `k` a small int or an exact str
    /// (keys whose lookups run no Python code of their own); branches to `other` otherwise.
    fn dict_and_key(&mut self, a: Value, k: Value, other: Block) {
        self.expect_type(a, &DICT_TYPE, other);
        let key_ok = self.b.create_block();
        let not_int = self.b.create_block();
        let tag = self.b.ins().band_imm_s(k, 1);
        self.b.ins().brif(tag, key_ok, &[], not_int, &[]);
        self.b.switch_to_block(not_int);
        self.expect_heap_type(k, &STR_TYPE, other);
        self.b.ins().jump(key_ok, &[]);
        self.b.switch_to_block(key_ok);
    }

    /// Calls the operand helper `f` with `a` and `b`: its word result.
    fn call_helper(&mut self, f: HelperFn, [a, b]: [Value; 2]) -> Value {
        let zero = self.b.ins().iconst(I64, 0);
        self.call_helper3(f, [a, b, zero])
    }

    /// Calls the operand helper `f` with three arguments: its word result.
    fn call_helper3(&mut self, f: HelperFn, args: [Value; 3]) -> Value {
        let f = self.b.ins().iconst(I64, f as *const () as i64);
        let call = self.b.ins().call_indirect(self.helper_sig, f, &args);
        self.b.inst_results(call)[0]
    }

    /// The address of item `k` (a small int; negative counts from the end)
    /// of the `len` words at `data`; branches to `slow` when out of range.
    fn item_addr(&mut self, k: Value, len: Value, data: Value, slow: Block) -> Value {
        let idx = self.b.ins().sshr_imm_s(k, 1);
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, idx, 0);
        let from_end = self.b.ins().iadd(idx, len);
        let idx = self.b.ins().select(neg, from_end, idx);
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, idx, len);
        let ok = self.b.create_block();
        self.b.ins().brif(inside, ok, &[], slow, &[]);
        self.b.switch_to_block(ok);
        let at = self.b.ins().ishl_imm_s(idx, 3);
        self.b.ins().iadd(data, at)
    }

    /// True or False (immortal: no count to add) as `c` says.
    fn bool_word(&mut self, c: Value) -> Value {
        let t = self.b.ins().iconst(I64, &TRUE as *const _ as i64);
        let f = self.b.ins().iconst(I64, &FALSE as *const _ as i64);
        self.b.ins().select(c, t, f)
    }

    /// Stores True or False as `c` says.
    fn store_bool(&mut self, off: i32, c: Value) {
        let r = self.bool_word(c);
        self.store_slot(off, r);
    }

    /// The result `r` takes the place of the two operands of an instruction
    /// at depth `d`, whose references are dropped (unless borrowed); then on
    /// to `next`.
    fn replace_operands(&mut self, d: u32, r: Value, a: Value, b: Value, next: Block) {
        self.store_slot(self.stack_off(d - 2), r);
        self.release(a, d - 2);
        self.release(b, d - 1);
        self.b.ins().jump(next, &[]);
    }

    /// Both operands exact floats? Their values; branches to `slow` if not.
    fn both_floats(&mut self, a: Value, bv: Value, slow: Block) -> (Value, Value) {
        let tags = self.b.ins().bor(a, bv);
        let tag = self.b.ins().band_imm_s(tags, 1);
        let heap = self.b.create_block();
        self.b.ins().brif(tag, slow, &[], heap, &[]);
        self.b.switch_to_block(heap);
        let ty_off = offset_of!(ObjHeader, ty) as i32;
        let ta = self.b.ins().load(I64, MemFlagsData::trusted(), a, ty_off);
        let tb = self.b.ins().load(I64, MemFlagsData::trusted(), bv, ty_off);
        let float_ty = &FLOAT_TYPE as *const _ as i64;
        let fa = self.b.ins().icmp_imm_s(IntCC::Equal, ta, float_ty);
        let fb = self.b.ins().icmp_imm_s(IntCC::Equal, tb, float_ty);
        let both = self.b.ins().band(fa, fb);
        let floats = self.b.create_block();
        self.b.ins().brif(both, floats, &[], slow, &[]);
        self.b.switch_to_block(floats);
        let val = offset_of!(FloatObject, value) as i32;
        let x = self.b.ins().load(types::F64, MemFlagsData::trusted(), a, val);
        let y = self.b.ins().load(types::F64, MemFlagsData::trusted(), bv, val);
        (x, y)
    }

    fn binary(&mut self, i: usize, arg: u32, d: u32) -> End {
        let (op, _inplace) = BinOp::decode(arg);
        let seen = self.seen(i);
        let int_inline = seen & feedback::SMALL_INTS != 0 && matches!(
                op,
                BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::FloorDiv | BinOp::Mod | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor
            );
        let float_ops = matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::Pow);
        let float_inline = seen & feedback::FLOATS != 0 && float_ops;
        let mixed_inline = seen & feedback::INT_FLOAT != 0 && float_ops;
        let str_inline = seen & feedback::STRS != 0 && op == BinOp::Add;
        if !int_inline && !float_inline && !mixed_inline && !str_inline {
            let next = self.next();
            let f = self.instruction_fn(i, tern_ic::Op::BinaryOp, eval::rt_binary_op);
            self.call_rt(f, i, d, next);
            return End::Jumped;
        }
        let (a_off, b_off) = (self.stack_off(d - 2), self.stack_off(d - 1));
        let a = self.load_slot(a_off);
        let bv = self.load_slot(b_off);
        let f = self.instruction_fn(i, tern_ic::Op::BinaryOp, eval::rt_binary_op);
        let slow = self.slow_path(f, i, d);
        let next = self.next();
        if str_inline {
            // Two exact strs (str has no `__iadd__`: `+=` concatenates too).
            let numbers = int_inline || float_inline || mixed_inline;
            let not_strs = if numbers { self.b.create_block() } else { slow };
            self.both_of_type(a, bv, &STR_TYPE, not_strs);
            let r = self.call_helper(tern_runtime::jit::rt_str_concat, [a, bv]);
            self.replace_operands(d, r, a, bv, next);
            if !numbers {
                return End::Jumped;
            }
            self.b.switch_to_block(not_strs);
        }
        if int_inline {
            let not_ints = if float_inline || mixed_inline { self.b.create_block() } else { slow };
            self.both_small(a, bv, not_ints);
            let r = self.small_int_op(op, a, bv, slow);
            self.store_slot(a_off, r);
            self.b.ins().jump(next, &[]);
            if !float_inline && !mixed_inline {
                return End::Jumped;
            }
            self.b.switch_to_block(not_ints);
        }
        if float_inline {
            let not_floats = if mixed_inline { self.b.create_block() } else { slow };
            self.float_op(op, a, bv, d, not_floats, slow, next);
            if !mixed_inline {
                return End::Jumped;
            }
            self.b.switch_to_block(not_floats);
        }
        self.mixed_op(op, a, bv, d, slow, next);
        End::Jumped
    }

    /// A small int and an exact float, either way round: the int converted
    /// (as CPython's `float(int)`, rounding to nearest) and the float
    /// operation done into a new float; anything else goes to `slow`.
    fn mixed_op(&mut self, op: BinOp, a: Value, bv: Value, d: u32, slow: Block, next: Block) {
        let a_off = self.stack_off(d - 2);
        // The float operand is dropped after the operation; a borrowed one
        // travels as NULL, which `decref` skips.
        let lent = (self.is_borrowed(d - 2), self.is_borrowed(d - 1));
        let (a_ref, b_ref) = if lent.0 || lent.1 {
            let zero = self.b.ins().iconst(I64, 0);
            (if lent.0 { zero } else { a }, if lent.1 { zero } else { bv })
        } else {
            (a, bv)
        };
        let int_left = self.b.create_block();
        let check_right = self.b.create_block();
        let operate = self.b.create_block();
        self.b.append_block_param(operate, types::F64);
        self.b.append_block_param(operate, types::F64);
        self.b.append_block_param(operate, I64);
        // (int, float)?
        let a_tag = self.b.ins().band_imm_s(a, 1);
        self.b.ins().brif(a_tag, int_left, &[], check_right, &[]);
        self.b.switch_to_block(int_left);
        let y = self.float_value(bv, false, slow);
        let x = self.small_int_as_float(a);
        self.b.ins().jump(operate, &[x.into(), y.into(), b_ref.into()]);
        // (float, int)? (`a` is a heap object here.)
        self.b.switch_to_block(check_right);
        let b_tag = self.b.ins().band_imm_s(bv, 1);
        let int_right = self.b.create_block();
        self.b.ins().brif(b_tag, int_right, &[], slow, &[]);
        self.b.switch_to_block(int_right);
        let x = self.float_value(a, true, slow);
        let y = self.small_int_as_float(bv);
        self.b.ins().jump(operate, &[x.into(), y.into(), a_ref.into()]);
        self.b.switch_to_block(operate);
        let params = self.b.block_params(operate).to_vec();
        let (x, y, f) = (params[0], params[1], params[2]);
        let r = self.float_result(op, x, y, slow);
        let v = self.new_float(r);
        self.store_slot(a_off, v);
        // The float operand's reference goes (the int needs no release).
        if lent != (true, true) {
            self.decref(f);
        }
        self.b.ins().jump(next, &[]);
    }

    /// The value of `v` if it is an exact float (a heap object, when
    /// `heap` says it is known to be one); else to `slow`.
    fn float_value(&mut self, v: Value, heap: bool, slow: Block) -> Value {
        if heap {
            self.expect_heap_type(v, &FLOAT_TYPE, slow);
        } else {
            self.expect_type(v, &FLOAT_TYPE, slow);
        }
        self.b.ins().load(types::F64, MemFlagsData::trusted(), v, offset_of!(FloatObject, value) as i32)
    }

    /// A small int's value as a float (rounding to nearest, as `float(int)`).
    fn small_int_as_float(&mut self, v: Value) -> Value {
        let n = self.b.ins().sshr_imm_s(v, 1);
        self.b.ins().fcvt_from_sint(types::F64, n)
    }

    /// `x` op `y` for a float operation (+ - * / **); a zero divisor, and a
    /// power that is not libm's `pow` of a positive base, go to `slow` (the
    /// full path raises ZeroDivisionError or OverflowError, or makes a complex).
    fn float_result(&mut self, op: BinOp, x: Value, y: Value, slow: Block) -> Value {
        match op {
            BinOp::Add => self.b.ins().fadd(x, y),
            BinOp::Sub => self.b.ins().fsub(x, y),
            BinOp::Mul => self.b.ins().fmul(x, y),
            BinOp::Pow => {
                // `jit::rt_float_pow`: NaN where CPython's float pow does
                // more than libm's pow (the full path does it).
                let sig = match self.pow_sig {
                    Some(s) => s,
                    None => {
                        let mut s = Signature::new(self.b.func.signature.call_conv);
                        s.params.extend([AbiParam::new(types::F64), AbiParam::new(types::F64)]);
                        s.returns.push(AbiParam::new(types::F64));
                        *self.pow_sig.insert(self.b.import_signature(s))
                    }
                };
                let f = self.b.ins().iconst(I64, tern_runtime::jit::rt_float_pow as *const () as i64);
                let call = self.b.ins().call_indirect(sig, f, &[x, y]);
                let r = self.b.inst_results(call)[0];
                let nan = self.b.ins().fcmp(FloatCC::Unordered, r, r);
                let ok = self.b.create_block();
                self.b.ins().brif(nan, slow, &[], ok, &[]);
                self.b.switch_to_block(ok);
                r
            }
            _ => {
                let zero = self.b.ins().f64const(0.0);
                let nonzero = self.b.ins().fcmp(FloatCC::NotEqual, y, zero);
                let ok = self.b.create_block();
                self.b.ins().brif(nonzero, ok, &[], slow, &[]);
                self.b.switch_to_block(ok);
                self.b.ins().fdiv(x, y)
            }
        }
    }

    /// A new float object of value `r`: popped off the free list in place
    /// (`float::FLOAT_FREE`; a freed float keeps its type word), or from
    /// `jit::rt_new_float` when the list is empty.
    fn new_float(&mut self, r: Value) -> Value {
        let t = MemFlagsData::trusted();
        let fl = self.b.ins().iconst(I64, &FLOAT_FREE as *const FreeList as i64);
        let head = self.b.ins().load(I64, t, fl, offset_of!(FreeList, head) as i32);
        let pop = self.b.create_block();
        let call = self.b.create_block();
        let done = self.b.create_block();
        self.b.append_block_param(done, I64);
        self.b.set_cold_block(call);
        self.b.ins().brif(head, pop, &[], call, &[]);
        self.b.switch_to_block(pop);
        let next = self.b.ins().load(I64, t, head, 0);
        self.b.ins().store(t, next, fl, offset_of!(FreeList, head) as i32);
        let len = self.b.ins().load(I64, t, fl, offset_of!(FreeList, len) as i32);
        let len = self.b.ins().iadd_imm_s(len, -1);
        self.b.ins().store(t, len, fl, offset_of!(FreeList, len) as i32);
        let one = self.b.ins().iconst(I64, 1);
        self.b.ins().store(t, one, head, offset_of!(ObjHeader, refcnt) as i32);
        self.b.ins().store(t, r, head, offset_of!(FloatObject, value) as i32);
        self.b.ins().jump(done, &[head.into()]);
        self.b.switch_to_block(call);
        let f = self.b.ins().iconst(I64, tern_runtime::jit::rt_new_float as *const () as i64);
        let c = self.b.ins().call_indirect(self.float_sig, f, &[r]);
        let v = self.b.inst_results(c)[0];
        self.b.ins().jump(done, &[v.into()]);
        self.b.switch_to_block(done);
        self.b.block_params(done)[0]
    }

    /// `release` of an operand known to be an exact float: at zero it goes
    /// onto the free list in place (to `rt_dealloc` when the list is full).
    fn release_float(&mut self, v: Value, depth: u32) {
        if self.is_borrowed(depth) {
            return;
        }
        let t = MemFlagsData::trusted();
        let rc = self.b.ins().load(I64, t, v, 0);
        let rc = self.b.ins().iadd_imm_s(rc, -1);
        self.b.ins().store(t, rc, v, 0);
        let free = self.b.create_block();
        let push = self.b.create_block();
        let full = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(rc, done, &[], free, &[]);
        self.b.switch_to_block(free);
        let fl = self.b.ins().iconst(I64, &FLOAT_FREE as *const FreeList as i64);
        let len = self.b.ins().load(I64, t, fl, offset_of!(FreeList, len) as i32);
        let room = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, len, FLOAT_FREE_MAX as i64);
        self.b.set_cold_block(full);
        self.b.ins().brif(room, push, &[], full, &[]);
        self.b.switch_to_block(push);
        let head = self.b.ins().load(I64, t, fl, offset_of!(FreeList, head) as i32);
        self.b.ins().store(t, head, v, 0);
        self.b.ins().store(t, v, fl, offset_of!(FreeList, head) as i32);
        let len = self.b.ins().iadd_imm_s(len, 1);
        self.b.ins().store(t, len, fl, offset_of!(FreeList, len) as i32);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(full);
        let f = self.b.ins().iconst(I64, tern_runtime::jit::rt_dealloc as *const () as i64);
        self.b.ins().call_indirect(self.dealloc_sig, f, &[v]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// The word of `v` if the IR computes it as a constant (a `LoadConst`
    /// pushed for the instruction that takes it; a small int's word is odd).
    fn const_word(&self, v: Value) -> Option<i64> {
        let ValueDef::Result(inst, _) = self.b.func.dfg.value_def(v) else { return None };
        match self.b.func.dfg.insts[inst] {
            InstructionData::UnaryImm { opcode: ClifOpcode::Iconst, imm } => Some(imm.bits()),
            _ => None,
        }
    }

    /// Small ints `a` op `bv` (both tagged), to `slow` on overflow.
    fn small_int_op(&mut self, op: BinOp, a: Value, bv: Value, slow: Block) -> Value {
        // Words are 2x+1: overflow of the word operation is overflow of the
        // 63-bit small int, which goes to the interpreter (it makes a big int).
        match op {
            BinOp::Add => {
                let b1 = self.b.ins().iadd_imm_s(bv, -1);
                let (r, of) = self.b.ins().sadd_overflow(a, b1);
                self.overflow_check(of, slow);
                r
            }
            BinOp::Sub => {
                let (r, of) = self.b.ins().ssub_overflow(a, bv);
                self.overflow_check(of, slow);
                self.b.ins().iadd_imm_s(r, 1)
            }
            BinOp::Mul => {
                let x = self.b.ins().sshr_imm_s(a, 1);
                let y2 = self.b.ins().iadd_imm_s(bv, -1);
                let (r, of) = self.b.ins().smul_overflow(x, y2);
                self.overflow_check(of, slow);
                self.b.ins().bor_imm_s(r, 1)
            }
            BinOp::FloorDiv | BinOp::Mod => {
                // A constant power of two (`x // 2`, `x % 8`): a shift or a
                // mask of the tagged word, which round toward minus infinity
                // as Python does. With a = 2x + 1 and c = 2**k, a >> k is
                // 2(x >> k) or that plus one; the tag bit makes it exact.
                let divisor = self.const_word(bv).filter(|w| w & 1 == 1).map(|w| w >> 1);
                if let Some(c) = divisor.filter(|&c| c > 0 && c & (c - 1) == 0) {
                    return if op == BinOp::FloorDiv {
                        let q = self.b.ins().sshr_imm_s(a, c.trailing_zeros() as i64);
                        self.b.ins().bor_imm_s(q, 1)
                    } else {
                        self.b.ins().band_imm_s(a, (c - 1) * 2 + 1)
                    };
                }
                // Python rounds toward minus infinity: the remainder takes
                // the divisor's sign. Division by zero raises in the full path.
                let x = self.b.ins().sshr_imm_s(a, 1);
                let y = self.b.ins().sshr_imm_s(bv, 1);
                if divisor.is_none_or(|c| c == 0) {
                    let nonzero = self.b.create_block();
                    self.b.ins().brif(y, nonzero, &[], slow, &[]);
                    self.b.switch_to_block(nonzero);
                }
                // x >= -2**62, so x / -1 cannot overflow i64. One division:
                // the remainder from the quotient (Cranelift's own lowering
                // would divide twice).
                let q = self.b.ins().sdiv(x, y);
                let qy = self.b.ins().imul(q, y);
                let r = self.b.ins().isub(x, qy);
                let signs = self.b.ins().bxor(r, y);
                let differ = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, signs, 0);
                let inexact = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
                let adjust = self.b.ins().band(differ, inexact);
                let adjust = self.b.ins().uextend(I64, adjust);
                let v = if op == BinOp::FloorDiv {
                    self.b.ins().isub(q, adjust)
                } else {
                    let by = self.b.ins().imul(adjust, y);
                    self.b.ins().iadd(r, by)
                };
                // Only -2**62 // -1 leaves the small-int range.
                let (twice, of) = self.b.ins().sadd_overflow(v, v);
                self.overflow_check(of, slow);
                self.b.ins().bor_imm_s(twice, 1)
            }
            BinOp::RShift => {
                // A negative count raises in the full path; counts past 62 give the sign.
                let y = self.b.ins().sshr_imm_s(bv, 1);
                let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, y, 0);
                let ok = self.b.create_block();
                self.b.ins().brif(negative, slow, &[], ok, &[]);
                self.b.switch_to_block(ok);
                let max = self.b.ins().iconst(I64, 63);
                let n = self.b.ins().umin(y, max);
                let x = self.b.ins().sshr_imm_s(a, 1);
                let r = self.b.ins().sshr(x, n);
                let r = self.b.ins().ishl_imm_s(r, 1);
                self.b.ins().bor_imm_s(r, 1)
            }
            BinOp::And => self.b.ins().band(a, bv),
            BinOp::Or => self.b.ins().bor(a, bv),
            _ => {
                let x = self.b.ins().bxor(a, bv);
                self.b.ins().bor_imm_s(x, 1)
            }
        }
    }

    /// Two exact floats: the result in `a`'s object when the stack holds its
    /// only reference (nobody can see it change), else in `b`'s on the same
    /// terms, else in a new float. A lent operand belongs to a local and is
    /// never reused. Other operand types go to `other`, division by zero to `slow`.
    #[allow(clippy::too_many_arguments)]
    fn float_op(&mut self, op: BinOp, a: Value, bv: Value, d: u32, other: Block, slow: Block, next: Block) {
        let (x, y) = self.both_floats(a, bv, other);
        let a_off = self.stack_off(d - 2);
        let r = self.float_result(op, x, y, slow);
        let val = offset_of!(FloatObject, value) as i32;
        // Whether `a` is known to have other references on the path below.
        let mut a_shared = false;
        if !self.is_borrowed(d - 2) {
            let shared = self.to_block_if_only_reference(a);
            self.b.ins().store(MemFlagsData::trusted(), r, a, val);
            self.release_float(bv, d - 1);
            self.b.ins().jump(next, &[]);
            self.b.switch_to_block(shared);
            a_shared = true;
        }
        // `a`'s reference goes from the stack: its count only goes down.
        let drop_a = |e: &mut Self| {
            if a_shared {
                let rc = e.b.ins().load(I64, MemFlagsData::trusted(), a, 0);
                let rc = e.b.ins().iadd_imm_s(rc, -1);
                e.b.ins().store(MemFlagsData::trusted(), rc, a, 0);
            }
        };
        if !self.is_borrowed(d - 1) {
            let fresh = self.to_block_if_only_reference(bv);
            self.b.ins().store(MemFlagsData::trusted(), r, bv, val);
            self.store_slot(a_off, bv);
            drop_a(self);
            self.b.ins().jump(next, &[]);
            self.b.switch_to_block(fresh);
        }
        let v = self.new_float(r);
        self.store_slot(a_off, v);
        drop_a(self);
        self.release_float(bv, d - 1);
        self.b.ins().jump(next, &[]);
    }

    /// Goes on in a new block when the stack holds the only reference to
    /// the object `v` (its count is 1); returns the block for other counts.
    fn to_block_if_only_reference(&mut self, v: Value) -> Block {
        let rc = self.b.ins().load(I64, MemFlagsData::trusted(), v, 0);
        let only = self.b.ins().icmp_imm_s(IntCC::Equal, rc, 1);
        let reuse = self.b.create_block();
        let other = self.b.create_block();
        self.b.ins().brif(only, reuse, &[], other, &[]);
        self.b.switch_to_block(reuse);
        other
    }

    fn overflow_check(&mut self, of: Value, slow: Block) {
        let ok = self.b.create_block();
        self.b.ins().brif(of, slow, &[], ok, &[]);
        self.b.switch_to_block(ok);
    }
}
