//! The tier-0 loop: one `match` arm per opcode of the table in
//! `tern_frontend::bytecode`. Fast paths for small ints, floats, lists and
//! ranges are inline; everything else goes through `ops`.
//!
//! The value stack is a raw pointer into the frame's slots. An error in an
//! instruction adds a traceback entry (unless it is a re-raise), then the
//! exception table decides: unwind the stack to the handler's depth, push the
//! exception and jump, or return the error to the caller.

// The rt_* entry points share one `# Safety` section (see `rt_load_global`).
#![allow(clippy::missing_safety_doc)]

use super::frame::Frame;
use super::Exit;
use crate::attrcache::{self, AttrCache};
use crate::feedback;
use crate::objects::code::CodeObj;
use crate::error::{type_error, unbound_free, unbound_local, PyErr, PyResult};
use crate::jit::{self, Tier};
use crate::objects::bool_none::{is_false_obj, is_none, is_true_obj, new_bool, none};
use crate::objects::dict::{as_dict, DictObject};
use crate::objects::exception as exc;
use crate::objects::float::{new_float, FloatObject};
use crate::objects::function::{Kw, MethodDescrObject};
use crate::objects::int::new_int;
use crate::objects::list::{new_list, ListObject};
use crate::objects::str::as_str;
use crate::objects::tuple::{new_tuple, tuple_items, TupleObject};
use crate::ops;
use crate::thread::{ts, INTERRUPTED};
use crate::value::Value;
use std::ptr;
use std::sync::atomic::Ordering;
use tern_frontend::bytecode::{format_value, make_function, BinOp, CmpOp, Instr, Opcode};

/// Runs `frame` from its current instruction until it returns or yields.
/// `throw`: an exception to raise at the current instruction (generator.throw).
/// Compiled code takes over once the code object is compiled (`jit`).
pub fn eval(frame: &mut Frame, throw: Option<PyErr>) -> PyResult<Exit> {
    let code = frame.code();
    match code.tier.get() {
        Tier::Compiled(entry) => return jit::run(entry, frame, throw),
        Tier::Interpreted if code.counter.get() >= jit::threshold() => {
            if let Some(entry) = jit::compile(code) {
                return jit::run(entry, frame, throw);
            }
        }
        _ => {}
    }
    unsafe { eval_inner::<false>(frame, throw) }
}

/// Runs exactly one instruction, at `frame.ip` with `frame.sp` values on the
/// stack, in the interpreter: the slow path of compiled code (`jit::STEP_*`).
/// Errors go through the frame's exception table as in the interpreter.
/// Never called for `ReturnValue` or `YieldValue`, which compiled code does itself.
///
/// # Safety
/// `frame` is the running frame, its `ip` and `sp` current.
pub unsafe extern "C" fn rt_step(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let frame = &mut *frame;
    jit::count_step(instr_at(frame, ip).op);
    frame.ip = ip;
    frame.sp = depth;
    let next = ip + 1;
    match eval_inner::<true>(frame, None) {
        Ok(_) if frame.ip == next => jit::STEP_NEXT,
        Ok(_) => jit::STEP_GOTO,
        Err(e) => {
            jit::set_pending(e);
            jit::STEP_ERROR
        }
    }
}

// Compiled code's calls for the commonest instructions: the interpreter's
// code for each (shared through the `*_op` functions), without the dispatch.
// Same signature and results as `rt_step`: the instruction at `ip`, with
// `depth` values on the stack before it.

/// The address of the value-stack slot at `depth`.
#[inline(always)]
unsafe fn stack_at(frame: &Frame, depth: u32) -> *mut Option<Value> {
    frame.stack.add(depth as usize)
}

/// An instruction raised `err` with `depth` values left on the stack: the
/// interpreter's handling (traceback, exception table), then `STEP_GOTO` to
/// the handler or `STEP_ERROR`.
#[cold]
#[inline(never)]
unsafe fn rt_raise(frame: &mut Frame, ip: u32, depth: u32, err: PyErr) -> u32 {
    rt_raise_ex(frame, ip, depth, err, false)
}

/// `rt_raise`, or with `reraise` an exception that goes on without a new
/// traceback entry for this frame.
unsafe fn rt_raise_ex(frame: &mut Frame, ip: u32, depth: u32, err: PyErr, reraise: bool) -> u32 {
    frame.ip = ip + 1;
    frame.sp = depth;
    match raise_in(frame, err, reraise) {
        Ok(()) => jit::STEP_GOTO,
        Err(e) => {
            jit::set_pending(e);
            jit::STEP_ERROR
        }
    }
}

/// `RaiseVarargs` (compiled code's entry; see `raise_varargs_op`).
pub unsafe extern "C" fn rt_raise_varargs(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let frame = &mut *frame;
    let arg = arg_of(frame, ip);
    let pops = arg.min(2);
    let at = stack_at(frame, depth - pops);
    let cause = if pops == 2 { ptr::read(at.add(1)) } else { None };
    let exc = if pops >= 1 { ptr::read(at) } else { None };
    frame.lasti = ip;
    let (err, reraise) = raise_varargs_op(exc, cause);
    rt_raise_ex(frame, ip, depth - pops, err, reraise)
}

/// `Reraise` (compiled code's entry): the exception on top goes on.
pub unsafe extern "C" fn rt_reraise(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let frame = &mut *frame;
    let e = ptr::read(stack_at(frame, depth - 1)).unwrap_unchecked();
    rt_raise_ex(frame, ip, depth - 1, PyErr::from_value(e), true)
}

/// `RaiseVarargs` with the exception `exc` and `cause` it popped (by its
/// argument: neither for a bare `raise`): the error to raise, and whether
/// it re-raises the one being handled (no new traceback entry).
fn raise_varargs_op(exc: Option<Value>, cause: Option<Value>) -> (PyErr, bool) {
    let Some(e) = exc else {
        return match ts().current_handled() {
            Some(e) => (PyErr::from_value(e), true),
            None => (crate::error::runtime_error("No active exception to reraise"), false),
        };
    };
    let e = match make_exception(&e, "exceptions must derive from BaseException") {
        Ok(e) => e,
        Err(err) => return (err, false),
    };
    if let Some(cause) = cause {
        let cause = if is_none(&cause) {
            None
        } else {
            match make_exception(&cause, "exception causes must derive from BaseException") {
                Ok(c) => Some(c),
                Err(err) => return (err, false),
            }
        };
        let eo = exc::as_exc(&e).unwrap();
        eo.set_cause(cause);
        eo.suppress_context.set(true);
    }
    set_context(&e);
    (PyErr::from_value(e), false)
}

/// Error handling for `err` raised at instruction `lasti` of `frame`, whose
/// stack top is `sp`: the traceback entry (unless it re-raises), then the
/// exception table. With a handler: its address and the new stack top, the
/// stack cut to the handler's depth and the exception pushed; without one,
/// the stack emptied (`frame.sp` 0) and the error back.
unsafe fn unwind(frame: &mut Frame, mut sp: *mut Option<Value>, lasti: u32, err: PyErr, reraise: bool) -> Result<(usize, *mut Option<Value>), PyErr> {
    frame.lasti = lasti;
    if !reraise {
        // A fresh exception (no traceback yet) is chained to the one being handled.
        if exc::as_exc(&err.exc).is_some_and(|e| e.traceback().is_none()) {
            set_context(&err.exc);
        }
        exc::add_traceback(&err.exc, frame, lasti);
    }
    let stack_base = frame.stack;
    match frame.code().code.handler_for(lasti) {
        Some(h) => {
            let target = stack_base.add(h.depth as usize);
            while sp > target {
                sp = sp.sub(1);
                drop(ptr::read(sp));
            }
            ptr::write(sp, Some(err.exc));
            Ok((h.handler as usize, sp.add(1)))
        }
        None => {
            while sp > stack_base {
                sp = sp.sub(1);
                drop(ptr::read(sp));
            }
            frame.sp = 0;
            Err(err)
        }
    }
}

/// Stores an instruction's result at `at` (the stack slot at `depth`), or raises.
#[inline(always)]
unsafe fn rt_result(frame: &mut Frame, ip: u32, depth: u32, r: PyResult<Value>) -> u32 {
    match r {
        Ok(v) => {
            ptr::write(stack_at(frame, depth), Some(v));
            jit::STEP_NEXT
        }
        Err(e) => rt_raise(frame, ip, depth, e),
    }
}

#[inline(always)]
unsafe fn instr_at(frame: &Frame, ip: u32) -> Instr {
    *frame.code().code.instrs.get_unchecked(ip as usize)
}

#[inline(always)]
unsafe fn arg_of(frame: &Frame, ip: u32) -> u32 {
    instr_at(frame, ip).arg
}

// The attribute instructions, through their caches when they have one.

#[inline(always)]
unsafe fn load_attr_op(code: &CodeObj, ins: Instr, obj: &Value) -> PyResult<Value> {
    let name = code.names.get_unchecked(ins.arg as usize);
    match code.attr_cache.get(ins.cache as usize) {
        Some(c) => attrcache::load_attr(c, obj, name),
        None => ops::getattr(obj, name),
    }
}

#[inline(always)]
unsafe fn store_attr_op(code: &CodeObj, ins: Instr, obj: &Value, v: Value) -> PyResult<()> {
    let name = code.names.get_unchecked(ins.arg as usize);
    match code.attr_cache.get(ins.cache as usize) {
        Some(c) => attrcache::store_attr(c, obj, name, v),
        None => ops::setattr(obj, name, Some(v)),
    }
}

#[inline(always)]
unsafe fn cached_load_method_op(code: &CodeObj, ins: Instr, obj: Value) -> PyResult<(Option<Value>, Value)> {
    let name = code.names.get_unchecked(ins.arg as usize);
    match code.attr_cache.get(ins.cache as usize) {
        Some(c) => attrcache::load_method(c, obj, name),
        None => load_method_op(obj, name),
    }
}

/// # Safety (all `rt_*` instruction functions)
/// `frame` is the running frame and `depth` its stack depth before the instruction at `ip`.
pub unsafe extern "C" fn rt_load_global(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let frame = &mut *frame;
    let r = load_global(frame, &*frame.code, arg_of(frame, ip));
    rt_result(frame, ip, depth, r)
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_load_attr(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let frame = &mut *frame;
    let obj = ptr::read(stack_at(frame, depth - 1)).unwrap_unchecked();
    frame.lasti = ip;
    let r = load_attr_op(&*frame.code, instr_at(frame, ip), &obj);
    drop(obj);
    rt_result(frame, ip, depth - 1, r)
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_store_attr(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let frame = &mut *frame;
    let obj = ptr::read(stack_at(frame, depth - 1)).unwrap_unchecked();
    let v = ptr::read(stack_at(frame, depth - 2)).unwrap_unchecked();
    frame.lasti = ip;
    match store_attr_op(&*frame.code, instr_at(frame, ip), &obj, v) {
        Ok(()) => jit::STEP_NEXT,
        Err(e) => rt_raise(frame, ip, depth - 2, e),
    }
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_load_method(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let frame = &mut *frame;
    let obj = ptr::read(stack_at(frame, depth - 1)).unwrap_unchecked();
    frame.lasti = ip;
    match cached_load_method_op(&*frame.code, instr_at(frame, ip), obj) {
        Ok((m, v)) => {
            ptr::write(stack_at(frame, depth - 1), m);
            ptr::write(stack_at(frame, depth), Some(v));
            jit::STEP_NEXT
        }
        Err(e) => rt_raise(frame, ip, depth - 1, e),
    }
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_call(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let frame = &mut *frame;
    let n = arg_of(frame, ip);
    let base = depth - n - 1;
    frame.lasti = ip;
    let fp = stack_at(frame, base);
    if let Some(status) = call_direct(frame, ip, fp, n as usize, base) {
        return status;
    }
    let r = match construct_op(site_cache(frame, ip), fp, n as usize) {
        Some(r) => r,
        None => call_op(fp, n as usize),
    };
    rt_result(frame, ip, base, r)
}

/// A call from compiled code of the function at `fp`, with the `n` values
/// above it, when its code is compiled and takes exactly those: the callee
/// runs in a frame built straight from the arena (`call_compiled`) and the
/// result goes to the stack slot at `result`. None (nothing done) for any
/// other call.
#[inline(always)]
unsafe fn call_direct(frame: &mut Frame, ip: u32, fp: *mut Option<Value>, n: usize, result: u32) -> Option<u32> {
    if !(*fp).as_ref().unwrap_unchecked().is_type(&crate::objects::function::FUNCTION_TYPE) {
        return None;
    }
    Some(match super::call_compiled(fp, fp.add(1), n, stack_at(frame, result) as *mut u64)? {
        jit::EXIT_RETURN => jit::STEP_NEXT,
        _ => rt_raise(frame, ip, result, jit::take_pending()),
    })
}

/// A call site's inline cache (`tern_ic::instruction_site`) matched the callee at
/// `fp`: a function it saw with compiled code taking exactly the `n` values
/// above it, so only the room checks remain (`enter_compiled`); the result
/// goes to `out`, the instruction's result slot. Without room, the
/// instruction's full path (`rt_call` or `rt_call_method`).
///
/// # Safety
/// `frame` runs a `Call` or `CallMethod` at `ip` with `depth` values on its
/// stack; the site's cache vouches for the callee.
pub unsafe extern "C" fn rt_call_known(frame: *mut Frame, ip: u32, depth: u32, fp: *mut Option<Value>, n: usize, out: *mut Option<Value>) -> u32 {
    let fr = &mut *frame;
    fr.lasti = ip;
    match super::enter_compiled(fp, fp.add(1), n, out as *mut u64) {
        Some(jit::EXIT_RETURN) => jit::STEP_NEXT,
        Some(_) => rt_raise(fr, ip, out.offset_from(fr.stack) as u32, jit::take_pending()),
        None if instr_at(fr, ip).op == Opcode::CallMethod => rt_call_method(frame, ip, depth),
        None => rt_call(frame, ip, depth),
    }
}

/// A call site's inline cache (`tern_ic::instruction_site`) matched the class
/// being called (metaclass `type`) with one of its `CONSTRUCT` entries,
/// whose `__init__` function is all that calling it with the instruction's
/// arguments runs: the instance is made and that function entered, with no
/// lookup.
///
/// # Safety
/// `frame` runs a `Call` at `ip` with `depth` values on its stack; `entry`
/// is one of its cache's entries, whose version the class has.
pub unsafe extern "C" fn rt_construct_known(frame: *mut Frame, ip: u32, depth: u32, entry: *const attrcache::AttrEntry) -> u32 {
    let fr = &mut *frame;
    let n = arg_of(fr, ip);
    let base = depth - n - 1;
    fr.lasti = ip;
    // A new reference: `__init__` may replace itself on the class.
    let init = Value::clone_raw((*entry).value.get()).unwrap_unchecked();
    let r = construct_with(&init, stack_at(fr, base), n as usize);
    rt_result(fr, ip, base, r)
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_call_kw(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let frame = &mut *frame;
    let n = arg_of(frame, ip);
    let kwnames = ptr::read(stack_at(frame, depth - 1)).unwrap_unchecked();
    let base = depth - 1 - n - 1;
    frame.lasti = ip;
    let r = call_kw_op(stack_at(frame, base), n as usize, kwnames);
    rt_result(frame, ip, base, r)
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_call_method(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let frame = &mut *frame;
    let n = arg_of(frame, ip);
    let base = depth - n - 2;
    frame.lasti = ip;
    let mp = stack_at(frame, base);
    // [method, self, args...] or [NULL, callable, args...]
    let direct = match &*mp {
        Some(_) => call_direct(frame, ip, mp, n as usize + 1, base),
        None => call_direct(frame, ip, mp.add(1), n as usize, base),
    };
    if let Some(status) = direct {
        return status;
    }
    let r = call_method_op(mp, n as usize);
    rt_result(frame, ip, base, r)
}

/// The cache of the instruction at `ip` (None without one, or with `TERN_IC=0`).
#[inline(always)]
unsafe fn site_cache<'a>(frame: *mut Frame, ip: u32) -> Option<&'a AttrCache> {
    let code = &*(*frame).code;
    code.attr_cache.get(instr_at(&*frame, ip).cache as usize)
}

/// Pops two operands, pushes `f(a, b, arg)`: `BinaryOp`, `CompareOp`, `BinarySubscr`.
#[inline(always)]
unsafe fn rt_binary(frame: *mut Frame, ip: u32, depth: u32, f: impl FnOnce(Value, Value, u32) -> PyResult<Value>) -> u32 {
    let frame = &mut *frame;
    let b = ptr::read(stack_at(frame, depth - 1)).unwrap_unchecked();
    let a = ptr::read(stack_at(frame, depth - 2)).unwrap_unchecked();
    frame.lasti = ip;
    let r = f(a, b, arg_of(frame, ip));
    rt_result(frame, ip, depth - 2, r)
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_binary_op(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let cache = site_cache(frame, ip);
    rt_binary(frame, ip, depth, |a, b, arg| binary_op(a, b, arg, cache, |_| {}))
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_compare_op(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let cache = site_cache(frame, ip);
    rt_binary(frame, ip, depth, |a, b, arg| compare_op(a, b, arg, cache, |_| {}))
}

/// An operator site's inline cache (`tern_ic::instruction_site`) matched the
/// operands' class at `entry` (a `DUNDER` entry with a function: both
/// operands are instances of that class at that version): the function is
/// called with no lookup, then CPython's rules for equal types, as
/// `binary_op` and `compare_op` do on a cache hit.
///
/// # Safety
/// `frame` runs a `BinaryOp` or `CompareOp` at `ip` with `depth` values on
/// its stack; `entry` is one of the instruction's cache entries, whose
/// version the operands' class has.
pub unsafe extern "C" fn rt_operator_known(frame: *mut Frame, ip: u32, depth: u32, entry: *const attrcache::AttrEntry) -> u32 {
    // A new reference: the call may replace the method on the class.
    let f = Value::clone_raw((*entry).value.get()).unwrap_unchecked();
    let ins = instr_at(&*frame, ip);
    rt_binary(frame, ip, depth, |a, b, arg| {
        if ins.op == Opcode::CompareOp {
            ops::same_type_compare(&f, &a, &b, CmpOp::from_arg(arg))
        } else {
            let (op, inplace) = BinOp::decode(arg);
            ops::same_type_binop(&f, &a, &b, op, inplace)
        }
    })
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_binary_subscr(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    jit::forget_missed();
    rt_binary(frame, ip, depth, |obj, key, _| ops::get_item(&obj, &key))
}

/// `BinarySubscr` whose subscript site's inline cache (`tern_ic`) matched an
/// exact dict and a small-int or exact-str key: the dict's own lookup, with
/// no dispatch on the operands' types (none at all when compiled code's
/// inline lookup just found the key missing, `jit::take_missed`); a missing
/// key raises KeyError, and a lookup the dict declines natively takes the
/// full path.
pub unsafe extern "C" fn rt_dict_subscr_known(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let a = stack_at(&*frame, depth - 2);
    let k = a.add(1);
    let (d, key) = ((*a).as_ref().unwrap_unchecked().bits(), (*k).as_ref().unwrap_unchecked().bits());
    // Compiled code's inline lookup may have just found the key missing.
    if !jit::take_missed(d, key) {
        match jit::dict_lookup(d, key) {
            Ok(Some(v)) => {
                let (obj, key) = (ptr::read(a), ptr::read(k));
                ptr::write(a, Some(v));
                drop((obj, key));
                return jit::STEP_NEXT;
            }
            Ok(None) => {}
            // Not decidable natively: the full path.
            Err(()) => return rt_binary_subscr(frame, ip, depth),
        }
    }
    rt_binary(frame, ip, depth, |_, key, _| Err(crate::error::key_error(key)))
}

/// `StoreSubscr` whose site's inline cache matched an exact dict and a
/// small-int or exact-str key, as `rt_dict_subscr_known`.
pub unsafe extern "C" fn rt_dict_store_subscr_known(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let v = stack_at(&*frame, depth - 3);
    let word = |p: *mut Option<Value>| (*p).as_ref().unwrap_unchecked().bits();
    if jit::rt_dict_set(word(v.add(1)), word(v.add(2)), word(v)) == 0 {
        return rt_store_subscr(frame, ip, depth);
    }
    // The dict took references of its own.
    drop((ptr::read(v), ptr::read(v.add(1)), ptr::read(v.add(2))));
    jit::STEP_NEXT
}

/// `CallEx`: `f(*args)` or `f(*args, **kwargs)`.
fn call_ex_op(f: &Value, args: &Value, kwargs: Option<&Value>) -> PyResult<Value> {
    let argv: Vec<Value> = match tuple_items(args) {
        Some(t) => t.to_vec(),
        None => ops::collect(args).map_err(|e| {
            if ops::is_iterable(args) {
                e
            } else {
                type_error(format!("{} argument after * must be an iterable, not {}", func_display(f), args.ty().name()))
            }
        })?,
    };
    crate::call::call_ex(f, &argv, kwargs)
}

/// `BuildMap`: a dict of the key, value pairs in `items`.
fn build_map_op(items: Vec<Value>) -> PyResult<Value> {
    let d = crate::objects::dict::new_dict();
    let dd = unsafe { d.downcast_unchecked::<DictObject>() };
    let mut it = items.into_iter();
    while let (Some(k), Some(v)) = (it.next(), it.next()) {
        dd.set(k, v)?;
    }
    Ok(d)
}

/// `BuildString`: the strs in `parts` joined.
fn build_string_op(parts: Vec<Value>) -> Value {
    crate::objects::str::join(None, parts.iter().filter_map(|v| v.downcast::<crate::objects::str::StrObject>()))
}

/// `FormatValue`: `v` converted as `arg` says, then formatted with `spec`.
fn format_value_op(v: Value, spec: Option<&Value>, arg: u32) -> PyResult<Value> {
    let v = match arg & format_value::CONV_MASK {
        format_value::CONV_STR => ops::str_(&v)?,
        format_value::CONV_REPR => ops::repr(&v)?,
        format_value::CONV_ASCII => {
            let r = ops::repr_string(&v)?;
            crate::objects::str::new_str(crate::objects::str::ascii_escape(&r))
        }
        _ => v,
    };
    ops::format(&v, spec.and_then(as_str).unwrap_or(""))
}

/// `UnpackEx` (`arg`: the names before the starred one, and 256 times
/// those after): the values written from `at` up in the order the
/// interpreter pushes them (the last first, the starred list, the first on top).
unsafe fn unpack_ex_op(seq: &Value, arg: u32, at: *mut Option<Value>) -> PyResult<()> {
    let before = (arg & 0xff) as usize;
    let after = (arg >> 8) as usize;
    let items = unpack_generic(seq, before, Some(after))?;
    let n = items.len();
    let mut it = items.into_iter();
    let head: Vec<Value> = (&mut it).take(before).collect();
    let mid: Vec<Value> = (&mut it).take(n - before - after).collect();
    let tail: Vec<Value> = it.collect();
    let mut k = 0;
    let mut put = |v: Value| {
        ptr::write(at.add(k), Some(v));
        k += 1;
    };
    tail.into_iter().rev().for_each(&mut put);
    put(new_list(mid));
    head.into_iter().rev().for_each(&mut put);
    Ok(())
}

/// `WithExceptStart`: the context manager's `__exit__` (`exit`) called
/// with the exception `e` being handled.
fn with_except_start_op(e: &Value, exit: &Value) -> PyResult<Value> {
    let tb = exc::as_exc(e).and_then(|x| x.traceback()).unwrap_or_else(none);
    crate::call::call(exit, &[e.ty().as_value(), e.clone(), tb], None)
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_with_except_start(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let frame = &mut *frame;
    frame.lasti = ip;
    let e = (*stack_at(frame, depth - 1)).as_ref().unwrap_unchecked();
    let exit = (*stack_at(frame, depth - 3)).as_ref().unwrap_unchecked();
    let r = with_except_start_op(e, exit);
    rt_result(frame, ip, depth, r)
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_before_with(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let frame = &mut *frame;
    let at = stack_at(frame, depth - 1);
    let ctx = ptr::read(at).unwrap_unchecked();
    frame.lasti = ip;
    match before_with(&ctx) {
        Ok((exit, res)) => {
            ptr::write(at, Some(exit));
            ptr::write(at.add(1), Some(res));
            jit::STEP_NEXT
        }
        Err(e) => rt_raise(frame, ip, depth - 1, e),
    }
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_call_ex(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let frame = &mut *frame;
    let has_kw = arg_of(frame, ip) & 1;
    let base = depth - 2 - has_kw;
    frame.lasti = ip;
    let kwargs = if has_kw != 0 { Some(ptr::read(stack_at(frame, depth - 1)).unwrap_unchecked()) } else { None };
    let args = ptr::read(stack_at(frame, base + 1)).unwrap_unchecked();
    let f = ptr::read(stack_at(frame, base)).unwrap_unchecked();
    let r = call_ex_op(&f, &args, kwargs.as_ref());
    drop((f, args, kwargs));
    rt_result(frame, ip, base, r)
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_build_map(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let frame = &mut *frame;
    let base = depth - 2 * arg_of(frame, ip);
    frame.lasti = ip;
    let r = build_map_op(take_values(stack_at(frame, base), (depth - base) as usize));
    rt_result(frame, ip, base, r)
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_build_string(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let frame = &mut *frame;
    let base = depth - arg_of(frame, ip);
    let s = build_string_op(take_values(stack_at(frame, base), (depth - base) as usize));
    rt_result(frame, ip, base, Ok(s))
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_format_value(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let frame = &mut *frame;
    let arg = arg_of(frame, ip);
    let has_spec = (arg & format_value::HAS_SPEC != 0) as u32;
    let base = depth - 1 - has_spec;
    frame.lasti = ip;
    let spec = if has_spec != 0 { Some(ptr::read(stack_at(frame, depth - 1)).unwrap_unchecked()) } else { None };
    let v = ptr::read(stack_at(frame, base)).unwrap_unchecked();
    let r = format_value_op(v, spec.as_ref(), arg);
    drop(spec);
    rt_result(frame, ip, base, r)
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_dict_merge(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let frame = &mut *frame;
    let arg = arg_of(frame, ip);
    frame.lasti = ip;
    let m = ptr::read(stack_at(frame, depth - 1)).unwrap_unchecked();
    let d = (*stack_at(frame, depth - 1 - arg)).as_ref().unwrap_unchecked();
    let func = (*stack_at(frame, depth - 3 - arg)).as_ref().unwrap_unchecked();
    match dict_update(d, &m, Some(func)) {
        Ok(()) => jit::STEP_NEXT,
        Err(e) => {
            drop(m);
            rt_raise(frame, ip, depth - 1, e)
        }
    }
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_unpack_ex(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let frame = &mut *frame;
    let at = stack_at(frame, depth - 1);
    let seq = ptr::read(at).unwrap_unchecked();
    frame.lasti = ip;
    match unpack_ex_op(&seq, arg_of(frame, ip), at) {
        Ok(()) => jit::STEP_NEXT,
        Err(e) => rt_raise(frame, ip, depth - 1, e),
    }
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_unary_negative(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    rt_unary(frame, ip, depth, ops::neg)
}

/// A unary instruction: `f` of the top value, whose place the result takes.
#[inline(always)]
unsafe fn rt_unary(frame: *mut Frame, ip: u32, depth: u32, f: fn(&Value) -> PyResult<Value>) -> u32 {
    let frame = &mut *frame;
    let v = ptr::read(stack_at(frame, depth - 1)).unwrap_unchecked();
    frame.lasti = ip;
    let r = f(&v);
    drop(v);
    rt_result(frame, ip, depth - 1, r)
}

/// `PopJumpIfFalse`/`PopJumpIfTrue` on a value that is not a bool:
/// `STEP_JUMP` when the jump is taken, else `STEP_NEXT`.
pub unsafe extern "C" fn rt_pop_jump_if(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let frame = &mut *frame;
    let v = ptr::read(stack_at(frame, depth - 1)).unwrap_unchecked();
    frame.lasti = ip;
    let t = ops::truthy(&v);
    drop(v);
    match t {
        Ok(t) => {
            let jump_if = frame.code().code.instrs.get_unchecked(ip as usize).op == Opcode::PopJumpIfTrue;
            if t == jump_if {
                jit::STEP_JUMP
            } else {
                jit::STEP_NEXT
            }
        }
        Err(e) => rt_raise(frame, ip, depth - 1, e),
    }
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_contains_op(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    rt_binary(frame, ip, depth, contains_op)
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_store_subscr(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let frame = &mut *frame;
    let key = ptr::read(stack_at(frame, depth - 1)).unwrap_unchecked();
    let obj = ptr::read(stack_at(frame, depth - 2)).unwrap_unchecked();
    let v = ptr::read(stack_at(frame, depth - 3)).unwrap_unchecked();
    frame.lasti = ip;
    match ops::set_item(&obj, &key, v) {
        Ok(()) => jit::STEP_NEXT,
        Err(e) => rt_raise(frame, ip, depth - 3, e),
    }
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_get_iter(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    rt_unary(frame, ip, depth, ops::iter)
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_unpack_sequence(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let frame = &mut *frame;
    let at = stack_at(frame, depth - 1);
    let seq = ptr::read(at).unwrap_unchecked();
    frame.lasti = ip;
    match unpack_sequence_op(seq, arg_of(frame, ip) as usize, at) {
        Ok(()) => jit::STEP_NEXT,
        Err(e) => rt_raise(frame, ip, depth - 1, e),
    }
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_build_tuple(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let n = arg_of(&*frame, ip) as usize;
    let at = stack_at(&*frame, depth - n as u32);
    // The operands (all set) move into the tuple, which takes the first one's slot.
    ptr::write(at, Some(crate::objects::tuple::new_tuple_moved(at as *const Value, n)));
    jit::STEP_NEXT
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_build_list(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    rt_build(&*frame, ip, depth, new_list)
}

/// Replaces the instruction's operands with `make(operands)`.
#[inline(always)]
unsafe fn rt_build(frame: &Frame, ip: u32, depth: u32, make: fn(Vec<Value>) -> Value) -> u32 {
    let n = arg_of(frame, ip);
    let at = stack_at(frame, depth - n);
    ptr::write(at, Some(make(take_values(at, n as usize))));
    jit::STEP_NEXT
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_make_function(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let frame = &mut *frame;
    let arg = arg_of(frame, ip);
    let mut d = depth;
    let f = make_function_op(frame.globals.clone(), arg, || {
        d -= 1;
        ptr::read(stack_at(frame, d)).unwrap_unchecked()
    });
    ptr::write(stack_at(frame, d), Some(f));
    jit::STEP_NEXT
}

/// `MakeFunction`: a function of the code object `pop` gives first, then
/// (as `arg`'s flags say) its closure, annotations, keyword defaults and
/// defaults, popped in that order.
#[inline(always)]
fn make_function_op(globals: Value, arg: u32, mut pop: impl FnMut() -> Value) -> Value {
    let code_v = pop();
    let mut opt = |flag: u32| (arg & flag != 0).then(&mut pop);
    let closure = opt(make_function::CLOSURE);
    let ann = opt(make_function::ANNOTATIONS);
    let kwd = opt(make_function::KWDEFAULTS);
    let defs = opt(make_function::DEFAULTS);
    crate::objects::function::new_function(code_v, globals, defs, kwd, closure, ann)
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_build_slice(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let frame = &mut *frame;
    let n = arg_of(frame, ip);
    let at = stack_at(frame, depth - n);
    ptr::write(at, Some(build_slice_op(at, n)));
    jit::STEP_NEXT
}

/// A `BuildSlice` at `ip` whose slice the `BinarySubscr` or `StoreSubscr`
/// right after takes at once (tier 1 runs the two together): the subscript
/// by the bounds, with no slice object for the built-in sequences
/// (`ops::get_slice`, `ops::set_slice`). Errors are the subscript's.
pub unsafe extern "C" fn rt_slice_subscr(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let frame = &mut *frame;
    let n = arg_of(frame, ip);
    let at = stack_at(frame, depth - n);
    let step = if n == 3 { ptr::read(at.add(2)).unwrap_unchecked() } else { none() };
    let stop = ptr::read(at.add(1)).unwrap_unchecked();
    let start = ptr::read(at).unwrap_unchecked();
    let obj = ptr::read(stack_at(frame, depth - n - 1)).unwrap_unchecked();
    let sub = ip + 1;
    frame.lasti = sub;
    if instr_at(frame, sub).op == Opcode::BinarySubscr {
        let r = ops::get_slice(&obj, start, stop, step);
        drop(obj);
        return rt_result(frame, sub, depth - n - 1, r);
    }
    let v = ptr::read(stack_at(frame, depth - n - 2)).unwrap_unchecked();
    match ops::set_slice(&obj, start, stop, step, v) {
        Ok(()) => jit::STEP_NEXT,
        Err(e) => rt_raise(frame, sub, depth - n - 2, e),
    }
}

/// `BuildSlice`: a slice of the `n` (2 or 3) stack values at `at`, consumed.
#[inline(always)]
unsafe fn build_slice_op(at: *mut Option<Value>, n: u32) -> Value {
    let step = if n == 3 { ptr::read(at.add(2)).unwrap_unchecked() } else { none() };
    let stop = ptr::read(at.add(1)).unwrap_unchecked();
    let start = ptr::read(at).unwrap_unchecked();
    crate::objects::slice::new_slice(start, stop, step)
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_list_append(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let frame = &mut *frame;
    let v = ptr::read(stack_at(frame, depth - 1)).unwrap_unchecked();
    let list = (*stack_at(frame, depth - 1 - arg_of(frame, ip))).as_ref().unwrap_unchecked();
    list.downcast_unchecked::<ListObject>().push(v);
    jit::STEP_NEXT
}

/// See `rt_load_global`: `yield from`/`await` sends the value on top to the
/// iterator below it; when that returns, continues at the instruction's target.
pub unsafe extern "C" fn rt_send(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    use crate::objects::generator::{send_to, SendResult};
    let frame = &mut *frame;
    let value = ptr::read(stack_at(frame, depth - 1)).unwrap_unchecked();
    let it = stack_at(frame, depth - 2);
    frame.lasti = ip;
    match send_to((*it).as_ref().unwrap_unchecked(), value) {
        Ok(SendResult::Yielded(v)) => {
            ptr::write(stack_at(frame, depth - 1), Some(v));
            jit::STEP_NEXT
        }
        Ok(SendResult::Returned(v)) => {
            drop(ptr::replace(it, Some(v)));
            frame.ip = arg_of(frame, ip);
            jit::STEP_GOTO
        }
        Err(e) => rt_raise(frame, ip, depth - 1, e),
    }
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_push_exc_info(frame: *mut Frame, _ip: u32, depth: u32) -> u32 {
    let frame = &mut *frame;
    let at = stack_at(frame, depth - 1);
    let e = ptr::read(at).unwrap_unchecked();
    ptr::write(at, Some(ts().swap_handled(e.clone())));
    ptr::write(at.add(1), Some(e));
    jit::STEP_NEXT
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_pop_except(frame: *mut Frame, _ip: u32, depth: u32) -> u32 {
    let prev = ptr::read(stack_at(&*frame, depth - 1)).unwrap_unchecked();
    drop(ts().swap_handled(prev));
    jit::STEP_NEXT
}

/// See `rt_load_global`.
pub unsafe extern "C" fn rt_check_exc_match(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let frame = &mut *frame;
    let t = ptr::read(stack_at(frame, depth - 1)).unwrap_unchecked();
    frame.lasti = ip;
    let m = exception_matches((*stack_at(frame, depth - 2)).as_ref().unwrap_unchecked(), &t);
    drop(t);
    rt_result(frame, ip, depth - 1, m.map(new_bool))
}

/// Moves `n` stack values starting at `at` out into a vector.
#[inline(always)]
unsafe fn take_values(at: *mut Option<Value>, n: usize) -> Vec<Value> {
    (0..n).map(|i| ptr::read(at.add(i)).unwrap_unchecked()).collect()
}

/// `UnpackSequence`: `seq`'s `n` items written at `at`, last item first
/// (the stack order); nothing written on error.
#[inline(always)]
unsafe fn unpack_sequence_op(seq: Value, n: usize, at: *mut Option<Value>) -> PyResult<()> {
    let write = |items: &mut dyn DoubleEndedIterator<Item = Value>| {
        for (k, v) in items.rev().enumerate() {
            ptr::write(at.add(k), Some(v));
        }
    };
    if let Some(t) = seq.downcast_exact::<TupleObject>() {
        if t.len() == n {
            write(&mut t.items().iter().cloned());
            return Ok(());
        }
    } else if let Some(l) = seq.downcast_exact::<ListObject>() {
        if l.len() == n {
            write(&mut l.snapshot().into_iter());
            return Ok(());
        }
    }
    write(&mut unpack_generic(&seq, n, None)?.into_iter());
    Ok(())
}

/// See `rt_load_global`; exhausted: pops the iterator and continues at the
/// loop exit (`STEP_GOTO`).
pub unsafe extern "C" fn rt_for_iter(frame: *mut Frame, ip: u32, depth: u32) -> u32 {
    let frame = &mut *frame;
    let it = stack_at(frame, depth - 1);
    frame.lasti = ip;
    let iter = (*it).as_ref().unwrap_unchecked();
    // `for i, x in enumerate(xs)`: the two values as `UnpackSequence` would
    // leave them (the first on top), and on past it, with no tuple made.
    let pair = if tern_frontend::flow::unpacks_pair(&frame.code().code, ip as usize) {
        crate::objects::iter::next_pair(iter)
    } else {
        None
    };
    let more = match pair {
        Some(Ok(Some((a, b)))) => {
            ptr::write(it.add(1), Some(b));
            ptr::write(it.add(2), Some(a));
            frame.ip = ip + 2;
            return jit::STEP_GOTO;
        }
        Some(Ok(None)) => Ok(false),
        Some(Err(e)) => Err(e),
        None => for_iter_op(iter, |_| {}).map(|item| item.map(|v| ptr::write(it.add(1), Some(v))).is_some()),
    };
    match more {
        Ok(true) => jit::STEP_NEXT,
        Ok(false) => {
            drop(ptr::read(it));
            frame.ip = arg_of(frame, ip);
            jit::STEP_GOTO
        }
        Err(e) => rt_raise(frame, ip, depth, e),
    }
}

/// Raises `err` in `frame` at the instruction before `frame.ip` (where a
/// generator is suspended), as the interpreter does for `generator.throw()`:
/// Ok with `frame.ip`/`sp` at the handler, or the error if no handler takes it.
///
/// # Safety
/// `frame` is a suspended (or starting) frame with `ip` and `sp` current.
pub unsafe fn raise_at(frame: &mut Frame, err: PyErr) -> PyResult<()> {
    raise_in(frame, err, false)
}

/// `raise_at`, or with `reraise` an exception that goes on without a new
/// traceback entry for this frame.
unsafe fn raise_in(frame: &mut Frame, err: PyErr, reraise: bool) -> PyResult<()> {
    let sp = frame.stack.add(frame.sp as usize);
    let (handler, sp) = unwind(frame, sp, frame.ip.saturating_sub(1), err, reraise)?;
    frame.ip = handler as u32;
    frame.sp = sp.offset_from(frame.stack) as u32;
    Ok(())
}

/// A slice of owned stack values viewed as `&[Value]` (all slots are Some).
#[inline(always)]
unsafe fn as_values<'a>(p: *const Option<Value>, n: usize) -> &'a [Value] {
    std::slice::from_raw_parts(p as *const Value, n)
}

/// The interpreter loop. With `ONE`, it returns after one instruction (or
/// after an exception reached a handler), with `frame.ip`/`sp` stored and a
/// meaningless `Exit::Return` (see `rt_step`).
unsafe fn eval_inner<const ONE: bool>(frame: &mut Frame, throw: Option<PyErr>) -> PyResult<Exit> {
    let code_obj = &*frame.code;
    let code = &*code_obj.code;
    let instrs = code.instrs.as_ptr();
    let consts = code_obj.consts.as_ptr();
    let names = code_obj.names.as_ptr();
    let slots = frame.slots;
    let nlocals = code_obj.nlocals as usize;
    let stack_base = frame.stack;
    let mut sp = stack_base.add(frame.sp as usize);
    let mut ip = frame.ip as usize;
    let mut pending: Option<PyErr> = throw;
    let mut stepped = false;

    macro_rules! push {
        ($v:expr) => {{
            let v: Value = $v;
            ptr::write(sp, Some(v));
            sp = sp.add(1);
        }};
    }
    macro_rules! pop {
        () => {{
            sp = sp.sub(1);
            ptr::read(sp).unwrap_unchecked()
        }};
    }
    macro_rules! pop_opt {
        () => {{
            sp = sp.sub(1);
            ptr::read(sp)
        }};
    }
    macro_rules! top {
        () => {
            (*sp.sub(1)).as_ref().unwrap_unchecked()
        };
    }
    macro_rules! peek {
        ($n:expr) => {
            (*sp.sub($n)).as_ref().unwrap_unchecked()
        };
    }

    loop {
        // One pass of the inner loop runs instructions until an error.
        let (err, reraise): (PyErr, bool) = 'run: {
            if let Some(e) = pending.take() {
                break 'run (e, false);
            }
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => break 'run (e, false),
                    }
                };
            }
            loop {
                if ONE {
                    if stepped {
                        frame.ip = ip as u32;
                        frame.sp = sp.offset_from(stack_base) as u32;
                        return Ok(Exit::Return(none()));
                    }
                    stepped = true;
                }
                // `ip` moves past the instruction before it runs; an error's
                // instruction is `ip - 1` (jumps happen after anything that can raise).
                let ins = *instrs.add(ip);
                // The instruction being run, for frame objects' f_lineno/f_lasti
                // (volatile: frame objects read it while `frame` is borrowed here).
                ptr::write_volatile(ptr::addr_of_mut!(frame.lasti), ip as u32);
                ip += 1;
                let arg = ins.arg;
                match ins.op {
                    Opcode::Nop => {}
                    Opcode::PopTop => {
                        drop(pop_opt!());
                    }
                    Opcode::Copy => {
                        let v = (*sp.sub(arg as usize)).clone();
                        ptr::write(sp, v);
                        sp = sp.add(1);
                    }
                    Opcode::Swap => {
                        ptr::swap(sp.sub(1), sp.sub(arg as usize));
                    }
                    Opcode::PushNull => {
                        ptr::write(sp, None);
                        sp = sp.add(1);
                    }
                    Opcode::LoadConst => push!((*consts.add(arg as usize)).clone()),
                    Opcode::LoadFast => match &*slots.add(arg as usize) {
                        Some(v) => push!(v.clone()),
                        None => {
                            let name = code.varnames[arg as usize].clone();
                            break 'run (unbound_local(&name), false);
                        }
                    },
                    Opcode::StoreFast => {
                        let v = pop!();
                        let old = ptr::replace(slots.add(arg as usize), Some(v));
                        drop(old);
                    }
                    Opcode::DeleteFast => {
                        let old = ptr::replace(slots.add(arg as usize), None);
                        if old.is_none() {
                            break 'run (unbound_local(&code.varnames[arg as usize]), false);
                        }
                        drop(old);
                    }
                    Opcode::LoadDeref => match frame.cell(arg as usize).get() {
                        Some(v) => push!(v),
                        None => break 'run (deref_error(code, arg as usize), false),
                    },
                    Opcode::LoadClassDeref => {
                        let name = code.deref_name(arg as usize);
                        let key = crate::objects::str::intern(name);
                        let from_locals = match &frame.locals {
                            Some(l) => tri!(mapping_get(l, &key)),
                            None => None,
                        };
                        match from_locals {
                            Some(v) => push!(v),
                            None => match frame.cell(arg as usize).get() {
                                Some(v) => push!(v),
                                None => break 'run (deref_error(code, arg as usize), false),
                            },
                        }
                    }
                    Opcode::StoreDeref => {
                        let v = pop!();
                        frame.cell(arg as usize).set(Some(v));
                    }
                    Opcode::DeleteDeref => {
                        let c = frame.cell(arg as usize);
                        if c.is_empty() {
                            break 'run (deref_error(code, arg as usize), false);
                        }
                        c.set(None);
                    }
                    Opcode::LoadClosure => {
                        let c = (*slots.add(nlocals + arg as usize)).clone().unwrap_unchecked();
                        push!(c);
                    }
                    Opcode::LoadGlobal => push!(tri!(load_global(frame, code_obj, arg))),
                    Opcode::StoreGlobal => {
                        let v = pop!();
                        let name = (*names.add(arg as usize)).clone();
                        frame.globals.downcast_unchecked::<DictObject>().set_str(name, v);
                    }
                    Opcode::DeleteGlobal => {
                        let name = &*names.add(arg as usize);
                        if tri!(frame.globals.downcast_unchecked::<DictObject>().remove(name)).is_none() {
                            break 'run (name_error(frame, name), false);
                        }
                    }
                    Opcode::LoadName => {
                        let name = &*names.add(arg as usize);
                        let l = frame.locals.as_ref().unwrap_unchecked();
                        if let Some(v) = tri!(mapping_get(l, name)) {
                            push!(v);
                        } else if let Some(v) = frame.globals.downcast_unchecked::<DictObject>().get_str(name) {
                            push!(v);
                        } else if let Some(v) = frame.builtins.downcast_unchecked::<DictObject>().get_str(name) {
                            push!(v);
                        } else {
                            break 'run (name_error(frame, name), false);
                        }
                    }
                    Opcode::StoreName => {
                        let v = pop!();
                        let name = (*names.add(arg as usize)).clone();
                        let l = frame.locals.as_ref().unwrap_unchecked();
                        match l.downcast_exact::<DictObject>() {
                            Some(d) => d.set_str(name, v),
                            None => tri!(ops::set_item(l, &name, v)),
                        }
                    }
                    Opcode::DeleteName => {
                        let name = &*names.add(arg as usize);
                        let l = frame.locals.as_ref().unwrap_unchecked();
                        let found = match l.downcast_exact::<DictObject>() {
                            Some(d) => tri!(d.remove(name)).is_some(),
                            None => ops::del_item(l, name).is_ok(),
                        };
                        if !found {
                            break 'run (name_error(frame, name), false);
                        }
                    }
                    Opcode::LoadAttr => {
                        let obj = pop!();
                        let v = tri!(load_attr_op(code_obj, ins, &obj));
                        push!(v);
                    }
                    Opcode::StoreAttr => {
                        let obj = pop!();
                        let v = pop!();
                        tri!(store_attr_op(code_obj, ins, &obj, v));
                    }
                    Opcode::DeleteAttr => {
                        let obj = pop!();
                        tri!(ops::setattr(&obj, &*names.add(arg as usize), None));
                    }
                    Opcode::LoadMethod => {
                        let obj = pop!();
                        let (m, v) = tri!(cached_load_method_op(code_obj, ins, obj));
                        ptr::write(sp, m);
                        sp = sp.add(1);
                        push!(v);
                    }
                    Opcode::BinarySubscr => {
                        let key = pop!();
                        let obj = pop!();
                        feedback::note(code_obj, ip - 1, feedback::subscript(&obj, &key));
                        let v = tri!(ops::get_item(&obj, &key));
                        push!(v);
                    }
                    Opcode::StoreSubscr => {
                        let key = pop!();
                        let obj = pop!();
                        let v = pop!();
                        feedback::note(code_obj, ip - 1, feedback::subscript(&obj, &key));
                        tri!(ops::set_item(&obj, &key, v));
                    }
                    Opcode::DeleteSubscr => {
                        let key = pop!();
                        let obj = pop!();
                        tri!(ops::del_item(&obj, &key));
                    }
                    Opcode::BinaryOp => {
                        let b = pop!();
                        let a = pop!();
                        let fb = feedback::cell(code_obj, ip - 1);
                        push!(tri!(binary_op(a, b, arg, code_obj.attr_cache.get(ins.cache as usize), |k| fb.set(fb.get() | k))));
                    }
                    Opcode::UnaryNegative => {
                        let v = pop!();
                        push!(tri!(ops::neg(&v)));
                    }
                    Opcode::UnaryPositive => {
                        let v = pop!();
                        push!(tri!(ops::pos(&v)));
                    }
                    Opcode::UnaryInvert => {
                        let v = pop!();
                        push!(tri!(ops::invert(&v)));
                    }
                    Opcode::UnaryNot => {
                        let v = pop!();
                        let t = tri!(ops::truthy(&v));
                        push!(new_bool(!t));
                    }
                    Opcode::CompareOp => {
                        let b = pop!();
                        let a = pop!();
                        let fb = feedback::cell(code_obj, ip - 1);
                        push!(tri!(compare_op(a, b, arg, code_obj.attr_cache.get(ins.cache as usize), |k| fb.set(fb.get() | k))));
                    }
                    Opcode::IsOp => {
                        let b = pop!();
                        let a = pop!();
                        push!(new_bool(a.is(&b) != (arg == 1)));
                    }
                    Opcode::ContainsOp => {
                        let b = pop!();
                        let a = pop!();
                        push!(tri!(contains_op(a, b, arg)));
                    }
                    Opcode::BuildTuple => {
                        sp = sp.sub(arg as usize);
                        push!(crate::objects::tuple::new_tuple_moved(sp as *const Value, arg as usize));
                    }
                    Opcode::BuildList => {
                        sp = sp.sub(arg as usize);
                        push!(new_list(take_values(sp, arg as usize)));
                    }
                    Opcode::BuildSet => {
                        let n = arg as usize;
                        sp = sp.sub(n);
                        let items: Vec<Value> = (0..n).map(|i| ptr::read(sp.add(i)).unwrap_unchecked()).collect();
                        push!(tri!(crate::objects::set::new_set_from(items)));
                    }
                    Opcode::BuildMap => {
                        sp = sp.sub(2 * arg as usize);
                        push!(tri!(build_map_op(take_values(sp, 2 * arg as usize))));
                    }
                    Opcode::BuildString => {
                        sp = sp.sub(arg as usize);
                        push!(build_string_op(take_values(sp, arg as usize)));
                    }
                    Opcode::BuildSlice => {
                        sp = sp.sub(arg as usize);
                        push!(build_slice_op(sp, arg));
                    }
                    Opcode::ListAppend => {
                        let v = pop!();
                        peek!(arg as usize).downcast_unchecked::<ListObject>().push(v);
                    }
                    Opcode::SetAdd => {
                        let v = pop!();
                        tri!(crate::objects::set::set_add(peek!(arg as usize), v));
                    }
                    Opcode::MapAdd => {
                        let v = pop!();
                        let k = pop!();
                        tri!(peek!(arg as usize).downcast_unchecked::<DictObject>().set(k, v));
                    }
                    Opcode::ListExtend => {
                        let it = pop!();
                        let items = match ops::collect(&it) {
                            Ok(v) => v,
                            Err(e) => {
                                if e.matches(&exc::TYPE_ERROR) && !ops::is_iterable(&it) {
                                    break 'run (
                                        type_error(format!("Value after * must be an iterable, not {}", it.ty().name())),
                                        false,
                                    );
                                }
                                break 'run (e, false);
                            }
                        };
                        peek!(arg as usize).downcast_unchecked::<ListObject>().vec().extend(items);
                    }
                    Opcode::SetUpdate => {
                        let it = pop!();
                        let s = peek!(arg as usize).clone();
                        tri!(crate::objects::set::set_update(&s, &it));
                    }
                    Opcode::DictUpdate => {
                        let m = pop!();
                        let d = peek!(arg as usize).clone();
                        tri!(dict_update(&d, &m, None));
                    }
                    Opcode::DictMerge => {
                        let m = pop!();
                        let d = peek!(arg as usize).clone();
                        let func = peek!(arg as usize + 2).clone();
                        tri!(dict_update(&d, &m, Some(&func)));
                    }
                    Opcode::ListToTuple => {
                        let l = pop!();
                        push!(new_tuple(l.downcast_unchecked::<ListObject>().snapshot()));
                    }
                    Opcode::UnpackSequence => {
                        let seq = pop!();
                        tri!(unpack_sequence_op(seq, arg as usize, sp));
                        sp = sp.add(arg as usize);
                    }
                    Opcode::UnpackEx => {
                        let seq = pop!();
                        tri!(unpack_ex_op(&seq, arg, sp));
                        sp = sp.add(((arg & 0xff) + 1 + (arg >> 8)) as usize);
                    }
                    Opcode::GetIter => {
                        let v = pop!();
                        push!(tri!(ops::iter(&v)));
                    }
                    Opcode::ForIter => {
                        let fb = feedback::cell(code_obj, ip - 1);
                        match tri!(for_iter_op(top!(), |k| fb.set(fb.get() | k))) {
                            Some(v) => push!(v),
                            None => {
                                drop(pop!());
                                ip = arg as usize;
                            }
                        }
                    }
                    Opcode::Jump => ip = arg as usize,
                    Opcode::JumpBackward => {
                        code_obj.counter.set(code_obj.counter.get().wrapping_add(1));
                        if INTERRUPTED.load(Ordering::Relaxed) {
                            // Signals: Python handlers run here (SIGINT's raises KeyboardInterrupt).
                            if let Err(e) = crate::modules::signal::check_signals() {
                                break 'run (e, false);
                            }
                        }
                        ip = arg as usize;
                        if !ONE && code_obj.counter.get() >= jit::threshold() && !matches!(code_obj.tier.get(), Tier::Failed) {
                            let depth = sp.offset_from(stack_base) as u32;
                            if let Some(r) = jit::osr(code_obj, frame, arg, depth) {
                                return r;
                            }
                        }
                    }
                    Opcode::PopJumpIfFalse => {
                        let v = pop!();
                        let t = if is_true_obj(&v) {
                            true
                        } else if is_false_obj(&v) {
                            false
                        } else {
                            tri!(ops::truthy(&v))
                        };
                        if !t {
                            ip = arg as usize;
                        }
                    }
                    Opcode::PopJumpIfTrue => {
                        let v = pop!();
                        let t = if is_true_obj(&v) {
                            true
                        } else if is_false_obj(&v) {
                            false
                        } else {
                            tri!(ops::truthy(&v))
                        };
                        if t {
                            ip = arg as usize;
                        }
                    }
                    Opcode::PopJumpIfNone => {
                        let v = pop!();
                        if is_none(&v) {
                            ip = arg as usize;
                        }
                    }
                    Opcode::PopJumpIfNotNone => {
                        let v = pop!();
                        if !is_none(&v) {
                            ip = arg as usize;
                        }
                    }
                    Opcode::JumpIfFalseOrPop => {
                        let t = tri!(ops::truthy(top!()));
                        if !t {
                            ip = arg as usize;
                        } else {
                            drop(pop!());
                        }
                    }
                    Opcode::JumpIfTrueOrPop => {
                        let t = tri!(ops::truthy(top!()));
                        if t {
                            ip = arg as usize;
                        } else {
                            drop(pop!());
                        }
                    }
                    Opcode::Call => {
                        let fp = sp.sub(arg as usize + 1);
                        feedback::note(code_obj, ip - 1, feedback::call((*fp).as_ref().unwrap_unchecked(), fp.add(1), arg as usize));
                        let r = match construct_op(code_obj.attr_cache.get(ins.cache as usize), fp, arg as usize) {
                            Some(r) => r,
                            None => call_op(fp, arg as usize),
                        };
                        sp = fp;
                        push!(tri!(r));
                    }
                    Opcode::CallKw => {
                        let kwnames = pop!();
                        let fp = sp.sub(arg as usize + 1);
                        let r = call_kw_op(fp, arg as usize, kwnames);
                        sp = fp;
                        push!(tri!(r));
                    }
                    Opcode::CallMethod => {
                        let mp = sp.sub(arg as usize + 2);
                        let r = call_method_op(mp, arg as usize);
                        sp = mp;
                        push!(tri!(r));
                    }
                    Opcode::CallMethodKw => {
                        let kwnames = pop!();
                        let names_t = tuple_items(&kwnames).unwrap_unchecked();
                        let n = arg as usize;
                        let nk = names_t.len();
                        let mp = sp.sub(n + 2);
                        let kwv = as_values(sp.sub(nk), nk);
                        let kw = Kw { names: names_t, values: kwv };
                        let r = match &*mp {
                            Some(m) => crate::call::call_with_self(m, as_values(mp.add(1), n + 1 - nk), Some(&kw)),
                            None => crate::call::call((*mp.add(1)).as_ref().unwrap_unchecked(), as_values(mp.add(2), n - nk), Some(&kw)),
                        };
                        for i in 0..n + 2 {
                            drop(ptr::read(mp.add(i)));
                        }
                        sp = mp;
                        push!(tri!(r));
                    }
                    Opcode::CallEx => {
                        let kwargs = if arg & 1 != 0 { Some(pop!()) } else { None };
                        let args = pop!();
                        let f = pop!();
                        push!(tri!(call_ex_op(&f, &args, kwargs.as_ref())));
                    }
                    Opcode::MakeFunction => {
                        let f = make_function_op(frame.globals.clone(), arg, || pop!());
                        push!(f);
                    }
                    Opcode::LoadBuildClass => {
                        let b = frame.builtins.downcast_unchecked::<DictObject>();
                        match b.get_str(&crate::objects::str::intern_static("__build_class__")) {
                            Some(v) => push!(v),
                            None => break 'run (PyErr::new(&exc::NAME_ERROR, "__build_class__ not found"), false),
                        }
                    }
                    Opcode::ReturnValue => {
                        let v = pop!();
                        frame.sp = sp.offset_from(stack_base) as u32;
                        frame.ip = ip as u32;
                        return Ok(Exit::Return(v));
                    }
                    Opcode::YieldValue => {
                        let v = pop!();
                        frame.sp = sp.offset_from(stack_base) as u32;
                        frame.ip = ip as u32;
                        frame.lasti = (ip - 1) as u32;
                        return Ok(Exit::Yield(v));
                    }
                    Opcode::AsyncGenWrap => {
                        let v = pop!();
                        push!(crate::objects::generator::async_gen_wrap(v));
                    }
                    Opcode::GetYieldFromIter => {
                        let v = pop!();
                        if v.downcast::<crate::objects::generator::GeneratorObject>().is_some() {
                            push!(v);
                        } else {
                            push!(tri!(ops::iter(&v)));
                        }
                    }
                    Opcode::Send => {
                        let value = pop!();
                        let it = top!().clone();
                        match tri!(crate::objects::generator::send_to(&it, value)) {
                            crate::objects::generator::SendResult::Yielded(v) => push!(v),
                            crate::objects::generator::SendResult::Returned(v) => {
                                drop(pop!());
                                push!(v);
                                ip = arg as usize;
                            }
                        }
                    }
                    Opcode::RaiseVarargs => {
                        let cause = if arg >= 2 { Some(pop!()) } else { None };
                        let exc = if arg >= 1 { Some(pop!()) } else { None };
                        break 'run raise_varargs_op(exc, cause);
                    }
                    Opcode::Reraise => {
                        let e = pop!();
                        break 'run (PyErr::from_value(e), true);
                    }
                    Opcode::PushExcInfo => {
                        let e = pop!();
                        let prev = ts().swap_handled(e.clone());
                        push!(prev);
                        push!(e);
                    }
                    Opcode::PopExcept => {
                        let prev = pop!();
                        drop(ts().swap_handled(prev));
                    }
                    Opcode::CheckExcMatch => {
                        let t = pop!();
                        let e = top!();
                        let m = tri!(exception_matches(e, &t));
                        push!(new_bool(m));
                    }
                    Opcode::BeforeWith => {
                        let ctx = pop!();
                        let (exit, res) = tri!(before_with(&ctx));
                        push!(exit);
                        push!(res);
                    }
                    Opcode::WithExceptStart => {
                        let r = tri!(with_except_start_op(top!(), peek!(3)));
                        push!(r);
                    }
                    Opcode::LoadAssertionError => push!(exc::ASSERTION_ERROR.as_value()),
                    Opcode::ImportName => {
                        let fromlist = pop!();
                        let level = pop!();
                        let name = &*names.add(arg as usize);
                        let m = tri!(crate::import::import_name(name, &frame.globals, &fromlist, &level));
                        push!(m);
                    }
                    Opcode::ImportFrom => {
                        let name = &*names.add(arg as usize);
                        let v = tri!(crate::import::import_from(top!(), name));
                        push!(v);
                    }
                    Opcode::ImportStar => {
                        let m = pop!();
                        let l = frame.locals.clone().unwrap_or_else(|| frame.globals.clone());
                        tri!(crate::import::import_star(&m, &l));
                    }
                    Opcode::FormatValue => {
                        let spec = if arg & format_value::HAS_SPEC != 0 { Some(pop!()) } else { None };
                        let v = pop!();
                        push!(tri!(format_value_op(v, spec.as_ref(), arg)));
                    }
                    Opcode::MatchPattern => {
                        let n = arg as usize;
                        let base = sp.sub(n + 2);
                        let r = {
                            let subject = (*base).as_ref().unwrap_unchecked();
                            let desc = (*base.add(1)).as_ref().unwrap_unchecked();
                            super::patterns::match_case(desc, subject, as_values(base.add(2), n))
                        };
                        for i in 0..n + 2 {
                            drop(ptr::read(base.add(i)));
                        }
                        sp = base;
                        push!(tri!(r).unwrap_or_else(none));
                    }
                    Opcode::CheckEgMatch => {
                        let t = pop!();
                        let e = pop!();
                        let (rest, matched) = tri!(exc::except_star_match(&e, &t));
                        push!(rest.unwrap_or_else(none));
                        push!(matched.unwrap_or_else(none));
                    }
                    Opcode::PrepReraiseStar => {
                        let list = pop!();
                        let orig = pop!();
                        let items = list.downcast_unchecked::<ListObject>().snapshot();
                        push!(tri!(exc::prep_reraise_star(&orig, &items)).unwrap_or_else(none));
                    }
                    Opcode::GetAwaitable => {
                        let v = pop!();
                        if arg != 0 && v.ty().lookup_str("__await__").is_none() && v.downcast::<crate::objects::generator::GeneratorObject>().is_none() {
                            let from = if arg == 1 { "__aenter__" } else { "__aexit__" };
                            tri!(Err::<(), _>(crate::error::type_error(format!(
                                "'async with' received an object from {} that does not implement __await__: {}",
                                from,
                                v.ty().name()
                            ))));
                        }
                        push!(tri!(crate::objects::generator::get_awaitable(&v)));
                    }
                    Opcode::GetAIter => {
                        let v = pop!();
                        push!(tri!(get_aiter(&v)));
                    }
                    Opcode::GetANext => {
                        let it = pop!();
                        push!(tri!(get_anext(&it)));
                    }
                    Opcode::EndAsyncFor => {
                        let e = pop!();
                        drop(pop!());
                        if !e.isinstance(&exc::STOP_ASYNC_ITERATION) {
                            break 'run (PyErr::from_value(e), true);
                        }
                    }
                    Opcode::BeforeAsyncWith => {
                        let ctx = pop!();
                        let (exit, res) = tri!(before_async_with(&ctx));
                        push!(exit);
                        push!(res);
                    }
                    Opcode::SetupAnnotations => {
                        let l = frame.locals.as_ref().unwrap_unchecked();
                        let key = crate::objects::str::intern_static("__annotations__");
                        if tri!(mapping_get(l, &key)).is_none() {
                            tri!(ops::set_item(l, &key, crate::objects::dict::new_dict()));
                        }
                    }
                }
            }
        };

        // Error handling: record the traceback, then find a handler.
        match unwind(frame, sp, ip.saturating_sub(1) as u32, err, reraise) {
            Ok((handler, new_sp)) => {
                sp = new_sp;
                ip = handler;
                stepped = ONE;
            }
            Err(err) => {
                frame.ip = ip as u32;
                return Err(err);
            }
        }
    }
}

/// `BinaryOp`, with the small-int and float fast paths in front; `note`
/// hears the kind of operands (type feedback, see `feedback`).
#[inline(always)]
fn binary_op(a: Value, b: Value, arg: u32, cache: Option<&AttrCache>, note: impl Fn(u8)) -> PyResult<Value> {
    let (op, inplace) = BinOp::decode(arg);
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        note(feedback::SMALL_INTS);
        if let Some(r) = small_int_op(x, y, op) {
            return Ok(r);
        }
    } else if let (Some(x), Some(y)) = (a.downcast_exact::<FloatObject>(), b.downcast_exact::<FloatObject>()) {
        note(feedback::FLOATS);
        let (x, y) = (x.value, y.value);
        let r = match op {
            BinOp::Add => Some(x + y),
            BinOp::Sub => Some(x - y),
            BinOp::Mul => Some(x * y),
            BinOp::TrueDiv if y != 0.0 => Some(x / y),
            _ => None,
        };
        if let Some(r) = r {
            return Ok(new_float(r));
        }
    } else {
        note(feedback::operands(&a, &b));
        if let Some(f) = cache.and_then(|c| attrcache::operator_function(c, &a, &b, |t| ops::same_type_binop_function(t, op, inplace))) {
            return ops::same_type_binop(&f, &a, &b, op, inplace);
        }
    }
    if inplace {
        ops::inplace_op(&a, &b, op)
    } else {
        ops::binary_op(&a, &b, op)
    }
}

/// `CompareOp`, with the small-int fast path in front; `note` hears the
/// kind of operands (type feedback, see `feedback`).
#[inline(always)]
fn compare_op(a: Value, b: Value, arg: u32, cache: Option<&AttrCache>, note: impl Fn(u8)) -> PyResult<Value> {
    let op = CmpOp::from_arg(arg);
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        note(feedback::SMALL_INTS);
        return Ok(new_bool(op.holds(x, y)));
    }
    note(feedback::operands(&a, &b));
    if let Some(f) = cache.and_then(|c| attrcache::operator_function(c, &a, &b, |t| ops::same_type_compare_function(t, op))) {
        return ops::same_type_compare(&f, &a, &b, op);
    }
    ops::rich_compare(&a, &b, op)
}

/// `ContainsOp`: `a in b` (`not in` when `arg` is 1).
#[inline(always)]
fn contains_op(a: Value, b: Value, arg: u32) -> PyResult<Value> {
    Ok(new_bool(ops::contains(&b, &a)? != (arg == 1)))
}

/// `ForIter`'s next item (None when the iterator is exhausted); `note`
/// hears the kind of iterator (type feedback, see `feedback`).
#[inline(always)]
fn for_iter_op(it: &Value, note: impl Fn(u8)) -> PyResult<Option<Value>> {
    if let Some(r) = crate::objects::range::range_iter_next_fast(it) {
        note(feedback::RANGE_ITER);
        Ok(r)
    } else if let Some(r) = crate::objects::iter::list_iter_next(it) {
        note(feedback::LIST_ITER);
        Ok(r)
    } else {
        note(if it.is_type(&crate::objects::iter::TUPLE_ITER_TYPE) { feedback::TUPLE_ITER } else { feedback::OTHER });
        ops::next(it)
    }
}

/// `LoadGlobal`: cached while neither dict has changed (versions are unique per state).
#[inline(always)]
unsafe fn load_global(frame: &Frame, code_obj: &CodeObj, arg: u32) -> PyResult<Value> {
    let g = frame.globals.downcast_unchecked::<DictObject>();
    let b = frame.builtins.downcast_unchecked::<DictObject>();
    let (gv, bv) = (g.version.get(), b.version.get());
    let entry = code_obj.global_cache.get_unchecked(arg as usize);
    if let Some(v) = entry.get(gv, bv) {
        return Ok(v);
    }
    let name = code_obj.names.get_unchecked(arg as usize);
    let found = match g.get_str(name) {
        Some(v) => v,
        None => match b.get_str(name) {
            Some(v) => v,
            None => return Err(name_error(frame, name)),
        },
    };
    entry.set(gv, bv, found.clone());
    Ok(found)
}

/// `LoadMethod`: (the unbound method, self) or (NULL, the attribute).
#[inline(always)]
pub(crate) fn load_method_op(obj: Value, name: &Value) -> PyResult<(Option<Value>, Value)> {
    Ok(match load_method(&obj, name)? {
        Some(m) => (Some(m), obj),
        None => (None, ops::getattr(&obj, name)?),
    })
}

/// `Call` with `n` positional arguments: consumes the callable and the
/// arguments at `fp[0..=n]`.
#[inline(always)]
unsafe fn call_op(fp: *mut Option<Value>, n: usize) -> PyResult<Value> {
    let f = (*fp).as_ref().unwrap_unchecked();
    if f.is_type(&crate::objects::function::FUNCTION_TYPE) {
        // Plain Python functions take the arguments off the stack.
        if let Some(r) = super::call_function_moving_args(f, fp.add(1), n) {
            drop(ptr::read(fp));
            return r;
        }
    }
    let r = crate::call::call(f, as_values(fp.add(1), n), None);
    for i in 0..=n {
        drop(ptr::read(fp.add(i)));
    }
    r
}

/// `Call` of a class whose call only makes an instance and runs a plain
/// Python `__init__` (`attrcache::construct_function`, cached at the site
/// `cache`): the new instance takes the class's stack slot, and `__init__`
/// takes it and the arguments off the stack. Consumes `fp[0..=n]` and
/// returns the result; None (nothing done) for any other call.
#[inline(always)]
unsafe fn construct_op(cache: Option<&AttrCache>, fp: *mut Option<Value>, n: usize) -> Option<PyResult<Value>> {
    let f = (*fp).as_ref().unwrap_unchecked();
    if !f.is_type(&crate::types::TYPE_TYPE) {
        return None;
    }
    let cls = f.downcast_unchecked::<crate::types::TypeObject>();
    let init = attrcache::construct_function(cache?, cls, n)?;
    Some(construct_with(&init, fp, n))
}

/// `construct_op` once the class's `__init__` is known: a new instance goes
/// into the class's stack slot, and `init` runs with it and the arguments.
#[inline(always)]
unsafe fn construct_with(init: &Value, fp: *mut Option<Value>, n: usize) -> PyResult<Value> {
    let cls = (*fp).as_ref().unwrap_unchecked().downcast_unchecked::<crate::types::TypeObject>();
    let obj = crate::objects::instance::alloc_instance(cls);
    let cls = ptr::replace(fp, Some(obj.clone()));
    let r = match super::call_function_moving_args(init, fp, n + 1) {
        Some(r) => r,
        None => {
            // `__init__.__code__` was replaced since: the general call.
            let r = crate::call::call(init, as_values(fp, n + 1), None);
            for i in 0..=n {
                drop(ptr::read(fp.add(i)));
            }
            r
        }
    };
    drop(cls);
    crate::objects::typeobj::init_result(r, obj)
}

/// `CallKw` with `n` arguments, the last ones named by `kwnames`: consumes
/// the callable and the arguments at `fp[0..=n]`.
#[inline(always)]
unsafe fn call_kw_op(fp: *mut Option<Value>, n: usize, kwnames: Value) -> PyResult<Value> {
    let names_t = tuple_items(&kwnames).unwrap_unchecked();
    let nk = names_t.len();
    let f = (*fp).as_ref().unwrap_unchecked();
    let args = as_values(fp.add(1), n - nk);
    let kwv = as_values(fp.add(1 + n - nk), nk);
    let kw = Kw { names: names_t, values: kwv };
    let r = crate::call::call(f, args, Some(&kw));
    for i in 0..=n {
        drop(ptr::read(fp.add(i)));
    }
    r
}

/// `CallMethod` with `n` arguments: consumes the method (or NULL), self (or
/// the callable) and the arguments at `mp[0..n + 2]`.
#[inline(always)]
unsafe fn call_method_op(mp: *mut Option<Value>, n: usize) -> PyResult<Value> {
    if let Some(m) = &*mp {
        if m.is_type(&crate::objects::function::FUNCTION_TYPE) {
            // A plain Python method takes self and the arguments off the stack.
            if let Some(r) = super::call_function_moving_args(m, mp.add(1), n + 1) {
                drop(ptr::read(mp));
                return r;
            }
        }
    }
    let r = match &*mp {
        Some(m) => crate::call::call_with_self(m, as_values(mp.add(1), n + 1), None),
        None => crate::call::call((*mp.add(1)).as_ref().unwrap_unchecked(), as_values(mp.add(2), n), None),
    };
    for i in 0..n + 2 {
        drop(ptr::read(mp.add(i)));
    }
    r
}

#[inline]
fn small_int_op(x: i64, y: i64, op: BinOp) -> Option<Value> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x.checked_mul(y)?,
        BinOp::FloorDiv if y != 0 => {
            let (q, _) = crate::objects::int::floor_divmod_i64(x, y);
            q as i64
        }
        BinOp::Mod if y != 0 => crate::objects::int::floor_divmod_i64(x, y).1,
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::TrueDiv if y != 0 && x.abs() < (1 << 53) && y.abs() < (1 << 53) => {
            return Some(new_float(x as f64 / y as f64));
        }
        _ => return None,
    };
    Some(new_int(r))
}

fn deref_error(code: &tern_frontend::code::CodeObject, i: usize) -> PyErr {
    let name = code.deref_name(i);
    if i < code.cellvars.len() {
        unbound_local(name)
    } else {
        unbound_free(name)
    }
}

fn name_error(frame: &Frame, name: &Value) -> PyErr {
    let e = crate::error::name_error(format!("name '{}' is not defined", as_str(name).unwrap_or("?")));
    crate::objects::instance::set_name_obj(&e.exc, name, None);
    // The namespaces "Did you mean" suggestions search, innermost first.
    let locals = match &frame.locals {
        Some(l) => l.clone(),
        None => super::frame_locals_dict(frame),
    };
    let scopes = new_tuple(vec![locals, frame.globals.clone(), frame.builtins.clone()]);
    crate::objects::instance::dict_set(&e.exc, &crate::objects::str::intern_static("__tern_scopes__"), scopes);
    e
}

/// Lookup in a locals mapping (a dict, or any mapping): Ok(None) if missing.
fn mapping_get(m: &Value, key: &Value) -> PyResult<Option<Value>> {
    if let Some(d) = m.downcast_exact::<DictObject>() {
        return Ok(d.get_str(key));
    }
    match ops::get_item(m, key) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&exc::KEY_ERROR) => Ok(None),
        Err(e) => Err(e),
    }
}

/// For `obj.name(...)`: the unbound method when the attribute is a plain
/// function or method descriptor on the type and the instance does not shadow it.
fn load_method(obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let ty = obj.ty();
    if obj.downcast::<crate::types::TypeObject>().is_some() || obj.downcast::<crate::objects::module::ModuleObject>().is_some() {
        return Ok(None);
    }
    if ty.is_heap() && (ty.has_slot(crate::types::Slot::GetAttr) || has_custom_getattribute(ty)) {
        return Ok(None);
    }
    // Types with their own attribute lookup (super, bound methods...) go the long way.
    if ty.getattro.get().is_some() {
        return Ok(None);
    }
    let Some(d) = ty.lookup(name) else { return Ok(None) };
    let is_method = std::ptr::eq(d.ty(), &crate::objects::function::FUNCTION_TYPE) || d.downcast_exact::<MethodDescrObject>().is_some();
    if !is_method {
        return Ok(None);
    }
    if crate::objects::instance::dict_get(obj, name).is_some() {
        return Ok(None);
    }
    Ok(Some(d))
}

fn has_custom_getattribute(ty: &crate::types::TypeObject) -> bool {
    match ty.slot(crate::types::Slot::GetAttribute) {
        Some(f) => !f
            .downcast::<MethodDescrObject>()
            .is_some_and(|m| std::ptr::eq(m.owner, &crate::types::OBJECT_TYPE)),
        None => false,
    }
}

/// Turns the operand of `raise` into an exception instance.
pub fn make_exception(v: &Value, msg: &str) -> PyResult<Value> {
    if let Some(t) = v.downcast::<crate::types::TypeObject>() {
        if t.is_exception() {
            let e = crate::call::call(v, &[], None)?;
            if exc::as_exc(&e).is_none() {
                return Err(type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    crate::objects::typeobj::type_repr_string(t),
                    crate::objects::typeobj::type_repr_string(e.ty())
                )));
            }
            return Ok(e);
        }
    } else if exc::as_exc(v).is_some() {
        return Ok(v.clone());
    }
    Err(type_error(msg))
}

/// Sets `__context__` of a newly raised exception to the one being handled.
pub fn set_context(e: &Value) {
    let Some(handled) = ts().current_handled() else { return };
    if handled.is(e) {
        return;
    }
    // Break a cycle: if e is already in handled's context chain, cut it
    // there. The walk borrows (chains get as deep as nested handlers go) and
    // stops at a cycle made by assigning `__context__` (Floyd's tortoise
    // moves every other step), as CPython's does. Only an exception some
    // other one's `__context__` refers to can be in the chain: one whose
    // count is the raise's own reference (a new one, as most are) skips the
    // walk (a recursion inside `except` made it quadratic).
    if let Some(mut o) = exc::as_exc(&handled).filter(|_| e.refcnt() > 1) {
        let mut slow = o;
        let mut step = false;
        // Contexts are always exceptions (the setter checks).
        while let Some(c) = unsafe { &*o.context.get() } {
            if c.is(e) {
                o.set_context(None);
                break;
            }
            o = unsafe { c.downcast_unchecked::<exc::BaseExceptionObject>() };
            if std::ptr::eq(o, slow) {
                break;
            }
            if step {
                slow = unsafe { (*slow.context.get()).as_ref().unwrap_unchecked().downcast_unchecked::<exc::BaseExceptionObject>() };
            }
            step = !step;
        }
    }
    if let Some(eo) = exc::as_exc(e) {
        eo.set_context(Some(handled));
    }
}

/// Does the exception `e` match the class (or tuple of classes) `t`?
pub fn exception_matches(e: &Value, t: &Value) -> PyResult<bool> {
    if let Some(items) = tuple_items(t) {
        for it in items {
            if it.downcast::<crate::types::TypeObject>().is_none_or(|tt| !tt.is_exception()) {
                return Err(type_error("catching classes that do not inherit from BaseException is not allowed"));
            }
        }
        for it in items {
            if e.isinstance(it.downcast::<crate::types::TypeObject>().unwrap()) {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match t.downcast::<crate::types::TypeObject>() {
        Some(tt) if tt.is_exception() => Ok(e.isinstance(tt)),
        _ => Err(type_error("catching classes that do not inherit from BaseException is not allowed")),
    }
}

/// `async for`'s `__aiter__()`, with CPython's checks.
fn get_aiter(v: &Value) -> PyResult<Value> {
    let Some(f) = v.ty().lookup_str("__aiter__") else {
        return Err(type_error(format!("'async for' requires an object with __aiter__ method, got {}", v.ty().name())));
    };
    let it = ops::call_special(&f, v, &[])?;
    if it.ty().lookup_str("__anext__").is_none() {
        return Err(type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            it.ty().name()
        )));
    }
    Ok(it)
}

/// The awaitable iterator of `__anext__()` for one step of `async for`.
fn get_anext(it: &Value) -> PyResult<Value> {
    let Some(f) = it.ty().lookup_str("__anext__") else {
        return Err(type_error(format!("'async for' requires an iterator with __anext__ method, got {}", it.ty().name())));
    };
    let aw = ops::call_special(&f, it, &[])?;
    crate::objects::generator::get_awaitable(&aw).map_err(|e| {
        if e.matches(&exc::TYPE_ERROR) {
            type_error(format!("'async for' received an invalid object from __anext__: {}", aw.ty().name()))
        } else {
            e
        }
    })
}

/// `async with`: the bound `__aexit__` and the result of `__aenter__()`.
fn before_async_with(ctx: &Value) -> PyResult<(Value, Value)> {
    let ty = ctx.ty();
    let Some(enter) = ty.lookup_str("__aenter__") else {
        return Err(type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol",
            ty.name()
        )));
    };
    let Some(exit) = ty.lookup_str("__aexit__") else {
        return Err(type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
            ty.name()
        )));
    };
    let bound_exit = crate::objects::instance::descr_get(exit, Some(ctx), ty)?;
    let res = ops::call_special(&enter, ctx, &[])?;
    Ok((bound_exit, res))
}

fn before_with(ctx: &Value) -> PyResult<(Value, Value)> {
    let ty = ctx.ty();
    let enter = ty.slot(crate::types::Slot::Enter);
    let exit = ty.slot(crate::types::Slot::Exit);
    let enter = match enter {
        Some(e) => e,
        None => {
            return Err(type_error(format!(
                "'{}' object does not support the context manager protocol",
                ty.name()
            )))
        }
    };
    let exit = match exit {
        Some(e) => e,
        None => {
            return Err(type_error(format!(
                "'{}' object does not support the context manager protocol (missed __exit__ method)",
                ty.name()
            )))
        }
    };
    let bound_exit = crate::objects::instance::descr_get(exit, Some(ctx), ty)?;
    let res = ops::call_special(&enter, ctx, &[])?;
    Ok((bound_exit, res))
}

/// `{**m}` and `f(**m)`: copies a mapping into the dict `d`; for calls
/// (`func` given) duplicate keys and non-mappings raise CPython's TypeErrors.
fn dict_update(d: &Value, m: &Value, func: Option<&Value>) -> PyResult<()> {
    let dd = d.downcast::<DictObject>().unwrap();
    let pairs: Vec<(Value, Value)> = if let Some(md) = as_dict(m) {
        md.items()
    } else {
        let keys = match crate::objects::instance::generic_getattr(m, &crate::objects::str::intern_static("keys")) {
            Ok(Some(k)) => k,
            _ => {
                return Err(match func {
                    Some(f) => type_error(format!(
                        "{} argument after ** must be a mapping, not {}",
                        func_display(f),
                        m.ty().name()
                    )),
                    None => type_error(format!("'{}' object is not a mapping", m.ty().name())),
                })
            }
        };
        let ks = ops::collect(&crate::call::call(&keys, &[], None)?)?;
        let mut out = Vec::with_capacity(ks.len());
        for k in ks {
            let v = ops::get_item(m, &k)?;
            out.push((k, v));
        }
        out
    };
    for (k, v) in pairs {
        if let Some(f) = func {
            if as_str(&k).is_none() {
                return Err(type_error("keywords must be strings"));
            }
            if dd.contains(&k)? {
                return Err(type_error(format!(
                    "{} got multiple values for keyword argument '{}'",
                    func_display(f),
                    as_str(&k).unwrap()
                )));
            }
        }
        dd.set(k, v)?;
    }
    Ok(())
}

/// How CPython names a callable in call errors (`_PyObject_FunctionStr`):
/// `module.qualname()`, just `qualname()` for built-ins, else `str(f)`.
fn func_display(f: &Value) -> String {
    let qualname = match ops::getattr_opt(f, &crate::objects::str::intern_static("__qualname__")) {
        Ok(Some(q)) if as_str(&q).is_some() => as_str(&q).unwrap_or("?").to_owned(),
        _ => return ops::str_of(f).unwrap_or_else(|_| crate::objects::function::callable_name(f)),
    };
    match ops::getattr_opt(f, &crate::objects::str::intern_static("__module__")) {
        Ok(Some(m)) if !is_none(&m) && as_str(&m) != Some("builtins") => match ops::str_of(&m) {
            Ok(ms) => format!("{ms}.{qualname}()"),
            Err(_) => format!("{qualname}()"),
        },
        _ => format!("{qualname}()"),
    }
}

/// Unpacks an iterable into exactly `n` items, or at least `n + after` with a star.
pub(crate) fn unpack_generic(seq: &Value, n: usize, star_after: Option<usize>) -> PyResult<Vec<Value>> {
    let it = match ops::iter(seq) {
        Ok(it) => it,
        Err(e) => {
            if e.matches(&exc::TYPE_ERROR) && !ops::is_iterable(seq) {
                return Err(type_error(format!("cannot unpack non-iterable {} object", seq.ty().name())));
            }
            return Err(e);
        }
    };
    let mut out = Vec::new();
    match star_after {
        None => {
            while let Some(v) = ops::next(&it)? {
                if out.len() == n {
                    return Err(crate::error::value_error(format!("too many values to unpack (expected {n})")));
                }
                out.push(v);
            }
            if out.len() < n {
                return Err(crate::error::value_error(format!(
                    "not enough values to unpack (expected {}, got {})",
                    n,
                    out.len()
                )));
            }
        }
        Some(after) => {
            while let Some(v) = ops::next(&it)? {
                out.push(v);
            }
            if out.len() < n + after {
                return Err(crate::error::value_error(format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    n + after,
                    out.len()
                )));
            }
        }
    }
    Ok(out)
}
