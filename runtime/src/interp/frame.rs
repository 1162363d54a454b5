//! Frames, laid out so that every tier can share them.
//!
//! ```text
//!   Frame { code, globals, builtins, locals?, func?, back, ip, sp, slots }
//!   slots: [ fast locals (nlocals) | cells then frees (nderefs) | value stack (max_stack) ]
//! ```
//!
//! A slot holds `Option<Value>`: None is an unbound local or the NULL
//! marker. Slots come from the thread's arena (LIFO) for ordinary calls and
//! from the heap for generator frames, which outlive the call that made them.
//! A Python frame object (`objects::frameobj`) is made only on request and
//! cached in `frame_obj`; the frame hands it its final state on exit.

use crate::error::{type_error, PyResult};
use crate::objects::cell::{new_cell, CellObject};
use crate::objects::code::CodeObj;
use crate::objects::dict::{new_dict, DictObject};
use crate::objects::function::{FunctionObject, Kw};
use crate::objects::str::{as_str, StrObject};
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::thread::ts;
use crate::value::{Unowned, Value};
use tern_frontend::code::flags;

#[repr(C)]
pub struct Frame {
    pub code: *const CodeObj,
    /// Keeps `code` alive.
    pub code_ref: Value,
    /// Owned by the function being run (`func`) or by the caller of `run_code`.
    pub globals: Unowned,
    pub builtins: Unowned,
    /// The locals mapping of module and class bodies.
    pub locals: Option<Value>,
    /// The function being run, if any.
    pub func: Option<Value>,
    pub back: *mut Frame,
    /// Index of the next instruction.
    pub ip: u32,
    /// Index of the instruction being run (for tracebacks).
    pub lasti: u32,
    /// Value stack depth.
    pub sp: u32,
    pub nslots: u32,
    pub slots: *mut Option<Value>,
    /// The bottom of the value stack (`slots` + `stack_base()`).
    pub stack: *mut Option<Value>,
    pub slots_in_arena: bool,
    /// Set while the frame is on the thread's frame chain.
    pub linked: bool,
    /// The frame object (`sys._getframe`, tracebacks), made on demand.
    pub frame_obj: Option<Value>,
}

impl Frame {
    /// A frame for `code` with fresh slots (from the arena unless `on_heap`).
    ///
    /// # Safety
    /// `globals` and `builtins` must outlive the frame: they belong to `func`
    /// (which the frame keeps alive), or to the caller that drops the frame.
    #[inline]
    pub unsafe fn new(code_ref: Value, globals: &Value, builtins: &Value, locals: Option<Value>, func: Option<Value>, on_heap: bool) -> Frame {
        let code = unsafe { code_ref.downcast_unchecked::<CodeObj>() };
        let n = code.frame_size as usize;
        let base = code.stack_base as usize;
        let (slots, in_arena) = if on_heap {
            let mut v: Vec<Option<Value>> = Vec::with_capacity(n);
            v.resize_with(n, || None);
            (Box::into_raw(v.into_boxed_slice()) as *mut Option<Value>, false)
        } else {
            ts().alloc_slots(n, 0..base)
        };
        unsafe { Self::with_slots(code_ref, globals, builtins, locals, func, slots, in_arena) }
    }

    /// A frame for a call of `func` (a function object whose code is `code_ref`)
    /// with exactly its `n` positional parameters, moving the argument values
    /// at `args` into its first slots.
    ///
    /// # Safety
    /// As for `new`; `args` holds `n` live values, which the frame takes.
    #[inline]
    pub unsafe fn with_args(code_ref: Value, globals: &Value, builtins: &Value, func: Value, args: *mut Option<Value>, n: usize) -> Frame {
        let code = unsafe { code_ref.downcast_unchecked::<CodeObj>() };
        let (slots, in_arena) = ts().alloc_slots(code.frame_size as usize, n..code.stack_base as usize);
        // Small counts are copied inline (a memcpy call costs more than the copy).
        unsafe {
            match n {
                0 => {}
                1 => std::ptr::write(slots, std::ptr::read(args)),
                2 => {
                    std::ptr::write(slots, std::ptr::read(args));
                    std::ptr::write(slots.add(1), std::ptr::read(args.add(1)));
                }
                _ => std::ptr::copy_nonoverlapping(args, slots, n),
            }
            Self::with_slots(code_ref, globals, builtins, None, Some(func), slots, in_arena)
        }
    }

    #[inline(always)]
    unsafe fn with_slots(code_ref: Value, globals: &Value, builtins: &Value, locals: Option<Value>, func: Option<Value>, slots: *mut Option<Value>, in_arena: bool) -> Frame {
        let code = unsafe { code_ref.downcast_unchecked::<CodeObj>() } as *const CodeObj;
        let (n, base) = unsafe { ((*code).frame_size, (*code).stack_base as usize) };
        Frame {
            code,
            code_ref,
            globals: Unowned::new(globals),
            builtins: Unowned::new(builtins),
            locals,
            func,
            back: std::ptr::null_mut(),
            ip: 0,
            lasti: 0,
            sp: 0,
            nslots: n,
            slots,
            stack: unsafe { slots.add(base) },
            slots_in_arena: in_arena,
            linked: false,
            frame_obj: None,
        }
    }

    #[inline]
    pub fn code(&self) -> &CodeObj {
        unsafe { &*self.code }
    }

    #[inline]
    pub fn slot(&self, i: usize) -> &mut Option<Value> {
        unsafe { &mut *self.slots.add(i) }
    }

    /// Index of the first value-stack slot.
    #[inline]
    pub fn stack_base(&self) -> usize {
        self.code().stack_base as usize
    }

    /// The cell at deref index `i`.
    #[inline]
    pub fn cell(&self, i: usize) -> &CellObject {
        let n = self.code().nlocals as usize;
        unsafe { self.slot(n + i).as_ref().unwrap_unchecked().downcast_unchecked::<CellObject>() }
    }

    pub fn line(&self) -> u32 {
        self.code().code.line_of(self.lasti as usize)
    }

    /// Creates the cells and copies in the closure (after arguments are bound).
    #[inline]
    pub fn init_derefs(&mut self, closure: Option<&Value>) {
        if self.code().has_derefs {
            self.init_derefs_slow(closure);
        }
    }

    #[inline(never)]
    fn init_derefs_slow(&mut self, closure: Option<&Value>) {
        let c = self.code();
        let code = c.code.clone();
        let nl = code.nlocals();
        for (i, arg) in code.cell2arg.iter().enumerate() {
            let init = match arg {
                Some(a) => self.slot(*a as usize).take(),
                None => None,
            };
            *self.slot(nl + i) = Some(new_cell(init));
        }
        if let Some(cl) = closure {
            let items = tuple_items(cl).unwrap_or(&[]);
            let nc = code.cellvars.len();
            for (i, cell) in items.iter().enumerate() {
                *self.slot(nl + nc + i) = Some(cell.clone());
            }
        }
    }

    /// Puts the frame on the thread's chain (checking the recursion limit).
    #[inline]
    pub fn link(&mut self) -> PyResult<()> {
        let t = ts();
        let d = t.depth.get();
        if d >= t.recursion_limit.get() || crate::thread::native_stack_low() {
            return Err(crate::error::recursion_error("maximum recursion depth exceeded"));
        }
        t.depth.set(d + 1);
        self.back = t.frame.get();
        t.frame.set(self as *mut Frame);
        self.linked = true;
        Ok(())
    }

    #[inline]
    pub fn unlink(&mut self) {
        if self.linked {
            let t = ts();
            t.depth.set(t.depth.get() - 1);
            t.frame.set(self.back);
            self.back = std::ptr::null_mut();
            self.linked = false;
        }
    }

    /// Drops every value in the frame (locals, cells, stack); the slots are
    /// left as stale bits, as above the stack top.
    #[inline]
    pub fn clear(&mut self) {
        let base = self.stack_base();
        let top = (base + self.sp as usize).min(self.nslots as usize);
        self.sp = 0;
        for i in 0..top {
            unsafe { drop(std::ptr::read(self.slots.add(i))) };
        }
    }
}

impl Drop for Frame {
    #[inline]
    fn drop(&mut self) {
        if self.frame_obj.is_some() {
            crate::objects::frameobj::frame_finished(self);
        }
        self.unlink();
        self.clear();
        ts().free_slots(self.slots, self.nslots as usize, self.slots_in_arena);
    }
}

fn func_name(func: &FunctionObject) -> String {
    as_str(func.qualname()).unwrap_or("?").to_owned()
}

/// "'a', 'b', and 'c'" in CPython's argument-error style.
fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

/// Binds call arguments into a fresh frame's parameter slots, following
/// CPython's rules and error messages.
pub fn bind_args(frame: &mut Frame, func: &FunctionObject, args: &[Value], kw: Option<&Kw>) -> PyResult<()> {
    let code = &frame.code().code;
    let argcount = code.argcount as usize;
    let posonly = code.posonlyargcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let has_varargs = code.flags & flags::VARARGS != 0;
    let has_varkw = code.flags & flags::VARKEYWORDS != 0;
    let n = args.len();
    let total_named = argcount + kwonly;

    // Positional arguments.
    let npos = n.min(argcount);
    for (i, a) in args[..npos].iter().enumerate() {
        *frame.slot(i) = Some(a.clone());
    }
    let mut kwdict: Option<Value> = None;
    if has_varkw {
        let d = new_dict();
        let idx = total_named + has_varargs as usize;
        *frame.slot(idx) = Some(d.clone());
        kwdict = Some(d);
    }
    if has_varargs {
        let extra = if n > argcount { args[argcount..].to_vec() } else { Vec::new() };
        *frame.slot(total_named) = Some(new_tuple(extra));
    } else if n > argcount {
        return Err(too_many_positional(frame, func, n, kw));
    }

    // Keyword arguments.
    if let Some(kw) = kw {
        let varnames = &frame.code().varnames;
        let mut posonly_passed: Vec<String> = Vec::new();
        for (name, value) in kw.names.iter().zip(kw.values.iter()) {
            let ns = unsafe { name.downcast_unchecked::<StrObject>() };
            let mut found = None;
            for (j, vn) in varnames.iter().enumerate().take(total_named).skip(posonly) {
                if vn.is(name) || as_str(vn) == Some(ns.as_str()) {
                    found = Some(j);
                    break;
                }
            }
            match found {
                Some(j) => {
                    if frame.slot(j).is_some() {
                        return Err(type_error(format!(
                            "{}() got multiple values for argument '{}'",
                            func_name(func),
                            ns.as_str()
                        )));
                    }
                    *frame.slot(j) = Some(value.clone());
                }
                None => {
                    if let Some(d) = &kwdict {
                        unsafe { d.downcast_unchecked::<DictObject>() }.set(name.clone(), value.clone())?;
                    } else if varnames[..posonly].iter().any(|v| as_str(v) == Some(ns.as_str())) {
                        posonly_passed.push(ns.as_str().to_owned());
                    } else {
                        return Err(type_error(format!(
                            "{}() got an unexpected keyword argument '{}'",
                            func_name(func),
                            ns.as_str()
                        )));
                    }
                }
            }
        }
        if !posonly_passed.is_empty() {
            return Err(type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                func_name(func),
                posonly_passed.join(", ")
            )));
        }
    }

    // Defaults for missing positional parameters.
    if n < argcount {
        let defaults: &[Value] = func.defaults().and_then(tuple_items).unwrap_or(&[]);
        let first_default = argcount - defaults.len();
        let mut missing: Vec<String> = Vec::new();
        for i in n..argcount {
            if frame.slot(i).is_none() {
                if i >= first_default {
                    *frame.slot(i) = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(as_str(&frame.code().varnames[i]).unwrap_or("?").to_owned());
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                func_name(func),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
    }
    // Keyword-only defaults.
    if kwonly > 0 {
        let mut missing: Vec<String> = Vec::new();
        for i in argcount..total_named {
            if frame.slot(i).is_none() {
                let name = frame.code().varnames[i].clone();
                let dflt = match func.kwdefaults() {
                    Some(d) => unsafe { d.downcast_unchecked::<DictObject>() }.get_str(&name),
                    None => None,
                };
                match dflt {
                    Some(v) => *frame.slot(i) = Some(v),
                    None => missing.push(as_str(&name).unwrap_or("?").to_owned()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                func_name(func),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
    }
    Ok(())
}

fn too_many_positional(frame: &Frame, func: &FunctionObject, given: usize, kw: Option<&Kw>) -> crate::error::PyErr {
    let code = &frame.code().code;
    let argcount = code.argcount as usize;
    let ndefaults = func.defaults().and_then(tuple_items).map_or(0, |d| d.len());
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let takes = if ndefaults > 0 {
        format!("from {} to {} positional arguments", argcount - ndefaults, argcount)
    } else {
        format!("{} positional argument{}", argcount, plural(argcount))
    };
    // Keyword arguments that went to keyword-only parameters are mentioned.
    let kwonly_given = match kw {
        Some(kw) => {
            let names = &frame.code().varnames[argcount..argcount + code.kwonlyargcount as usize];
            kw.names.iter().filter(|n| names.iter().any(|v| as_str(v) == as_str(n))).count()
        }
        None => 0,
    };
    let given_s = if kwonly_given > 0 {
        format!(
            "{} positional argument{} (and {} keyword-only argument{}) were given",
            given,
            plural(given),
            kwonly_given,
            plural(kwonly_given)
        )
    } else {
        format!("{} {} given", given, if given == 1 { "was" } else { "were" })
    };
    type_error(format!("{}() takes {} but {}", func_name(func), takes, given_s))
}
