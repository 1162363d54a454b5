//! Generators: a function frame kept on the heap and resumed by `send`,
//! `throw` and `close`. `yield from` delegates through `send_to`.

use crate::error::{runtime_error, type_error, value_error, PyErr, PyResult};
use crate::interp::frame::Frame;
use crate::interp::Exit;
use crate::objects::bool_none::{is_none, none};
use crate::objects::exception::{as_exc, GENERATOR_EXIT, STOP_ITERATION};
use crate::objects::function::{FunctionObject, Kw};
use crate::objects::str::{as_str, new_str};
use crate::thread::ts;
use crate::types::{build, TypeObject, OBJECT_TYPE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::{Cell, UnsafeCell};
use tern_frontend::bytecode::Opcode;

#[repr(C)]
pub struct GeneratorObject {
    pub header: ObjHeader,
    /// None once the generator has finished.
    frame: UnsafeCell<Option<Box<Frame>>>,
    running: Cell<bool>,
    name: UnsafeCell<Value>,
    qualname: UnsafeCell<Value>,
    code: Value,
    /// The exception this generator is handling while suspended.
    exc_state: UnsafeCell<Value>,
}

unsafe impl PyObj for GeneratorObject {
    fn class() -> &'static TypeObject {
        &GENERATOR_TYPE
    }

    fn has_layout(t: &TypeObject) -> bool {
        std::ptr::eq(t, &GENERATOR_TYPE) || std::ptr::eq(t, &COROUTINE_TYPE)
    }
}

pub static GENERATOR_TYPE: TypeObject = {
    let mut t = TypeObject::builtin::<GeneratorObject>("generator", Some(&OBJECT_TYPE), 0);
    t.dealloc = gen_dealloc;
    t
};

/// Coroutines (`async def`) share the generator machinery.
pub static COROUTINE_TYPE: TypeObject = {
    let mut t = TypeObject::builtin::<GeneratorObject>("coroutine", Some(&OBJECT_TYPE), 0);
    t.dealloc = gen_dealloc;
    t
};

/// What `coroutine.__await__()` returns: an iterator driving the coroutine.
#[repr(C)]
pub struct CoroWrapperObject {
    pub header: ObjHeader,
    pub coro: Value,
}

unsafe impl PyObj for CoroWrapperObject {
    fn class() -> &'static TypeObject {
        &CORO_WRAPPER_TYPE
    }
}

pub static CORO_WRAPPER_TYPE: TypeObject =
    TypeObject::builtin::<CoroWrapperObject>("coroutine_wrapper", Some(&OBJECT_TYPE), 0);

pub fn new_generator(frame: Box<Frame>, func: &FunctionObject) -> Value {
    let ty = if frame.code().code.flags & tern_frontend::code::flags::COROUTINE != 0 { &COROUTINE_TYPE } else { &GENERATOR_TYPE };
    crate::types::alloc_object(ty, GeneratorObject {
        header: ObjHeader::new(std::ptr::null()),
        code: frame.code_ref.clone(),
        frame: UnsafeCell::new(Some(frame)),
        running: Cell::new(false),
        name: UnsafeCell::new(func.name().clone()),
        qualname: UnsafeCell::new(func.qualname().clone()),
        exc_state: UnsafeCell::new(none()),
    })
}

/// What a resumed generator (or delegated iterator) did.
pub enum SendResult {
    Yielded(Value),
    Returned(Value),
}

impl GeneratorObject {
    #[allow(clippy::mut_from_ref)]
    fn frame(&self) -> &mut Option<Box<Frame>> {
        unsafe { &mut *self.frame.get() }
    }

    fn finish(&self) {
        let f = self.frame().take();
        drop(f);
    }

    /// Is this an `async def` coroutine?
    pub fn is_coroutine(&self) -> bool {
        std::ptr::eq(self.header.ty.get(), &COROUTINE_TYPE)
    }

    /// Is the generator paused at a `yield` (started and not finished)?
    pub fn is_suspended(&self) -> bool {
        self.started() && !self.running.get()
    }

    fn started(&self) -> bool {
        self.frame().as_ref().is_some_and(|f| f.ip > 0)
    }

    /// Resumes the frame with a value sent in, or an exception thrown in.
    pub fn resume(&self, sent: Option<Value>, throw: Option<PyErr>) -> PyResult<SendResult> {
        if self.running.get() {
            return Err(value_error("generator already executing"));
        }
        let Some(frame) = self.frame().as_mut() else {
            if self.is_coroutine() {
                return Err(runtime_error("cannot reuse already awaited coroutine"));
            }
            return match throw {
                Some(e) => Err(e),
                None => Ok(SendResult::Returned(none())),
            };
        };
        if frame.ip == 0 && throw.is_some() {
            // Thrown in before the first instruction: no handler can catch it.
            self.finish();
            return Err(throw.unwrap_or_else(|| runtime_error("generator throw")));
        }
        if frame.ip == 0 {
            if let Some(v) = &sent {
                if !is_none(v) {
                    return Err(type_error("can't send non-None value to a just-started generator"));
                }
            }
        } else if throw.is_none() {
            let v = sent.unwrap_or_else(none);
            let base = frame.stack_base();
            // Slots above the stack top hold stale bits: write without dropping.
            unsafe { std::ptr::write(frame.slot(base + frame.sp as usize), Some(v)) };
            frame.sp += 1;
        }
        frame.link()?;
        self.running.set(true);
        let state = unsafe { std::mem::replace(&mut *self.exc_state.get(), none()) };
        ts().push_handled(state);
        let r = crate::interp::eval::eval(frame, throw);
        unsafe { *self.exc_state.get() = ts().pop_handled() };
        self.running.set(false);
        frame.unlink();
        match r {
            Ok(Exit::Yield(v)) => Ok(SendResult::Yielded(v)),
            Ok(Exit::Return(v)) => {
                self.finish();
                Ok(SendResult::Returned(v))
            }
            Err(e) => {
                self.finish();
                if e.matches(&STOP_ITERATION) {
                    let new = runtime_error("generator raised StopIteration");
                    let eo = as_exc(&new.exc).unwrap();
                    eo.set_cause(Some(e.exc.clone()));
                    eo.set_context(Some(e.exc));
                    eo.suppress_context.set(true);
                    return Err(new);
                }
                Err(e)
            }
        }
    }

    /// The sub-iterator of a `yield from` this generator is suspended in.
    fn yield_from_target(&self) -> Option<Value> {
        let f = self.frame().as_ref()?;
        let lasti = f.lasti as usize;
        let instrs = &f.code().code.instrs;
        if f.ip == 0 || lasti == 0 || instrs[lasti].op != Opcode::YieldValue || instrs[lasti - 1].op != Opcode::Send {
            return None;
        }
        let base = f.stack_base();
        f.slot(base + f.sp as usize - 1).clone()
    }

    /// Ends a `yield from` early with `value` as its result, then resumes.
    fn finish_yield_from(&self, value: Value) -> PyResult<SendResult> {
        let f = self.frame().as_mut().unwrap();
        let send_at = f.lasti as usize - 1;
        let target = f.code().code.instrs[send_at].arg;
        let base = f.stack_base();
        // Replace the sub-iterator with the result and jump past the loop.
        let top = base + f.sp as usize - 1;
        *f.slot(top) = Some(value);
        f.ip = target;
        // Resume without pushing a sent value: the result is already in place.
        f.link()?;
        self.running.set(true);
        let state = unsafe { std::mem::replace(&mut *self.exc_state.get(), none()) };
        ts().push_handled(state);
        let r = crate::interp::eval::eval(f, None);
        unsafe { *self.exc_state.get() = ts().pop_handled() };
        self.running.set(false);
        f.unlink();
        match r {
            Ok(Exit::Yield(v)) => Ok(SendResult::Yielded(v)),
            Ok(Exit::Return(v)) => {
                self.finish();
                Ok(SendResult::Returned(v))
            }
            Err(e) => {
                self.finish();
                Err(e)
            }
        }
    }

    /// `gen.throw(exc)`, delegating to a `yield from` target first.
    pub fn throw(&self, e: PyErr) -> PyResult<SendResult> {
        if let Some(sub) = self.yield_from_target() {
            if e.matches(&GENERATOR_EXIT) {
                self.running.set(true);
                let r = close_iter(&sub);
                self.running.set(false);
                if let Err(err) = r {
                    return self.resume(None, Some(err));
                }
                return self.resume(None, Some(e));
            }
            self.running.set(true);
            let r = if let Some(g) = sub.downcast::<GeneratorObject>() {
                g.throw(e)
            } else {
                match crate::ops::getattr_opt(&sub, &crate::objects::str::intern("throw")) {
                    Ok(Some(m)) => match crate::call::call(&m, &[e.exc.clone()], None) {
                        Ok(v) => Ok(SendResult::Yielded(v)),
                        Err(err) => Err(err),
                    },
                    Ok(None) => {
                        self.running.set(false);
                        return self.resume(None, Some(e));
                    }
                    Err(err) => Err(err),
                }
            };
            self.running.set(false);
            return match r {
                Ok(SendResult::Yielded(v)) => Ok(SendResult::Yielded(v)),
                Ok(SendResult::Returned(v)) => self.finish_yield_from(v),
                Err(err) if err.matches(&STOP_ITERATION) => {
                    let v = stop_value(&err);
                    self.finish_yield_from(v)
                }
                Err(err) => self.resume(None, Some(err)),
            };
        }
        self.resume(None, Some(e))
    }

    /// `gen.close()`.
    pub fn close(&self) -> PyResult<()> {
        if self.frame().is_none() {
            return Ok(());
        }
        if !self.started() && self.yield_from_target().is_none() {
            self.finish();
            return Ok(());
        }
        let ge = PyErr::with_args(&GENERATOR_EXIT, vec![]);
        match self.throw(ge) {
            Ok(SendResult::Yielded(_)) => Err(runtime_error("generator ignored GeneratorExit")),
            Ok(SendResult::Returned(_)) => Ok(()),
            Err(e) if e.matches(&GENERATOR_EXIT) || e.matches(&STOP_ITERATION) => Ok(()),
            Err(e) => Err(e),
        }
    }
}

/// The `value` of a StopIteration.
pub fn stop_value(e: &PyErr) -> Value {
    crate::objects::instance::dict_get(&e.exc, &crate::objects::str::intern("value")).unwrap_or_else(none)
}

fn close_iter(it: &Value) -> PyResult<()> {
    if let Some(g) = it.downcast::<GeneratorObject>() {
        return g.close();
    }
    if let Some(m) = crate::ops::getattr_opt(it, &crate::objects::str::intern("close"))? {
        crate::call::call(&m, &[], None)?;
    }
    Ok(())
}

/// One step of `yield from`: send `value` into the iterator `it`.
pub fn send_to(it: &Value, value: Value) -> PyResult<SendResult> {
    if let Some(g) = it.downcast::<GeneratorObject>() {
        return g.resume(Some(value), None);
    }
    if is_none(&value) {
        return match it.ty().iternext.get() {
            Some(f) => match f(it) {
                Ok(Some(v)) => Ok(SendResult::Yielded(v)),
                Ok(None) => Ok(SendResult::Returned(none())),
                Err(e) if e.matches(&STOP_ITERATION) => Ok(SendResult::Returned(stop_value(&e))),
                Err(e) => Err(e),
            },
            None => match crate::ops::call_method(it, "__next__", &[]) {
                Ok(v) => Ok(SendResult::Yielded(v)),
                Err(e) if e.matches(&STOP_ITERATION) => Ok(SendResult::Returned(stop_value(&e))),
                Err(e) => Err(e),
            },
        };
    }
    match crate::ops::call_method(it, "send", &[value]) {
        Ok(v) => Ok(SendResult::Yielded(v)),
        Err(e) if e.matches(&STOP_ITERATION) => Ok(SendResult::Returned(stop_value(&e))),
        Err(e) => Err(e),
    }
}

fn g(v: &Value) -> &GeneratorObject {
    v.downcast::<GeneratorObject>().unwrap()
}

fn yielded_or_stop(r: SendResult) -> PyResult<Value> {
    match r {
        SendResult::Yielded(v) => Ok(v),
        SendResult::Returned(v) => {
            if is_none(&v) {
                Err(crate::error::stop_iteration(None))
            } else {
                Err(crate::error::stop_iteration(Some(v)))
            }
        }
    }
}

/// The generator's native step: a non-None return value ends it with StopIteration(value).
fn gen_iternext(it: &Value) -> PyResult<Option<Value>> {
    match g(it).resume(None, None)? {
        SendResult::Yielded(v) => Ok(Some(v)),
        SendResult::Returned(v) if is_none(&v) => Ok(None),
        SendResult::Returned(v) => Err(crate::error::stop_iteration(Some(v))),
    }
}

fn gen_send(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!("generator.send() takes exactly one argument ({} given)", args.len() - 1)));
    }
    yielded_or_stop(g(&args[0]).resume(Some(args[1].clone()), None)?)
}

fn gen_throw(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if args.len() < 2 || args.len() > 4 {
        return Err(type_error("throw expected at least 1 argument"));
    }
    let typ = &args[1];
    let e = if let Some(t) = typ.downcast::<TypeObject>() {
        if !t.is_exception() {
            return Err(type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not type"
            )));
        }
        match args.get(2) {
            Some(v) if !is_none(v) && v.isinstance(t) => v.clone(),
            Some(v) if !is_none(v) => crate::call::call(typ, &[v.clone()], None)?,
            _ => crate::call::call(typ, &[], None)?,
        }
    } else if as_exc(typ).is_some() {
        if args.get(2).is_some_and(|v| !is_none(v)) {
            return Err(type_error("instance exception may not have a separate value"));
        }
        typ.clone()
    } else {
        return Err(type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            typ.ty().name()
        )));
    };
    if let Some(tb) = args.get(3) {
        if !is_none(tb) {
            as_exc(&e).unwrap().set_traceback(Some(tb.clone()));
        }
    }
    yielded_or_stop(g(&args[0]).throw(PyErr::from_value(e))?)
}

fn gen_close(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    g(&args[0]).close()?;
    Ok(none())
}

fn gen_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let q = unsafe { (*g(&args[0]).qualname.get()).clone() };
    Ok(new_str(format!("<{} object {} at {:#x}>", args[0].ty().name(), as_str(&q).unwrap_or("?"), args[0].id())))
}

// ----- coroutines ----------------------------------------------------------------

/// `coroutine.__await__()`.
fn coro_await(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(crate::types::new_object(CoroWrapperObject { header: ObjHeader::new(std::ptr::null()), coro: args[0].clone() }))
}

fn wrapped_coro(v: &Value) -> &GeneratorObject {
    g(&v.downcast::<CoroWrapperObject>().unwrap().coro)
}

fn coro_wrapper_next(it: &Value) -> PyResult<Option<Value>> {
    match wrapped_coro(it).resume(None, None)? {
        SendResult::Yielded(v) => Ok(Some(v)),
        SendResult::Returned(v) if is_none(&v) => Ok(None),
        SendResult::Returned(v) => Err(crate::error::stop_iteration(Some(v))),
    }
}

fn coro_wrapper_send(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let c = args[0].downcast::<CoroWrapperObject>().unwrap().coro.clone();
    let mut full = vec![c];
    full.extend_from_slice(&args[1..]);
    gen_send(&full, kw)
}

fn coro_wrapper_throw(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let c = args[0].downcast::<CoroWrapperObject>().unwrap().coro.clone();
    let mut full = vec![c];
    full.extend_from_slice(&args[1..]);
    gen_throw(&full, kw)
}

fn coro_wrapper_close(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    wrapped_coro(&args[0]).close()?;
    Ok(none())
}

/// The iterator `await v` delegates to: a coroutine itself, or what
/// `v.__await__()` returns (which must be an iterator, not a coroutine).
pub fn get_awaitable(v: &Value) -> PyResult<Value> {
    if let Some(c) = v.downcast::<GeneratorObject>() {
        if c.is_coroutine() {
            return Ok(v.clone());
        }
    }
    let Some(f) = v.ty().lookup_str("__await__") else {
        return Err(type_error(format!("object {} can't be used in 'await' expression", v.ty().name())));
    };
    let it = crate::ops::call_special(&f, v, &[])?;
    if it.downcast::<GeneratorObject>().is_some_and(|c| c.is_coroutine()) {
        return Err(type_error("__await__() returned a coroutine"));
    }
    if !crate::ops::is_iterator(&it) {
        return Err(type_error(format!("__await__() returned non-iterator of type '{}'", it.ty().name())));
    }
    Ok(it)
}

fn gi_running(v: &Value) -> PyResult<Value> {
    Ok(crate::objects::bool_none::new_bool(g(v).running.get()))
}

fn gi_code(v: &Value) -> PyResult<Value> {
    Ok(g(v).code.clone())
}

fn gi_frame(v: &Value) -> PyResult<Value> {
    // Frames are not objects yet; None tells callers the generator is done.
    Ok(if g(v).frame().is_some() { crate::objects::bool_none::new_bool(true) } else { none() })
}

fn gi_yieldfrom(v: &Value) -> PyResult<Value> {
    Ok(g(v).yield_from_target().unwrap_or_else(none))
}

fn gen_name(v: &Value) -> PyResult<Value> {
    Ok(unsafe { (*g(v).name.get()).clone() })
}

fn gen_set_name(v: &Value, n: Option<&Value>) -> PyResult<()> {
    let n = n.filter(|n| as_str(n).is_some()).ok_or_else(|| type_error("__name__ must be set to a string object"))?;
    unsafe { *g(v).name.get() = n.clone() };
    Ok(())
}

fn gen_qualname(v: &Value) -> PyResult<Value> {
    Ok(unsafe { (*g(v).qualname.get()).clone() })
}

fn gen_set_qualname(v: &Value, n: Option<&Value>) -> PyResult<()> {
    let n = n.filter(|n| as_str(n).is_some()).ok_or_else(|| type_error("__qualname__ must be set to a string object"))?;
    unsafe { *g(v).qualname.get() = n.clone() };
    Ok(())
}

/// A suspended generator being freed is closed first, running its `finally` blocks.
unsafe fn gen_dealloc(h: *mut ObjHeader) {
    let gen = &*(h as *const GeneratorObject);
    if gen.frame().as_ref().is_some_and(|f| f.ip > 0) {
        (*h).refcnt.set(1);
        let v = Value::from_owned_ptr(h);
        if let Err(e) = gen.close() {
            crate::traceback::write_unraisable(&e, "Exception ignored in", &v);
        }
        let n = v.refcnt();
        std::mem::forget(v);
        (*h).refcnt.set(n - 1);
        if n > 1 {
            return; // resurrected
        }
    }
    crate::types::dealloc_native::<GeneratorObject>(h);
}

pub fn init() {
    crate::objects::iter::register_iterator(&GENERATOR_TYPE, gen_iternext);
    crate::types::init_builtin_type(&COROUTINE_TYPE);
    let c = &COROUTINE_TYPE;
    build::method(c, "send", gen_send);
    build::method(c, "throw", gen_throw);
    build::method(c, "close", gen_close);
    build::method(c, "__repr__", gen_repr);
    build::method(c, "__await__", coro_await);
    build::getset(c, "cr_running", gi_running, None);
    build::getset(c, "cr_code", gi_code, None);
    build::getset(c, "cr_frame", gi_frame, None);
    build::getset(c, "cr_await", gi_yieldfrom, None);
    build::getset(c, "__name__", gen_name, Some(gen_set_name));
    build::getset(c, "__qualname__", gen_qualname, Some(gen_set_qualname));
    crate::objects::iter::register_iterator(&CORO_WRAPPER_TYPE, coro_wrapper_next);
    build::method(&CORO_WRAPPER_TYPE, "send", coro_wrapper_send);
    build::method(&CORO_WRAPPER_TYPE, "throw", coro_wrapper_throw);
    build::method(&CORO_WRAPPER_TYPE, "close", coro_wrapper_close);
    let t = &GENERATOR_TYPE;
    build::method(t, "send", gen_send);
    build::method(t, "throw", gen_throw);
    build::method(t, "close", gen_close);
    build::method(t, "__repr__", gen_repr);
    build::getset(t, "gi_running", gi_running, None);
    build::getset(t, "gi_code", gi_code, None);
    build::getset(t, "gi_frame", gi_frame, None);
    build::getset(t, "gi_yieldfrom", gi_yieldfrom, None);
    build::getset(t, "__name__", gen_name, Some(gen_set_name));
    build::getset(t, "__qualname__", gen_qualname, Some(gen_set_qualname));
}
