//! Frame objects (`types.FrameType`) and traceback objects (`types.TracebackType`).
//!
//! Interpreter frames (`interp::frame::Frame`) are plain structs in the
//! thread's arena or inside a generator, shared by every tier; a Python frame
//! object exists only when something asks for one (`sys._getframe`, a
//! traceback entry, `gi_frame`). It is made lazily and cached in the frame
//! (`Frame::frame_obj`). While the frame runs (or is suspended in a
//! generator) the object reads the live frame; when the frame finishes and
//! the object is still referenced, the object takes what it needs to stay
//! valid: `f_back`, the fast locals and cells, the last instruction (as
//! CPython 3.11 copies its `_PyInterpreterFrame` into the `PyFrameObject`).
//! A frame whose object nobody else holds pays one pointer test on exit.

use crate::error::{runtime_error, type_error, value_error, PyResult};
use crate::interp::frame::Frame;
use crate::objects::bool_none::{is_none, new_bool, none};
use crate::objects::code::CodeObj;
use crate::objects::dict::{new_dict, DictObject};
use crate::objects::function::Kw;
use crate::objects::int::new_int;
use crate::objects::str::{as_str, intern, new_str};
use crate::types::{build, TypeObject, OBJECT_TYPE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::{Cell, UnsafeCell};

#[repr(C)]
pub struct FrameObject {
    pub header: ObjHeader,
    /// The running or suspended frame; null once it has finished.
    frame: Cell<*mut Frame>,
    code: Value,
    globals: Value,
    builtins: Value,
    /// `f_back`, saved when the frame finished.
    back: UnsafeCell<Option<Value>>,
    /// Module and class frames: their locals mapping. Function frames: the
    /// dict `f_locals` returns (refreshed on every access, as CPython does).
    locals: UnsafeCell<Option<Value>>,
    /// The fast locals, cells and frees, moved here when the frame finished.
    saved: UnsafeCell<Vec<Option<Value>>>,
    /// The last instruction run, once the frame has finished.
    lasti: Cell<u32>,
    /// The frame had not started (a generator never resumed).
    unstarted: Cell<bool>,
    trace: UnsafeCell<Option<Value>>,
    trace_lines: Cell<bool>,
    trace_opcodes: Cell<bool>,
}

unsafe impl PyObj for FrameObject {
    fn class() -> &'static TypeObject {
        &FRAME_TYPE
    }
}

pub static FRAME_TYPE: TypeObject = TypeObject::builtin::<FrameObject>("frame", Some(&OBJECT_TYPE), 0);

impl FrameObject {
    /// The interpreter frame while it is alive.
    fn live(&self) -> Option<&mut Frame> {
        let p = self.frame.get();
        if p.is_null() {
            None
        } else {
            Some(unsafe { &mut *p })
        }
    }

    fn code_obj(&self) -> &CodeObj {
        unsafe { self.code.downcast_unchecked::<CodeObj>() }
    }

    /// The index of the instruction being run (or last run).
    fn last_instr(&self) -> u32 {
        match self.live() {
            Some(f) => f.lasti,
            None => self.lasti.get(),
        }
    }

    /// A generator frame that has not run yet (`ip` is only saved at yields and returns).
    fn unstarted(&self) -> bool {
        match self.live() {
            Some(f) => !f.linked && f.ip == 0,
            None => self.unstarted.get(),
        }
    }

    /// `f_lineno`: the line of the instruction being run; the `def` line for
    /// a generator that has not started.
    pub fn lineno(&self) -> u32 {
        if self.unstarted() {
            return self.code_obj().code.first_line;
        }
        self.code_obj().code.line_of(self.last_instr() as usize)
    }
}

/// The frame object of an interpreter frame, made on first request.
pub fn frame_object(f: &mut Frame) -> Value {
    if let Some(o) = &f.frame_obj {
        return o.clone();
    }
    let o = crate::types::new_object(FrameObject {
        header: ObjHeader::new(std::ptr::null()),
        frame: Cell::new(f as *mut Frame),
        code: f.code_ref.clone(),
        globals: (*f.globals).clone(),
        builtins: (*f.builtins).clone(),
        back: UnsafeCell::new(None),
        locals: UnsafeCell::new(None),
        saved: UnsafeCell::new(Vec::new()),
        lasti: Cell::new(0),
        unstarted: Cell::new(false),
        trace: UnsafeCell::new(None),
        trace_lines: Cell::new(true),
        trace_opcodes: Cell::new(false),
    });
    f.frame_obj = Some(o.clone());
    o
}

/// Called as an interpreter frame with a frame object finishes (before it
/// leaves the thread's chain): if the object outlives the frame, it keeps
/// `f_back`, the locals and the last instruction.
#[cold]
pub fn frame_finished(f: &mut Frame) {
    let Some(o) = f.frame_obj.take() else { return };
    let fo = unsafe { o.downcast_unchecked::<FrameObject>() };
    fo.frame.set(std::ptr::null_mut());
    fo.lasti.set(f.lasti);
    fo.unstarted.set(!f.linked && f.ip == 0);
    if o.refcnt() == 1 {
        return; // nobody else sees it
    }
    let back = if f.linked && !f.back.is_null() { Some(frame_object(unsafe { &mut *f.back })) } else { None };
    unsafe { *fo.back.get() = back };
    if let Some(l) = &f.locals {
        unsafe { *fo.locals.get() = Some(l.clone()) };
    }
    let c = &f.code().code;
    let n = (c.nlocals() + c.nderefs()).min(f.nslots as usize);
    let saved: Vec<Option<Value>> = (0..n).map(|i| f.slot(i).take()).collect();
    unsafe { *fo.saved.get() = saved };
}

fn fo(v: &Value) -> &FrameObject {
    unsafe { v.downcast_unchecked::<FrameObject>() }
}

/// `sys._getframe(depth)`: the frame object `depth` calls up the stack.
pub fn getframe(depth: i64) -> PyResult<Value> {
    let mut p = crate::thread::ts().frame.get();
    let mut d = depth;
    while d > 0 && !p.is_null() {
        p = unsafe { (*p).back };
        d -= 1;
    }
    if p.is_null() {
        return Err(value_error("call stack is not deep enough"));
    }
    Ok(frame_object(unsafe { &mut *p }))
}

/// A dict of the bound fast locals and cell contents in `slots` (laid out
/// as a frame's: locals, then cells and frees).
fn locals_from_slots(code: &CodeObj, slots: &[Option<Value>], into: &DictObject) {
    let c = &code.code;
    let nl = c.nlocals();
    for (i, name) in code.varnames.iter().enumerate() {
        // A parameter that is also a cell lives in its cell.
        if c.cellvars.iter().any(|cv| Some(cv.as_str()) == as_str(name)) {
            continue;
        }
        match slots.get(i).and_then(|s| s.clone()) {
            Some(v) => into.set_str(name.clone(), v),
            None => {
                let _ = into.remove(name);
            }
        }
    }
    for i in 0..c.nderefs() {
        let name = intern(c.deref_name(i));
        let val = slots
            .get(nl + i)
            .and_then(|s| s.as_ref())
            .and_then(|cell| cell.downcast::<crate::objects::cell::CellObject>())
            .and_then(|cell| cell.get());
        match val {
            Some(v) => into.set_str(name, v),
            None => {
                let _ = into.remove(&name);
            }
        }
    }
}

fn f_locals(v: &Value) -> PyResult<Value> {
    let o = fo(v);
    if let Some(f) = o.live() {
        if let Some(l) = &f.locals {
            return Ok(l.clone());
        }
    }
    let cached = unsafe { (*o.locals.get()).clone() };
    let d = match cached {
        Some(d) => d,
        None => {
            let d = new_dict();
            unsafe { *o.locals.get() = Some(d.clone()) };
            d
        }
    };
    let Some(dd) = d.downcast_exact::<DictObject>() else { return Ok(d) };
    if o.code_obj().code.flags & tern_frontend::code::flags::OPTIMIZED == 0 {
        return Ok(d);
    }
    match o.live() {
        Some(f) => {
            let c = &f.code().code;
            let n = (c.nlocals() + c.nderefs()).min(f.nslots as usize);
            let slots = unsafe { std::slice::from_raw_parts(f.slots as *const Option<Value>, n) };
            locals_from_slots(o.code_obj(), slots, dd);
        }
        None => {
            let saved = unsafe { &*o.saved.get() };
            if !saved.is_empty() {
                locals_from_slots(o.code_obj(), saved, dd);
            }
        }
    }
    Ok(d)
}

fn f_back(v: &Value) -> PyResult<Value> {
    let o = fo(v);
    match o.live() {
        Some(f) => {
            if f.linked && !f.back.is_null() {
                Ok(frame_object(unsafe { &mut *f.back }))
            } else {
                Ok(none())
            }
        }
        None => Ok(unsafe { (*o.back.get()).clone() }.unwrap_or_else(none)),
    }
}

fn f_code(v: &Value) -> PyResult<Value> {
    Ok(fo(v).code.clone())
}

fn f_globals(v: &Value) -> PyResult<Value> {
    Ok(fo(v).globals.clone())
}

fn f_builtins(v: &Value) -> PyResult<Value> {
    Ok(fo(v).builtins.clone())
}

fn f_lineno(v: &Value) -> PyResult<Value> {
    Ok(new_int(fo(v).lineno() as i64))
}

fn f_lasti(v: &Value) -> PyResult<Value> {
    let o = fo(v);
    // CPython counts bytes of 2-byte code units; -1 before the first instruction.
    Ok(new_int(if o.unstarted() { -1 } else { o.last_instr() as i64 * 2 }))
}

fn f_trace(v: &Value) -> PyResult<Value> {
    Ok(unsafe { (*fo(v).trace.get()).clone() }.unwrap_or_else(none))
}

/// `f_trace` is kept (tern has no tracing: the function is never called).
fn set_f_trace(v: &Value, t: Option<&Value>) -> PyResult<()> {
    let t = t.filter(|t| !is_none(t)).cloned();
    unsafe { *fo(v).trace.get() = t };
    Ok(())
}

fn f_trace_lines(v: &Value) -> PyResult<Value> {
    Ok(new_bool(fo(v).trace_lines.get()))
}

fn set_f_trace_lines(v: &Value, t: Option<&Value>) -> PyResult<()> {
    match t.filter(|t| t.is_type(&crate::objects::bool_none::BOOL_TYPE)).map(crate::objects::bool_none::is_true_obj) {
        Some(b) => {
            fo(v).trace_lines.set(b);
            Ok(())
        }
        None => Err(type_error("attribute value type must be bool")),
    }
}

fn f_trace_opcodes(v: &Value) -> PyResult<Value> {
    Ok(new_bool(fo(v).trace_opcodes.get()))
}

fn set_f_trace_opcodes(v: &Value, t: Option<&Value>) -> PyResult<()> {
    match t.filter(|t| t.is_type(&crate::objects::bool_none::BOOL_TYPE)).map(crate::objects::bool_none::is_true_obj) {
        Some(b) => {
            fo(v).trace_opcodes.set(b);
            Ok(())
        }
        None => Err(type_error("attribute value type must be bool")),
    }
}

/// `frame.clear()`: drops the locals of a finished frame; a running frame
/// cannot be cleared.
fn frame_clear(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let o = fo(&args[0]);
    if o.live().is_some() {
        return Err(runtime_error("cannot clear an executing frame"));
    }
    let saved = unsafe { std::mem::take(&mut *o.saved.get()) };
    drop(saved);
    let t = unsafe { (*o.trace.get()).take() };
    drop(t);
    if o.code_obj().code.flags & tern_frontend::code::flags::OPTIMIZED != 0 {
        let l = unsafe { (*o.locals.get()).take() };
        drop(l);
    }
    Ok(none())
}

/// `<frame at 0x..., file '...', line N, code NAME>`.
fn frame_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let o = fo(&args[0]);
    let c = o.code_obj();
    let file = crate::ops::repr_string(&c.filename)?;
    Ok(new_str(format!(
        "<frame at {:#x}, file {}, line {}, code {}>",
        args[0].id(),
        file,
        o.lineno(),
        as_str(&c.name).unwrap_or("?")
    )))
}

// ----- tracebacks ------------------------------------------------------------

/// One traceback entry: a frame, the instruction and line it was running,
/// linked to the entry of the frame it called.
#[repr(C)]
pub struct TracebackObject {
    pub header: ObjHeader,
    next: UnsafeCell<Option<Value>>,
    pub code: Value,
    pub frame: Value,
    pub lineno: u32,
    pub lasti: u32,
}

unsafe impl PyObj for TracebackObject {
    fn class() -> &'static TypeObject {
        &TRACEBACK_TYPE
    }
}

pub static TRACEBACK_TYPE: TypeObject = TypeObject::builtin::<TracebackObject>("traceback", Some(&OBJECT_TYPE), 0);

impl TracebackObject {
    /// `tb_next`.
    pub fn next(&self) -> Option<Value> {
        unsafe { (*self.next.get()).clone() }
    }
}

fn new_traceback(next: Option<Value>, frame: Value, lasti: u32, lineno: u32) -> Value {
    let code = fo(&frame).code.clone();
    crate::types::new_object(TracebackObject {
        header: ObjHeader::new(std::ptr::null()),
        next: UnsafeCell::new(next),
        code,
        frame,
        lineno,
        lasti,
    })
}

/// Adds the entry for `frame` at instruction `lasti` to an exception's
/// traceback (the new entry becomes the head, as PyTraceBack_Here).
pub fn add_traceback(exc: &Value, frame: &mut Frame, lasti: u32) {
    let Some(e) = crate::objects::exception::as_exc(exc) else { return };
    let lineno = frame.code().code.line_of(lasti as usize);
    let fobj = frame_object(frame);
    let tb = new_traceback(e.traceback(), fobj, lasti, lineno);
    e.set_traceback(Some(tb));
}

fn tbo(v: &Value) -> &TracebackObject {
    unsafe { v.downcast_unchecked::<TracebackObject>() }
}

fn tb_lineno(v: &Value) -> PyResult<Value> {
    Ok(new_int(tbo(v).lineno as i64))
}

fn tb_lasti(v: &Value) -> PyResult<Value> {
    Ok(new_int(tbo(v).lasti as i64 * 2))
}

fn tb_frame(v: &Value) -> PyResult<Value> {
    Ok(tbo(v).frame.clone())
}

fn tb_next(v: &Value) -> PyResult<Value> {
    Ok(tbo(v).next().unwrap_or_else(none))
}

/// `tb.tb_next = x`: a traceback or None, refusing loops.
fn set_tb_next(v: &Value, n: Option<&Value>) -> PyResult<()> {
    let Some(n) = n else { return Err(type_error("can't delete tb_next attribute")) };
    let new = if is_none(n) {
        None
    } else if n.downcast::<TracebackObject>().is_some() {
        let mut cur = Some(n.clone());
        while let Some(c) = cur {
            if c.is(v) {
                return Err(value_error("traceback loop detected"));
            }
            cur = tbo(&c).next();
        }
        Some(n.clone())
    } else {
        return Err(type_error(format!("expected traceback object, got '{}'", n.ty().name())));
    };
    let old = unsafe { std::mem::replace(&mut *tbo(v).next.get(), new) };
    drop(old);
    Ok(())
}

/// `types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)`.
fn tb_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::builtins::args::bind("TracebackType", &args[1..], kw, &["tb_next", "tb_frame", "tb_lasti", "tb_lineno"], 4)?;
    let [next, frame, lasti, lineno] = [&a[0], &a[1], &a[2], &a[3]].map(|x| x.clone().unwrap_or_else(none));
    let next = if is_none(&next) {
        None
    } else if next.downcast::<TracebackObject>().is_some() {
        Some(next)
    } else {
        return Err(type_error(format!("expected traceback object or None, got '{}'", next.ty().name())));
    };
    if frame.downcast::<FrameObject>().is_none() {
        return Err(type_error(format!("TracebackType() argument 'tb_frame' must be frame, not {}", frame.ty().name())));
    }
    let lasti = crate::builtins::args::as_c_int(&lasti)?;
    let lineno = crate::builtins::args::as_c_int(&lineno)?;
    Ok(new_traceback(next, frame, (lasti.max(0) / 2) as u32, lineno.max(0) as u32))
}

fn tb_dir(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let names = ["tb_frame", "tb_next", "tb_lasti", "tb_lineno"];
    let _ = &args[0];
    Ok(crate::objects::list::new_list(names.iter().map(|n| intern(n)).collect()))
}

pub fn init() {
    let t = &FRAME_TYPE;
    crate::types::init_builtin_type(t);
    build::getset(t, "f_back", f_back, None);
    build::getset(t, "f_code", f_code, None);
    build::getset(t, "f_globals", f_globals, None);
    build::getset(t, "f_builtins", f_builtins, None);
    build::getset(t, "f_locals", f_locals, None);
    build::getset(t, "f_lineno", f_lineno, None);
    build::getset(t, "f_lasti", f_lasti, None);
    build::getset(t, "f_trace", f_trace, Some(set_f_trace));
    build::getset(t, "f_trace_lines", f_trace_lines, Some(set_f_trace_lines));
    build::getset(t, "f_trace_opcodes", f_trace_opcodes, Some(set_f_trace_opcodes));
    build::method(t, "clear", frame_clear);
    build::method(t, "__repr__", frame_repr);
    let t = &TRACEBACK_TYPE;
    crate::types::init_builtin_type(t);
    build::new(t, tb_new);
    build::getset(t, "tb_frame", tb_frame, None);
    build::getset(t, "tb_next", tb_next, Some(set_tb_next));
    build::getset(t, "tb_lasti", tb_lasti, None);
    build::getset(t, "tb_lineno", tb_lineno, None);
    build::method(t, "__dir__", tb_dir);
}
