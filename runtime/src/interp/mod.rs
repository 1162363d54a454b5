//! Tier 0: the interpreter, and the entry points that run code objects
//! (functions, modules, class bodies, `exec`/`eval`).

pub mod eval;
pub mod frame;
pub mod patterns;

use crate::error::{type_error, PyResult};
use crate::objects::dict::{as_dict, DictObject};
use crate::objects::function::{FunctionObject, Kw};
use crate::objects::str::intern;
use crate::objects::tuple::tuple_items;
use crate::thread::ts;
use crate::value::Value;
use frame::{bind_args, Frame};
use tern_frontend::code::flags;

/// How a frame stopped running.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// Calls a Python function whose arguments are exactly its positional
/// parameters, taking ownership of the `n` argument values at `args` (the
/// caller's stack slots): the interpreter's fast path for `f(a, b)`.
///
/// # Safety
/// `fv` is a function object; `args` holds `n` live values, which the call consumes.
#[inline]
pub unsafe fn call_function_moving_args(fv: &Value, args: *mut Option<Value>, n: usize) -> Option<PyResult<Value>> {
    let func = fv.downcast_unchecked::<FunctionObject>();
    let code = func.code();
    if code.fast_argc as usize != n {
        // Fewer arguments, the rest from the defaults: the same call with
        // them appended.
        let tail = default_tail(func, n)?;
        let mut buf: [std::mem::MaybeUninit<Option<Value>>; MAX_POSITIONAL] = [const { std::mem::MaybeUninit::uninit() }; MAX_POSITIONAL];
        std::ptr::copy_nonoverlapping(args, buf.as_mut_ptr() as *mut Option<Value>, n);
        for (slot, d) in buf[n..].iter_mut().zip(tail) {
            slot.write(Some(d.clone()));
        }
        return call_function_moving_args(fv, buf.as_mut_ptr() as *mut Option<Value>, n + tail.len());
    }
    if code.entry.get() != 0 {
        // The frame takes this reference (or it is dropped here if there is no frame).
        let mut f = std::mem::ManuallyDrop::new(Some(fv.clone()));
        let mut out = 0u64;
        match call_compiled(&mut *f, args, n, &mut out) {
            Some(crate::jit::EXIT_RETURN) => return Some(Ok(Value::from_raw(out))),
            Some(_) => return Some(Err(crate::jit::take_pending())),
            None => std::mem::ManuallyDrop::drop(&mut f),
        }
    }
    let mut frame = Frame::with_args(func.code_value(), &func.globals, &func.builtins, fv.clone(), args, n);
    frame.init_derefs(func.closure.as_ref());
    code.counter.set(code.counter.get().wrapping_add(1));
    if let Err(e) = frame.link() {
        return Some(Err(e));
    }
    let r = match code.tier.get() {
        // Compiled code is entered directly, not through `eval`.
        crate::jit::Tier::Compiled(entry) => crate::jit::run(entry, &mut frame, None),
        _ => eval::eval(&mut frame, None),
    };
    Some(match r {
        Ok(Exit::Return(v)) => Ok(v),
        Ok(Exit::Yield(_)) => unreachable!("a function that is not a generator yielded"),
        Err(e) => Err(e),
    })
}

/// Is `f` a plain Python function whose code takes `n` positional
/// arguments, exactly or with defaults for the rest (`call_positional`'s case)?
pub fn takes_positional(f: &Value, n: usize) -> bool {
    f.is_type(&crate::objects::function::FUNCTION_TYPE) && {
        let func = unsafe { f.downcast_unchecked::<FunctionObject>() };
        func.code().fast_argc as usize == n || default_tail(func, n).is_some()
    }
}

/// The defaults a call of `func` with `n` positional arguments takes for
/// the rest of its parameters, when it has only positional parameters
/// (`CodeObj::fast_argc`, at most `MAX_POSITIONAL`), more than `n`, and
/// defaults for all of those.
fn default_tail(func: &FunctionObject, n: usize) -> Option<&[Value]> {
    let argc = func.code().fast_argc as usize;
    if argc > MAX_POSITIONAL || n >= argc {
        return None;
    }
    let defaults = tuple_items(func.defaults()?)?;
    defaults.get(defaults.len().checked_sub(argc - n)?..)
}

/// The most arguments `call_positional` takes.
pub const MAX_POSITIONAL: usize = 8;

/// A call of the function `fv` with `first` (if any) and `args`, all
/// positional, when its code takes exactly those (`CodeObj::fast_argc`, at
/// most `MAX_POSITIONAL`): the arguments are copied into a buffer the call
/// consumes, so compiled code runs through `call_compiled`. None (nothing
/// done) otherwise.
pub fn call_positional(fv: &Value, first: Option<&Value>, args: &[Value]) -> Option<PyResult<Value>> {
    let n = args.len() + first.is_some() as usize;
    let func = unsafe { fv.downcast_unchecked::<FunctionObject>() };
    if n > MAX_POSITIONAL || (func.code().fast_argc as usize != n && default_tail(func, n).is_none()) {
        return None;
    }
    let mut buf: [std::mem::MaybeUninit<Option<Value>>; MAX_POSITIONAL] = [const { std::mem::MaybeUninit::uninit() }; MAX_POSITIONAL];
    for (slot, a) in buf.iter_mut().zip(first.into_iter().chain(args)) {
        slot.write(Some(a.clone()));
    }
    // The arity matches, so the call takes the n values.
    unsafe { call_function_moving_args(fv, buf.as_mut_ptr() as *mut Option<Value>, n) }
}

/// Calls the function at `*fp` if its code is compiled and takes exactly the
/// `n` values at `args`: builds its frame with slots from the arena, runs
/// its entry with the result's bits going to `*out`, and returns the exit
/// (`EXIT_RETURN`, or `EXIT_ERROR` with the exception pending). The function
/// and the arguments are moved into the frame. None, with nothing taken,
/// when it is another kind of call (not compiled, another arity, no room in
/// the arena, at the recursion limit: the general path handles those).
///
/// A compiled function's `ReturnValue` releases the frame's values itself
/// (unless a frame object exists), so a plain return costs only unlinking
/// the frame and freeing its slots.
///
/// # Safety
/// `*fp` is a function object; `args` holds `n` live values.
#[inline(always)]
pub unsafe fn call_compiled(fp: *mut Option<Value>, args: *mut Option<Value>, n: usize, out: *mut u64) -> Option<u32> {
    let code = (*fp).as_ref().unwrap_unchecked().downcast_unchecked::<FunctionObject>().code();
    if code.entry.get() == 0 || code.fast_argc as usize != n {
        return None;
    }
    enter_compiled(fp, args, n, out)
}

/// `call_compiled` once the caller knows that the function's code is
/// compiled and takes exactly `n` arguments (a call site's cache checked
/// that when it was filled): only the room checks remain.
///
/// # Safety
/// As `call_compiled`, and the function's code has an entry and `fast_argc == n`.
#[inline(always)]
pub unsafe fn enter_compiled(fp: *mut Option<Value>, args: *mut Option<Value>, n: usize, out: *mut u64) -> Option<u32> {
    let func = (*fp).as_ref().unwrap_unchecked().downcast_unchecked::<FunctionObject>();
    let code = func.code();
    let entry = code.entry.get();
    let t = ts();
    let top = t.arena_top.get();
    let size = code.frame_size as usize;
    let depth = t.depth.get();
    if top + size > t.arena_end.get()
        || depth >= t.recursion_limit.get()
        || crate::thread::native_stack_low()
    {
        return None;
    }
    let slots = t.arena.get().add(top);
    t.arena_top.set(top + size);
    // Frames are small: the commonest argument counts copy in straight
    // line, others in a plain loop (a memcpy or memset call costs more).
    let arg = |k: usize| std::ptr::write_volatile(slots.add(k) as *mut usize, std::ptr::read(args.add(k) as *const usize));
    match n {
        0 => {}
        1 => arg(0),
        2 => {
            arg(0);
            arg(1);
        }
        3 => {
            arg(0);
            arg(1);
            arg(2);
        }
        _ => (0..n).for_each(arg),
    }
    for j in n..code.stack_base as usize {
        std::ptr::write_volatile(slots.add(j) as *mut usize, 0);
    }
    let mut callee = Frame {
        code: code as *const crate::objects::code::CodeObj,
        code_ref: func.code_value(),
        globals: crate::value::Unowned::new(&func.globals),
        builtins: crate::value::Unowned::new(&func.builtins),
        locals: None,
        func: std::ptr::read(fp),
        back: t.frame.get(),
        ip: 0,
        lasti: 0,
        sp: 0,
        nslots: size as u32,
        slots,
        stack: slots.add(code.stack_base as usize),
        slots_in_arena: true,
        linked: true,
        frame_obj: None,
    };
    t.frame.set(&mut callee);
    t.depth.set(depth + 1);
    code.counter.set(code.counter.get().wrapping_add(1));
    callee.init_derefs(func.closure.as_ref());
    let entry: crate::jit::Entry = std::mem::transmute::<usize, crate::jit::Entry>(entry);
    let status = entry(&mut callee, out);
    if status == crate::jit::EXIT_RETURN && callee.frame_obj.is_none() {
        // The callee released its values as it returned.
        t.frame.set(callee.back);
        t.depth.set(depth);
        t.arena_top.set(top);
        let code_ref = std::ptr::read(&callee.code_ref);
        let func = std::ptr::read(&callee.func);
        std::mem::forget(callee);
        drop(code_ref);
        drop(func);
    }
    Some(status)
}

/// Calls a Python function.
pub fn call_function(fv: &Value, args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    if kw.is_none_or(|k| k.is_empty()) {
        if let Some(r) = call_positional(fv, None, args) {
            return r;
        }
    }
    let func = unsafe { fv.downcast_unchecked::<FunctionObject>() };
    let code = func.code();
    let c = &code.code;
    let is_gen = c.flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0;
    // The frame keeps `fv` (so the function's globals and builtins) alive.
    let mut frame = unsafe { Frame::new(func.code_value(), &func.globals, &func.builtins, None, Some(fv.clone()), is_gen) };
    let simple = kw.is_none_or(|k| k.is_empty())
        && args.len() == c.argcount as usize
        && c.kwonlyargcount == 0
        && c.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0;
    if simple {
        for (i, a) in args.iter().enumerate() {
            // The slot holds None: overwrite without a drop.
            unsafe { std::ptr::write(frame.slot(i), Some(a.clone())) };
        }
    } else {
        bind_args(&mut frame, func, args, kw)?;
    }
    frame.init_derefs(func.closure.as_ref());
    code.counter.set(code.counter.get().wrapping_add(1));
    if is_gen {
        return Ok(crate::objects::generator::new_generator(Box::new(frame), func));
    }
    frame.link()?;
    match eval::eval(&mut frame, None)? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => unreachable!("a function that is not a generator yielded"),
    }
}

/// Runs a module body (or `exec` code) with `globals` as its namespace and
/// `locals` as its locals mapping.
pub fn run_code(code: &Value, globals: &Value, locals: Option<&Value>) -> PyResult<Value> {
    let builtins = builtins_for(globals);
    let locals = locals.cloned().unwrap_or_else(|| globals.clone());
    // `globals` and `builtins` outlive the frame, which is dropped first.
    let mut frame = unsafe { Frame::new(code.clone(), globals, &builtins, Some(locals), None, false) };
    frame.init_derefs(None);
    frame.link()?;
    match eval::eval(&mut frame, None)? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(type_error("yield outside a function")),
    }
}

/// Runs a class body function with `ns` as its locals; returns what the body returns
/// (the `__class__` cell, or None).
pub fn run_class_body(fv: &Value, ns: &Value) -> PyResult<Value> {
    let func = fv
        .downcast::<FunctionObject>()
        .ok_or_else(|| type_error("__build_class__: func must be a function"))?;
    let mut frame = unsafe { Frame::new(func.code_value(), &func.globals, &func.builtins, Some(ns.clone()), Some(fv.clone()), false) };
    frame.init_derefs(func.closure.as_ref());
    frame.link()?;
    match eval::eval(&mut frame, None)? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(type_error("yield inside a class body")),
    }
}

/// The builtins dict that code running with `globals` sees: `__builtins__`
/// from the globals (a module or dict), else the interpreter's.
pub fn builtins_for(globals: &Value) -> Value {
    if let Some(g) = as_dict(globals) {
        if let Some(b) = g.get_str(&crate::objects::str::intern_static("__builtins__")) {
            if let Some(m) = b.downcast::<crate::objects::module::ModuleObject>() {
                return m.dict.clone().unwrap();
            }
            if as_dict(&b).is_some() {
                return b;
            }
        }
    }
    crate::builtins::builtins_dict()
}

/// The innermost running frame, if any.
pub fn current_frame() -> Option<&'static mut Frame> {
    let f = ts().frame.get();
    if f.is_null() {
        None
    } else {
        Some(unsafe { &mut *f })
    }
}

/// The globals of the innermost running frame.
pub fn current_globals() -> Option<Value> {
    current_frame().map(|f| f.globals.clone())
}

/// The locals of the innermost frame as a mapping (a snapshot dict for functions).
pub fn current_locals() -> Option<Value> {
    let f = current_frame()?;
    if let Some(l) = &f.locals {
        return Some(l.clone());
    }
    Some(frame_locals_dict(f))
}

/// A dict of a function frame's bound locals and cells (as `locals()` returns).
pub fn frame_locals_dict(f: &Frame) -> Value {
    let d = crate::objects::dict::new_dict();
    let dd = unsafe { d.downcast_unchecked::<DictObject>() };
    let code = f.code();
    for (i, name) in code.varnames.iter().enumerate() {
        if code.code.cellvars.iter().any(|c| Some(c.as_str()) == crate::objects::str::as_str(name)) {
            continue;
        }
        if let Some(v) = f.slot(i).clone() {
            dd.set_str(name.clone(), v);
        }
    }
    let nl = code.code.nlocals();
    for i in 0..code.code.nderefs() {
        if let Some(c) = f.slot(nl + i).as_ref() {
            if let Some(cell) = c.downcast::<crate::objects::cell::CellObject>() {
                if let Some(v) = cell.get() {
                    dd.set_str(intern(code.code.deref_name(i)), v);
                }
            }
        }
    }
    d
}
