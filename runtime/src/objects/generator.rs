//! Generators: a function frame kept on the heap and resumed by `send`,
//! `throw` and `close`. `yield from` delegates through `send_to`.
//! Coroutines (`async def`) and asynchronous generators (`async def` with
//! `yield`) share the machinery; an asynchronous generator is driven through
//! the awaitables its `asend()`/`athrow()`/`aclose()` return, which tell its
//! items (wrapped by `AsyncGenWrap`) from values its `await`s pass up.

use crate::error::{runtime_error, type_error, value_error, PyErr, PyResult};
use crate::interp::frame::Frame;
use crate::interp::Exit;
use crate::objects::bool_none::{is_none, none};
use crate::objects::exception::{as_exc, GENERATOR_EXIT, STOP_ASYNC_ITERATION, STOP_ITERATION};
use crate::objects::tuple::tuple_items;
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
    /// Async generators: an `asend()`/`athrow()` awaitable is running it (ag_running_async).
    running_async: Cell<bool>,
    /// Async generators: finished, or `aclose()` was called (ag_closed).
    closed: Cell<bool>,
    /// Async generators: the `sys.set_asyncgen_hooks` hooks were applied.
    hooks_inited: Cell<bool>,
    /// Async generators: the finalizer hook in force at the first iteration.
    finalizer: UnsafeCell<Option<Value>>,
}

/// Which of the three generator-like types an object is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

unsafe impl PyObj for GeneratorObject {
    fn class() -> &'static TypeObject {
        &GENERATOR_TYPE
    }

    fn has_layout(t: &TypeObject) -> bool {
        std::ptr::eq(t, &GENERATOR_TYPE) || std::ptr::eq(t, &COROUTINE_TYPE) || std::ptr::eq(t, &ASYNC_GENERATOR_TYPE)
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

/// Asynchronous generators (`async def` with `yield`).
pub static ASYNC_GENERATOR_TYPE: TypeObject = {
    let mut t = TypeObject::builtin::<GeneratorObject>("async_generator", Some(&OBJECT_TYPE), 0);
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
    use tern_frontend::code::flags;
    let f = frame.code().code.flags;
    let ty = if f & flags::COROUTINE != 0 {
        &COROUTINE_TYPE
    } else if f & flags::ASYNC_GENERATOR != 0 {
        &ASYNC_GENERATOR_TYPE
    } else {
        &GENERATOR_TYPE
    };
    crate::types::alloc_object(ty, GeneratorObject {
        header: ObjHeader::new(std::ptr::null()),
        code: frame.code_ref.clone(),
        frame: UnsafeCell::new(Some(frame)),
        running: Cell::new(false),
        name: UnsafeCell::new(func.name().clone()),
        qualname: UnsafeCell::new(func.qualname().clone()),
        exc_state: UnsafeCell::new(none()),
        running_async: Cell::new(false),
        closed: Cell::new(false),
        hooks_inited: Cell::new(false),
        finalizer: UnsafeCell::new(None),
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

    /// Generator, coroutine or asynchronous generator.
    pub fn kind(&self) -> GenKind {
        let t = self.header.ty.get();
        if std::ptr::eq(t, &COROUTINE_TYPE) {
            GenKind::Coroutine
        } else if std::ptr::eq(t, &ASYNC_GENERATOR_TYPE) {
            GenKind::AsyncGenerator
        } else {
            GenKind::Generator
        }
    }

    /// "generator", "coroutine" or "async generator", as CPython's messages say.
    fn kind_word(&self) -> &'static str {
        match self.kind() {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }

    /// `co_flags` of the generator's code.
    pub fn code_flags(&self) -> u32 {
        unsafe { self.code.downcast_unchecked::<crate::objects::code::CodeObj>() }.code.flags
    }

    /// The frame, while the generator has not finished.
    pub fn live_frame(&self) -> Option<&mut Frame> {
        self.frame().as_deref_mut()
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
        self.resume_ex(sent, throw, false)
    }

    /// `resume`; `closing`: called by `close()`, which is silent on an exhausted coroutine.
    fn resume_ex(&self, sent: Option<Value>, throw: Option<PyErr>, closing: bool) -> PyResult<SendResult> {
        if self.running.get() {
            return Err(value_error(format!("{} already executing", self.kind_word())));
        }
        let Some(frame) = self.frame().as_mut() else {
            if self.is_coroutine() && !closing {
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
                    return Err(type_error(format!("can't send non-None value to a just-started {}", self.kind_word())));
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
                Err(self.fix_stop_error(e))
            }
        }
    }

    /// StopIteration (and, from an async generator, StopAsyncIteration)
    /// escaping the frame becomes a RuntimeError caused by it.
    fn fix_stop_error(&self, e: PyErr) -> PyErr {
        let what = if e.matches(&STOP_ITERATION) {
            "StopIteration"
        } else if self.kind() == GenKind::AsyncGenerator && e.matches(&STOP_ASYNC_ITERATION) {
            "StopAsyncIteration"
        } else {
            return e;
        };
        let new = runtime_error(format!("{} raised {what}", self.kind_word()));
        let eo = as_exc(&new.exc).unwrap();
        eo.set_cause(Some(e.exc.clone()));
        eo.set_context(Some(e.exc));
        eo.suppress_context.set(true);
        new
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
                Err(self.fix_stop_error(e))
            }
        }
    }

    /// `gen.throw(exc)`, delegating to a `yield from` target first.
    pub fn throw(&self, e: PyErr) -> PyResult<SendResult> {
        self.throw_ex(e, true)
    }

    /// `throw`; `close_on_genexit`: a GeneratorExit closes the delegated-to
    /// iterator rather than being thrown into it (false for `athrow`/`aclose`).
    fn throw_ex(&self, e: PyErr, close_on_genexit: bool) -> PyResult<SendResult> {
        if let Some(sub) = self.yield_from_target() {
            if close_on_genexit && e.matches(&GENERATOR_EXIT) {
                self.running.set(true);
                let r = close_iter(&sub);
                self.running.set(false);
                if let Err(err) = r {
                    return self.resume(None, Some(err));
                }
                return self.resume(None, Some(e));
            }
            self.running.set(true);
            let r = if let Some(g) = sub.downcast::<GeneratorObject>().filter(|g| g.kind() != GenKind::AsyncGenerator) {
                g.throw_ex(e, close_on_genexit)
            } else {
                match crate::ops::getattr_opt(&sub, &crate::objects::str::intern_static("throw")) {
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
        let r = match self.yield_from_target() {
            Some(_) => self.throw(ge),
            None => self.resume_ex(None, Some(ge), true),
        };
        match r {
            Ok(SendResult::Yielded(_)) => Err(runtime_error(format!("{} ignored GeneratorExit", self.kind_word()))),
            Ok(SendResult::Returned(_)) => Ok(()),
            Err(e) if e.matches(&GENERATOR_EXIT) || e.matches(&STOP_ITERATION) => Ok(()),
            Err(e) => Err(e),
        }
    }
}

/// The `value` of a StopIteration.
pub fn stop_value(e: &PyErr) -> Value {
    crate::objects::instance::dict_get(&e.exc, &crate::objects::str::intern_static("value")).unwrap_or_else(none)
}

fn close_iter(it: &Value) -> PyResult<()> {
    if let Some(g) = it.downcast::<GeneratorObject>() {
        return g.close();
    }
    if let Some(m) = crate::ops::getattr_opt(it, &crate::objects::str::intern_static("close"))? {
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
    let e = throw_args_exception(&args[1..])?;
    yielded_or_stop(g(&args[0]).throw(e)?)
}

/// The exception `throw(typ[, val[, tb]])` raises, with CPython's checks.
fn throw_args_exception(args: &[Value]) -> PyResult<PyErr> {
    let typ = &args[0];
    let e = if let Some(t) = typ.downcast::<TypeObject>() {
        if !t.is_exception() {
            return Err(type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not type"
            )));
        }
        match args.get(1) {
            Some(v) if !is_none(v) && v.isinstance(t) => v.clone(),
            Some(v) if !is_none(v) => match tuple_items(v) {
                Some(items) => crate::call::call(typ, items, None)?,
                None => crate::call::call(typ, &[v.clone()], None)?,
            },
            _ => crate::call::call(typ, &[], None)?,
        }
    } else if as_exc(typ).is_some() {
        if args.get(1).is_some_and(|v| !is_none(v)) {
            return Err(type_error("instance exception may not have a separate value"));
        }
        typ.clone()
    } else {
        return Err(type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            typ.ty().name()
        )));
    };
    if let Some(tb) = args.get(2) {
        if !is_none(tb) {
            if tb.downcast::<crate::objects::exception::TracebackObject>().is_none() {
                return Err(type_error("throw() third argument must be a traceback object"));
            }
            as_exc(&e).unwrap().set_traceback(Some(tb.clone()));
        }
    }
    Ok(PyErr::from_value(e))
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
        // Coroutines, and generators marked by `types.coroutine`.
        if c.is_coroutine() || (c.kind() == GenKind::Generator && c.code_flags() & tern_frontend::code::flags::ITERABLE_COROUTINE != 0) {
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

/// `gi_frame`: the frame object while the generator has not finished, else None.
fn gi_frame(v: &Value) -> PyResult<Value> {
    Ok(match g(v).frame().as_deref_mut() {
        Some(f) => crate::objects::frameobj::frame_object(f),
        None => none(),
    })
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

// ----- asynchronous generators ----------------------------------------------------

/// An item an asynchronous generator yields (CPython's _PyAsyncGenWrappedValue).
#[repr(C)]
pub struct AsyncGenWrappedObject {
    pub header: ObjHeader,
    val: Value,
}

unsafe impl PyObj for AsyncGenWrappedObject {
    fn class() -> &'static TypeObject {
        &ASYNC_GEN_WRAPPED_TYPE
    }
}

pub static ASYNC_GEN_WRAPPED_TYPE: TypeObject =
    TypeObject::builtin::<AsyncGenWrappedObject>("async_generator_wrapped_value", Some(&OBJECT_TYPE), 0);

/// Wraps the value of an asynchronous generator's `yield` (the `AsyncGenWrap` instruction).
pub fn async_gen_wrap(val: Value) -> Value {
    crate::types::new_object(AsyncGenWrappedObject { header: ObjHeader::new(std::ptr::null()), val })
}

/// States of the `asend()`/`athrow()` awaitables (CPython's AwaitableState).
const AWAIT_INIT: u8 = 0;
const AWAIT_ITER: u8 = 1;
const AWAIT_CLOSED: u8 = 2;

/// What `agen.asend(v)` and `agen.__anext__()` return.
#[repr(C)]
pub struct AsyncGenASendObject {
    pub header: ObjHeader,
    gen: Value,
    sendval: Value,
    state: Cell<u8>,
}

unsafe impl PyObj for AsyncGenASendObject {
    fn class() -> &'static TypeObject {
        &ASYNC_GEN_ASEND_TYPE
    }
}

pub static ASYNC_GEN_ASEND_TYPE: TypeObject =
    TypeObject::builtin::<AsyncGenASendObject>("async_generator_asend", Some(&OBJECT_TYPE), 0);

/// What `agen.athrow(...)` and `agen.aclose()` (no arguments) return.
#[repr(C)]
pub struct AsyncGenAThrowObject {
    pub header: ObjHeader,
    gen: Value,
    /// The `athrow` arguments; None for `aclose()`.
    args: Option<Value>,
    state: Cell<u8>,
}

unsafe impl PyObj for AsyncGenAThrowObject {
    fn class() -> &'static TypeObject {
        &ASYNC_GEN_ATHROW_TYPE
    }
}

pub static ASYNC_GEN_ATHROW_TYPE: TypeObject =
    TypeObject::builtin::<AsyncGenAThrowObject>("async_generator_athrow", Some(&OBJECT_TYPE), 0);

/// StopIteration carrying `v` (no arguments for None), as `_PyGen_SetStopIterationValue`.
fn stop_with(v: Value) -> PyErr {
    if is_none(&v) {
        crate::error::stop_iteration(None)
    } else {
        crate::error::stop_iteration(Some(v))
    }
}

/// On the first `asend`/`athrow`/`aclose`, applies `sys.set_asyncgen_hooks`:
/// remembers the finalizer and calls `firstiter(agen)` (async_gen_init_hooks).
fn async_gen_init_hooks(genv: &Value) -> PyResult<()> {
    let gen = g(genv);
    if gen.hooks_inited.get() {
        return Ok(());
    }
    gen.hooks_inited.set(true);
    let (firstiter, finalizer) = crate::modules::sys::asyncgen_hooks();
    unsafe { *gen.finalizer.get() = finalizer };
    if let Some(f) = firstiter {
        crate::call::call(&f, &[genv.clone()], None)?;
    }
    Ok(())
}

/// What a step of the generator means to its awaitable (async_gen_unwrap_value):
/// a wrapped item ends the awaitable with StopIteration(item), a return ends
/// the generator with StopAsyncIteration, anything else an `await` passes up.
fn async_gen_unwrap(gen: &GeneratorObject, r: PyResult<SendResult>) -> PyResult<Value> {
    let e = match r {
        Ok(SendResult::Yielded(v)) => {
            if let Some(w) = v.downcast_exact::<AsyncGenWrappedObject>() {
                gen.running_async.set(false);
                return Err(stop_with(w.val.clone()));
            }
            return Ok(v);
        }
        Ok(SendResult::Returned(_)) => PyErr::with_args(&STOP_ASYNC_ITERATION, vec![]),
        Err(e) => e,
    };
    if e.matches(&STOP_ASYNC_ITERATION) || e.matches(&GENERATOR_EXIT) {
        gen.closed.set(true);
    }
    gen.running_async.set(false);
    Err(e)
}

fn ag_self(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(args[0].clone())
}

/// `agen.__anext__()`.
fn ag_anext(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    async_gen_init_hooks(&args[0])?;
    Ok(new_asend(&args[0], none()))
}

fn new_asend(gen: &Value, sendval: Value) -> Value {
    crate::types::new_object(AsyncGenASendObject {
        header: ObjHeader::new(std::ptr::null()),
        gen: gen.clone(),
        sendval,
        state: Cell::new(AWAIT_INIT),
    })
}

/// `agen.asend(value)`.
fn ag_asend(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!("async_generator.asend() takes exactly one argument ({} given)", args.len() - 1)));
    }
    async_gen_init_hooks(&args[0])?;
    Ok(new_asend(&args[0], args[1].clone()))
}

fn new_athrow(gen: &Value, args: Option<Value>) -> Value {
    crate::types::new_object(AsyncGenAThrowObject {
        header: ObjHeader::new(std::ptr::null()),
        gen: gen.clone(),
        args,
        state: Cell::new(AWAIT_INIT),
    })
}

/// `agen.athrow(typ[, val[, tb]])`.
fn ag_athrow(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    async_gen_init_hooks(&args[0])?;
    Ok(new_athrow(&args[0], Some(crate::objects::tuple::new_tuple(args[1..].to_vec()))))
}

/// `agen.aclose()`.
fn ag_aclose(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(type_error(format!("async_generator.aclose() takes no arguments ({} given)", args.len() - 1)));
    }
    async_gen_init_hooks(&args[0])?;
    Ok(new_athrow(&args[0], None))
}

fn ag_running(v: &Value) -> PyResult<Value> {
    Ok(crate::objects::bool_none::new_bool(g(v).running_async.get()))
}

fn asend_of(v: &Value) -> &AsyncGenASendObject {
    v.downcast::<AsyncGenASendObject>().unwrap()
}

/// One step of an `asend()` awaitable with `arg` sent in.
fn asend_step(o: &AsyncGenASendObject, arg: Value) -> PyResult<Value> {
    if o.state.get() == AWAIT_CLOSED {
        return Err(runtime_error("cannot reuse already awaited __anext__()/asend()"));
    }
    let gen = g(&o.gen);
    let mut arg = arg;
    if o.state.get() == AWAIT_INIT {
        if gen.running_async.get() {
            return Err(runtime_error("anext(): asynchronous generator is already running"));
        }
        if is_none(&arg) {
            arg = o.sendval.clone();
        }
        o.state.set(AWAIT_ITER);
    }
    gen.running_async.set(true);
    let r = async_gen_unwrap(gen, gen.resume(Some(arg), None));
    if r.is_err() {
        o.state.set(AWAIT_CLOSED);
    }
    r
}

fn asend_send(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!("async_generator_asend.send() takes exactly one argument ({} given)", args.len() - 1)));
    }
    asend_step(asend_of(&args[0]), args[1].clone())
}

/// Iterating an awaitable: StopIteration without a value is plain exhaustion.
fn stop_to_end(r: PyResult<Value>) -> PyResult<Option<Value>> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&STOP_ITERATION) && e.exc.is_type(&STOP_ITERATION) && is_none(&stop_value(&e)) => Ok(None),
        Err(e) => Err(e),
    }
}

fn asend_iternext(it: &Value) -> PyResult<Option<Value>> {
    stop_to_end(asend_step(asend_of(it), none()))
}

fn asend_throw(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let o = asend_of(&args[0]);
    if o.state.get() == AWAIT_CLOSED {
        return Err(runtime_error("cannot reuse already awaited __anext__()/asend()"));
    }
    if args.len() < 2 || args.len() > 4 {
        return Err(type_error("throw expected at least 1 argument"));
    }
    let e = throw_args_exception(&args[1..])?;
    let gen = g(&o.gen);
    let r = async_gen_unwrap(gen, gen.throw(e));
    if r.is_err() {
        o.state.set(AWAIT_CLOSED);
    }
    r
}

fn asend_close(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    asend_of(&args[0]).state.set(AWAIT_CLOSED);
    Ok(none())
}

fn athrow_of(v: &Value) -> &AsyncGenAThrowObject {
    v.downcast::<AsyncGenAThrowObject>().unwrap()
}

/// The end of an `athrow()`/`aclose()` awaitable (its check_error path):
/// for `aclose()`, the generator ending is StopIteration (the await is done).
fn athrow_check_error(o: &AsyncGenAThrowObject, e: PyErr) -> PyErr {
    let gen = g(&o.gen);
    gen.running_async.set(false);
    o.state.set(AWAIT_CLOSED);
    if o.args.is_none() && (e.matches(&STOP_ASYNC_ITERATION) || e.matches(&GENERATOR_EXIT)) {
        return crate::error::stop_iteration(None);
    }
    e
}

/// `aclose()` saw the generator yield an item: it ignored GeneratorExit.
fn athrow_ignored_exit(o: &AsyncGenAThrowObject) -> PyErr {
    g(&o.gen).running_async.set(false);
    o.state.set(AWAIT_CLOSED);
    runtime_error("async generator ignored GeneratorExit")
}

/// One step of an `athrow()`/`aclose()` awaitable (async_gen_athrow_send).
fn athrow_step(o: &AsyncGenAThrowObject, arg: Value) -> PyResult<Value> {
    if o.state.get() == AWAIT_CLOSED {
        return Err(runtime_error("cannot reuse already awaited aclose()/athrow()"));
    }
    let gen = g(&o.gen);
    if gen.frame().is_none() {
        o.state.set(AWAIT_CLOSED);
        return Err(crate::error::stop_iteration(None));
    }
    if o.state.get() == AWAIT_INIT {
        if gen.running_async.get() {
            o.state.set(AWAIT_CLOSED);
            return Err(runtime_error(if o.args.is_none() {
                "aclose(): asynchronous generator is already running"
            } else {
                "athrow(): asynchronous generator is already running"
            }));
        }
        if gen.closed.get() {
            o.state.set(AWAIT_CLOSED);
            return Err(PyErr::with_args(&STOP_ASYNC_ITERATION, vec![]));
        }
        if !is_none(&arg) {
            return Err(runtime_error("can't send non-None value to a just-started coroutine"));
        }
        o.state.set(AWAIT_ITER);
        gen.running_async.set(true);
        return match &o.args {
            None => {
                gen.closed.set(true);
                let ge = PyErr::with_args(&GENERATOR_EXIT, vec![]);
                match gen.throw_ex(ge, false) {
                    Ok(SendResult::Yielded(v)) if v.downcast_exact::<AsyncGenWrappedObject>().is_some() => Err(athrow_ignored_exit(o)),
                    Ok(SendResult::Yielded(v)) => Ok(v),
                    Ok(SendResult::Returned(_)) => Err(athrow_check_error(o, PyErr::with_args(&STOP_ASYNC_ITERATION, vec![]))),
                    Err(e) => Err(athrow_check_error(o, e)),
                }
            }
            Some(a) => {
                let items = tuple_items(a).unwrap_or(&[]);
                if items.is_empty() {
                    return Err(type_error("athrow expected at least 1 argument, got 0"));
                }
                if items.len() > 3 {
                    return Err(type_error(format!("athrow expected at most 3 arguments, got {}", items.len())));
                }
                let e = throw_args_exception(items)?;
                let r = async_gen_unwrap(gen, gen.throw_ex(e, false));
                r.map_err(|e| athrow_check_error(o, e))
            }
        };
    }
    let r = gen.resume(Some(arg), None);
    match &o.args {
        Some(_) => async_gen_unwrap(gen, r),
        None => match r {
            Ok(SendResult::Yielded(v)) if v.downcast_exact::<AsyncGenWrappedObject>().is_some() => Err(athrow_ignored_exit(o)),
            Ok(SendResult::Yielded(v)) => Ok(v),
            Ok(SendResult::Returned(_)) => Err(athrow_check_error(o, PyErr::with_args(&STOP_ASYNC_ITERATION, vec![]))),
            Err(e) => Err(athrow_check_error(o, e)),
        },
    }
}

fn athrow_send(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!("async_generator_athrow.send() takes exactly one argument ({} given)", args.len() - 1)));
    }
    athrow_step(athrow_of(&args[0]), args[1].clone())
}

fn athrow_iternext(it: &Value) -> PyResult<Option<Value>> {
    stop_to_end(athrow_step(athrow_of(it), none()))
}

/// `athrow_awaitable.throw(...)` (async_gen_athrow_throw).
fn athrow_throw(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let o = athrow_of(&args[0]);
    if o.state.get() == AWAIT_CLOSED {
        return Err(runtime_error("cannot reuse already awaited aclose()/athrow()"));
    }
    if args.len() < 2 || args.len() > 4 {
        return Err(type_error("throw expected at least 1 argument"));
    }
    let e = throw_args_exception(&args[1..])?;
    let gen = g(&o.gen);
    let r = gen.throw(e);
    match &o.args {
        Some(_) => async_gen_unwrap(gen, r),
        None => match r {
            Ok(SendResult::Yielded(v)) if v.downcast_exact::<AsyncGenWrappedObject>().is_some() => Err(athrow_ignored_exit(o)),
            Ok(SendResult::Yielded(v)) => Ok(v),
            Ok(SendResult::Returned(_)) => Err(crate::error::stop_iteration(None)),
            Err(e) if e.matches(&STOP_ASYNC_ITERATION) || e.matches(&GENERATOR_EXIT) => Err(crate::error::stop_iteration(None)),
            Err(e) => Err(e),
        },
    }
}

fn athrow_close(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    athrow_of(&args[0]).state.set(AWAIT_CLOSED);
    Ok(none())
}

fn init_async_gen() {
    let t = &ASYNC_GENERATOR_TYPE;
    crate::types::init_builtin_type(t);
    build::method(t, "__aiter__", ag_self);
    build::method(t, "__anext__", ag_anext);
    build::method(t, "asend", ag_asend);
    build::method(t, "athrow", ag_athrow);
    build::method(t, "aclose", ag_aclose);
    build::method(t, "__repr__", gen_repr);
    build::getset(t, "ag_running", ag_running, None);
    build::getset(t, "ag_code", gi_code, None);
    build::getset(t, "ag_frame", gi_frame, None);
    build::getset(t, "ag_await", gi_yieldfrom, None);
    build::getset(t, "__name__", gen_name, Some(gen_set_name));
    build::getset(t, "__qualname__", gen_qualname, Some(gen_set_qualname));
    crate::types::init_builtin_type(&ASYNC_GEN_WRAPPED_TYPE);
    let a = &ASYNC_GEN_ASEND_TYPE;
    crate::objects::iter::register_iterator(a, asend_iternext);
    build::method(a, "__await__", ag_self);
    build::method(a, "send", asend_send);
    build::method(a, "throw", asend_throw);
    build::method(a, "close", asend_close);
    let a = &ASYNC_GEN_ATHROW_TYPE;
    crate::objects::iter::register_iterator(a, athrow_iternext);
    build::method(a, "__await__", ag_self);
    build::method(a, "send", athrow_send);
    build::method(a, "throw", athrow_throw);
    build::method(a, "close", athrow_close);
}

/// A suspended generator being freed is closed first, running its `finally`
/// blocks; a suspended asynchronous generator goes to the finalizer hook
/// (`sys.set_asyncgen_hooks`) if one was set when it started.
unsafe fn gen_dealloc(h: *mut ObjHeader) {
    let gen = &*(h as *const GeneratorObject);
    if gen.frame().as_ref().is_some_and(|f| f.ip > 0) {
        (*h).refcnt.set(1);
        let v = Value::from_owned_ptr(h);
        let finalizer = (*gen.finalizer.get()).take().filter(|_| !gen.closed.get());
        if let Some(f) = finalizer {
            if let Err(e) = crate::call::call(&f, &[v.clone()], None) {
                crate::traceback::write_unraisable(&e, "Exception ignored in", &v);
            }
        } else if let Err(e) = gen.close() {
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
    init_async_gen();
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
