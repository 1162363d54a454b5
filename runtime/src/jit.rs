//! The runtime's side of the compiled tiers: when a code object is compiled,
//! how compiled code is entered and how it leaves, and what `TERN_STATS`
//! reports.
//!
//! The compiler lives in the `tier1-cranelift` crate; the `tern` binary
//! installs it at start-up (`install`). Without it the runtime is a complete
//! interpreter.
//!
//! **Tier-up.** Every code object counts its calls and loop back-edges
//! (`CodeObj::counter`). When a frame starts with the count at or past the
//! threshold, the code is compiled and the frame runs compiled; when a loop
//! back-edge in the interpreter crosses it, the running frame moves into
//! compiled code at the loop header (on-stack replacement). Code that cannot
//! be compiled is marked and never tried again.
//!
//! **Compiled code shares the interpreter's frames**: the same slots (fast
//! locals, cells, value stack) at the same places, `ip`/`sp`/`lasti` kept
//! current whenever the runtime can look. So a frame can move between tiers at
//! any instruction where execution may enter a frame (`tern_frontend::flow`),
//! and tracebacks, frame objects and generators see no difference.
//!
//! **The entry ABI**: `extern "C" fn(frame, out) -> u32`. It starts at
//! `frame.ip` (0, a resume point after a yield, a loop header, a handler),
//! and returns `EXIT_RETURN` or `EXIT_YIELD` with the value's bits in `*out`
//! (one owned reference), or `EXIT_ERROR` with the exception left in the
//! thread's pending slot (`set_pending`/`take_pending`).
//!
//! **Calls of compiled code** skip the generic call path: `rt_call` and
//! `rt_call_method` (and the interpreter, through
//! `interp::call_function_moving_args`) hand a call of a function whose
//! code is compiled and takes exactly the arguments given to
//! `interp::call_compiled`, which builds the callee's frame straight from
//! the arena and calls its entry, the result going to the caller's stack
//! slot. A function's `ReturnValue` releases its frame's values itself
//! (unless a frame object exists), so on a plain return the caller only
//! unlinks the frame and frees its slots. (Building the frame in IR at each
//! call site was tried: twice the compile time, and slower on richards.)
//!
//! **The slow path of every instruction** is the interpreter's own code for
//! it: compiled code stores `ip` and `sp` and calls `interp::eval::rt_step`,
//! which runs exactly that one instruction (`STEP_*` results). So each
//! instruction's semantics exist once, and compiled code only adds fast paths.

use crate::error::PyErr;
use crate::interp::frame::Frame;
use crate::interp::Exit;
use crate::objects::code::CodeObj;
use crate::value::Value;
use std::cell::RefCell;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// Compiled code's entry point (see the module documentation).
pub type Entry = unsafe extern "C" fn(frame: *mut Frame, out: *mut u64) -> u32;

/// `Entry` results.
pub const EXIT_RETURN: u32 = 0;
pub const EXIT_YIELD: u32 = 1;
pub const EXIT_ERROR: u32 = 2;

/// `rt_step` results: fall through to the next instruction; continue at
/// `frame.ip` (a jump was taken, or an exception went to a handler there);
/// an exception left the frame (it is pending).
pub const STEP_NEXT: u32 = 0;
pub const STEP_GOTO: u32 = 1;
pub const STEP_ERROR: u32 = 2;
/// From conditional-jump functions only: take the instruction's jump.
pub const STEP_JUMP: u32 = 3;

/// Where a code object stands with the compiled tiers.
#[derive(Clone, Copy)]
pub enum Tier {
    /// Not compiled (yet).
    Interpreted,
    /// The compiler refused it; it stays in the interpreter.
    Failed,
    /// Tier 1 code.
    Compiled(Entry),
}

/// A tier's compiler: the entry of `code`'s machine code, or why it cannot be compiled.
pub type CompileFn = fn(&CodeObj) -> Result<Entry, String>;

static COMPILER: OnceLock<CompileFn> = OnceLock::new();
/// The tier-1 threshold; `u32::MAX` while no compiler is installed or `TERN_JIT=0`.
static THRESHOLD: AtomicU32 = AtomicU32::new(u32::MAX);

/// Installs the tier-1 compiler, unless `TERN_JIT=0`; reads `TERN_TIER1_THRESHOLD`.
pub fn install(compile: CompileFn) -> Result<(), String> {
    if crate::config::get("TERN_JIT") == "0" {
        return Ok(());
    }
    COUNT_STEPS.store(crate::config::get("TERN_STATS") == "1", Ordering::Relaxed);
    let t = crate::config::get("TERN_TIER1_THRESHOLD");
    let threshold: u32 = t.trim().parse().map_err(|_| format!("TERN_TIER1_THRESHOLD must be a count of calls and loop iterations, not {t:?}"))?;
    let _ = COMPILER.set(compile);
    THRESHOLD.store(threshold, Ordering::Relaxed);
    Ok(())
}

/// Count of calls plus back-edges at which code is compiled (`u32::MAX`: never).
#[inline(always)]
pub fn threshold() -> u32 {
    THRESHOLD.load(Ordering::Relaxed)
}

/// Is `code` due for compilation (counter past the threshold, not tried yet)?
#[inline(always)]
pub fn due(code: &CodeObj) -> bool {
    code.counter.get() >= threshold() && matches!(code.tier.get(), Tier::Interpreted)
}

/// Compiles `code` (once): its entry, or None if it stays in the interpreter.
#[cold]
#[inline(never)]
pub fn compile(code: &CodeObj) -> Option<Entry> {
    match code.tier.get() {
        Tier::Compiled(e) => return Some(e),
        Tier::Failed => return None,
        Tier::Interpreted => {}
    }
    let compiler = COMPILER.get()?;
    let start = Instant::now();
    let result = compiler(code);
    let took = start.elapsed();
    let name = describe(code);
    let mut stats = STATS.lock().unwrap_or_else(|e| e.into_inner());
    match result {
        Ok(entry) => {
            stats.compiled.push((name, took));
            code.tier.set(Tier::Compiled(entry));
            code.entry.set(entry as usize);
            Some(entry)
        }
        Err(reason) => {
            stats.failed.push((name, reason));
            code.tier.set(Tier::Failed);
            None
        }
    }
}

/// `qualname (file:line)`, how statistics and dumps name a code object.
pub fn describe(code: &CodeObj) -> String {
    format!("{} ({}:{})", code.code.qualname, code.code.filename, code.code.first_line)
}

/// Runs `frame` in compiled code from `frame.ip`; `throw` is raised there
/// first (a generator's `throw()`), as the interpreter would.
pub fn run(entry: Entry, frame: &mut Frame, throw: Option<PyErr>) -> crate::error::PyResult<Exit> {
    if let Some(e) = throw {
        // The exception happens at the instruction before `ip` (the yield).
        unsafe { crate::interp::eval::raise_at(frame, e)? };
    }
    let mut out = 0u64;
    match unsafe { entry(frame, &mut out) } {
        EXIT_RETURN => Ok(Exit::Return(unsafe { Value::from_raw(out) })),
        EXIT_YIELD => Ok(Exit::Yield(unsafe { Value::from_raw(out) })),
        _ => Err(take_pending()),
    }
}

/// Moves a running interpreter frame into compiled code at the loop header
/// `target` with `depth` values on its stack (on-stack replacement).
#[cold]
#[inline(never)]
pub fn osr(code: &CodeObj, frame: &mut Frame, target: u32, depth: u32) -> Option<crate::error::PyResult<Exit>> {
    let entry = compile(code)?;
    STATS.lock().unwrap_or_else(|e| e.into_inner()).osr_entries += 1;
    frame.ip = target;
    frame.sp = depth;
    Some(run(entry, frame, None))
}

thread_local! {
    static PENDING: RefCell<Option<PyErr>> = const { RefCell::new(None) };
}

/// Leaves the exception compiled code returns with `EXIT_ERROR`.
pub fn set_pending(e: PyErr) {
    PENDING.with(|p| *p.borrow_mut() = Some(e));
}

/// The exception compiled code left (see `set_pending`).
pub fn take_pending() -> PyErr {
    PENDING
        .with(|p| p.borrow_mut().take())
        .unwrap_or_else(|| crate::error::runtime_error("compiled code failed without an exception (tern bug)"))
}

/// A word compiled code counts references in instead of branching when a
/// value has no count (a small int or NULL). It starts high enough never to
/// reach zero, and nobody reads it.
pub static RC_SINK: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(1 << 62);

/// Frees an object whose count compiled code brought to zero.
///
/// # Safety
/// `h` is a heap object with no references left.
pub unsafe extern "C" fn rt_dealloc(h: *mut crate::value::ObjHeader) {
    crate::value::dealloc(h)
}

/// The start of `rt_decref` and `rt_decref_xmm`: returns for a small int
/// or NULL in `rdi`, or once its count, decremented, stays above zero;
/// jumps to `$zero` at zero.
macro_rules! count_down {
    ($zero:literal) => {
        concat!("test dil, 1\njnz 9f\ntest rdi, rdi\njz 9f\nsub qword ptr [rdi], 1\njz ", $zero, "\n9:\nret")
    };
}

/// Drops a reference to the value word in `rdi` (a small int or NULL has
/// none), freeing the object at zero through `rt_dealloc`. Compiled code
/// calls it with Cranelift's `preserve_all` convention: it changes no
/// general-purpose register (those the System V ABI lets a callee clobber
/// are saved around the call that frees). It saves no xmm register: tier 1
/// calls it only from functions with no float values, others call
/// `rt_decref_xmm` (see `emit::Emitter::decref`).
///
/// # Safety
/// `rdi` is a value word whose reference the caller owns; called only by
/// compiled code, with the stack aligned as for any call.
#[unsafe(naked)]
pub unsafe extern "C" fn rt_decref(v: usize) {
    core::arch::naked_asm!(count_down!("{free}"), free = sym decref_free);
}

/// `rt_decref` for code with float values: as it, and it also keeps the
/// xmm registers. A float goes onto the float free list in place (floats
/// are freed often in such code); other objects are freed with xmm0-15
/// saved around the call.
///
/// # Safety
/// As `rt_decref`.
#[unsafe(naked)]
pub unsafe extern "C" fn rt_decref_xmm(v: usize) {
    use crate::objects::float::{FreeList, FLOAT_FREE, FLOAT_TYPE, FREE_MAX};
    // At the free: rsp is 8 mod 16 (the return address), and 264 bytes
    // more make it 0 mod 16 for the call of `decref_free`.
    core::arch::naked_asm!(
        count_down!("3f"),
        "3:",
        "push rax",
        "lea rax, [rip + {float_type}]",
        "cmp [rdi + {ty}], rax",
        "jne 4f",
        "lea rax, [rip + {free_list}]",
        "cmp qword ptr [rax + {len}], {max}",
        "jae 4f",
        "push rcx",
        "mov rcx, [rax + {head}]",
        "mov [rdi], rcx",
        "mov [rax + {head}], rdi",
        "add qword ptr [rax + {len}], 1",
        "pop rcx",
        "pop rax",
        "ret",
        "4:",
        "pop rax",
        "sub rsp, 264",
        "movdqu [rsp], xmm0",
        "movdqu [rsp + 16], xmm1",
        "movdqu [rsp + 32], xmm2",
        "movdqu [rsp + 48], xmm3",
        "movdqu [rsp + 64], xmm4",
        "movdqu [rsp + 80], xmm5",
        "movdqu [rsp + 96], xmm6",
        "movdqu [rsp + 112], xmm7",
        "movdqu [rsp + 128], xmm8",
        "movdqu [rsp + 144], xmm9",
        "movdqu [rsp + 160], xmm10",
        "movdqu [rsp + 176], xmm11",
        "movdqu [rsp + 192], xmm12",
        "movdqu [rsp + 208], xmm13",
        "movdqu [rsp + 224], xmm14",
        "movdqu [rsp + 240], xmm15",
        "call {free}",
        "movdqu xmm0, [rsp]",
        "movdqu xmm1, [rsp + 16]",
        "movdqu xmm2, [rsp + 32]",
        "movdqu xmm3, [rsp + 48]",
        "movdqu xmm4, [rsp + 64]",
        "movdqu xmm5, [rsp + 80]",
        "movdqu xmm6, [rsp + 96]",
        "movdqu xmm7, [rsp + 112]",
        "movdqu xmm8, [rsp + 128]",
        "movdqu xmm9, [rsp + 144]",
        "movdqu xmm10, [rsp + 160]",
        "movdqu xmm11, [rsp + 176]",
        "movdqu xmm12, [rsp + 192]",
        "movdqu xmm13, [rsp + 208]",
        "movdqu xmm14, [rsp + 224]",
        "movdqu xmm15, [rsp + 240]",
        "add rsp, 264",
        "ret",
        float_type = sym FLOAT_TYPE,
        free_list = sym FLOAT_FREE,
        ty = const std::mem::offset_of!(crate::value::ObjHeader, ty),
        head = const std::mem::offset_of!(FreeList, head),
        len = const std::mem::offset_of!(FreeList, len),
        max = const FREE_MAX,
        free = sym decref_free,
    );
}

/// Frees the object in `rdi` (`rt_dealloc`), changing no general-purpose
/// register. Entered as if called (rsp 8 mod 16): nine pushes align the
/// stack for the call.
#[unsafe(naked)]
unsafe extern "C" fn decref_free() {
    core::arch::naked_asm!(
        "push rax",
        "push rcx",
        "push rdx",
        "push rsi",
        "push rdi",
        "push r8",
        "push r9",
        "push r10",
        "push r11",
        "call {dealloc}",
        "pop r11",
        "pop r10",
        "pop r9",
        "pop r8",
        "pop rdi",
        "pop rsi",
        "pop rdx",
        "pop rcx",
        "pop rax",
        "ret",
        dealloc = sym rt_dealloc,
    );
}

/// A compiled function's return (not a generator's): drops the frame's
/// locals, cells and stack below `sp`, leaving the slots NULL and the stack
/// empty (see `interp::call_compiled`).
///
/// # Safety
/// `frame` is the running frame, about to return.
pub unsafe extern "C" fn rt_release_frame(frame: *mut Frame) {
    let f = &mut *frame;
    let top = f.stack_base() + f.sp as usize;
    f.sp = 0;
    for i in 0..top {
        drop(f.slot(i).take());
    }
}

/// The runtime's instruction functions (`rt_step`'s signature).
pub type StepFn = unsafe extern "C" fn(*mut Frame, u32, u32) -> u32;

/// Where `rt_own_then`'s third argument keeps the lent slots (bits above the depth).
pub const LENT_SHIFT: u32 = 16;

/// A slow path of compiled code whose instruction has operands pushed
/// without counting their references (lent; tier 1's `borrowed`): counts
/// them, then runs `f`, the runtime's function for the instruction, which
/// consumes them as it would counted ones. `depth_lent` holds the stack
/// depth in its low `LENT_SHIFT` bits and above them bit k for a lent slot
/// at depth - 1 - k. One call here saves an inline count per lent operand
/// in every cold path (less code for Cranelift to compile).
///
/// # Safety
/// As `f`; the slots the bits name hold values.
pub unsafe extern "C" fn rt_own_then(frame: *mut Frame, ip: u32, depth_lent: u32, f: StepFn) -> u32 {
    let depth = depth_lent & ((1 << LENT_SHIFT) - 1);
    let mut lent = depth_lent >> LENT_SHIFT;
    while lent != 0 {
        let k = lent.trailing_zeros();
        lent &= lent - 1;
        if let Some(v) = &*(*frame).stack.add((depth - 1 - k) as usize) {
            std::mem::forget(v.clone());
        }
    }
    f(frame, ip, depth)
}

/// `x ** y` for compiled code's inline float arithmetic where it is exactly
/// libm's `pow`, as CPython's float power is for a finite positive base, a
/// finite exponent and a finite result; NaN otherwise (the instruction's
/// full path then raises, or makes a complex number).
pub extern "C" fn rt_float_pow(x: f64, y: f64) -> f64 {
    if !(x > 0.0 && x.is_finite() && y.is_finite()) {
        return f64::NAN;
    }
    let r = x.powf(y);
    if r.is_finite() {
        r
    } else {
        f64::NAN
    }
}

/// A new float object for compiled code's inline float arithmetic (its bits).
pub extern "C" fn rt_new_float(f: f64) -> u64 {
    crate::objects::float::new_float(f).into_raw()
}

// Operand helpers: compiled code checks the operand types inline (the
// kinds `feedback` saw) and calls these for the work. A 0 result declines
// with nothing done, and the instruction takes its full path.

/// The hash of a key compiled code passes to a dict helper (an exact str or a small int).
#[inline(always)]
fn simple_key_hash(k: &Value) -> i64 {
    crate::ops::hash(k).unwrap_or(-1)
}

/// `d[k]` for an exact dict `d` and a key `k` that is an exact str or a
/// small int: the value (a new reference), or 0 when the key is missing or
/// finding it would run Python code (a stored key of another type with the
/// same hash).
///
/// # Safety
/// The arguments are live values of those types.
pub unsafe extern "C" fn rt_dict_get(d: u64, k: u64, _: u64) -> u64 {
    let r = dict_lookup(d, k);
    MISSED.set(if matches!(r, Ok(None)) { (d, k, dict_version(d)) } else { (0, 0, 0) });
    match r {
        Ok(Some(v)) => v.into_raw(),
        _ => 0,
    }
}

/// `rt_dict_get`'s lookup: the value, None for a missing key, Err when
/// finding it would run Python code.
///
/// # Safety
/// As `rt_dict_get`.
pub unsafe fn dict_lookup(d: u64, k: u64) -> Result<Option<Value>, ()> {
    let kv = Value::borrow_raw(k);
    Value::borrow_raw(d).downcast_unchecked::<crate::objects::dict::DictObject>().get_native(&kv, simple_key_hash(&kv))
}

/// The version of the exact dict `d`.
unsafe fn dict_version(d: u64) -> u64 {
    Value::borrow_raw(d).downcast_unchecked::<crate::objects::dict::DictObject>().version.get()
}

thread_local! {
    /// What the last `rt_dict_get` found missing, (dict, key, the dict's
    /// version), until a slow path takes it (`take_missed`); zeros otherwise.
    static MISSED: std::cell::Cell<(u64, u64, u64)> = const { std::cell::Cell::new((0, 0, 0)) };
}

/// Was the key `k` missing from the dict `d` in the last `rt_dict_get`,
/// with `d` unchanged since? The slow path of that read then raises
/// KeyError without looking again (versions are unique per state). The
/// note is taken: a key's address could be another key's later, so it
/// serves only the read that made it (which holds the key meanwhile), and
/// the subscript's full path (`eval::rt_binary_subscr`) drops it too.
///
/// # Safety
/// `d` is a live exact dict.
pub unsafe fn take_missed(d: u64, k: u64) -> bool {
    MISSED.replace((0, 0, 0)) == (d, k, dict_version(d))
}

/// Drops the note of `rt_dict_get`'s last miss (see `take_missed`).
pub fn forget_missed() {
    MISSED.set((0, 0, 0));
}

/// `d[k] = v` for `d` and `k` as `rt_dict_get`: 1 when stored (the dict
/// takes new references to `k` and `v`), 0 when declined.
///
/// # Safety
/// As `rt_dict_get`; `v` is a live value.
pub unsafe extern "C" fn rt_dict_set(d: u64, k: u64, v: u64) -> u64 {
    let d = Value::borrow_raw(d);
    let k = Value::borrow_raw(k);
    let v = Value::borrow_raw(v);
    let dict = d.downcast_unchecked::<crate::objects::dict::DictObject>();
    let h = simple_key_hash(&k);
    dict.set_native((*k).clone(), h, (*v).clone()).is_ok() as u64
}

/// `a + b` for two exact strs: the new str (a new reference).
///
/// # Safety
/// The arguments are live exact strs.
pub unsafe extern "C" fn rt_str_concat(a: u64, b: u64, _: u64) -> u64 {
    let a = Value::borrow_raw(a);
    let b = Value::borrow_raw(b);
    crate::objects::str::concat(&a, &b).into_raw()
}

/// `a OP b` for two exact strs, `op` a `CompareOp` argument: 1 or 0 (never declines).
///
/// # Safety
/// The arguments are live exact strs.
pub unsafe extern "C" fn rt_str_compare(a: u64, b: u64, op: u64) -> u64 {
    use crate::objects::str::StrObject;
    let a = Value::borrow_raw(a);
    let b = Value::borrow_raw(b);
    let op = tern_frontend::bytecode::CmpOp::from_arg(op as u32);
    crate::ops::str_compare(a.downcast_unchecked::<StrObject>(), b.downcast_unchecked::<StrObject>(), op) as u64
}

/// Whether `rt_step` counts its instructions (with `TERN_STATS=1`).
static COUNT_STEPS: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
/// Instructions compiled code ran through `rt_step`, per opcode: where tier 1
/// lacks a fast path or a direct entry point.
static STEPS: [std::sync::atomic::AtomicU64; 256] = [const { std::sync::atomic::AtomicU64::new(0) }; 256];

/// Counts one `rt_step` of `op` (when statistics are on).
#[inline(always)]
pub fn count_step(op: tern_frontend::bytecode::Opcode) {
    if COUNT_STEPS.load(Ordering::Relaxed) {
        STEPS[op as usize].fetch_add(1, Ordering::Relaxed);
    }
}

#[derive(Default)]
struct Stats {
    compiled: Vec<(String, Duration)>,
    failed: Vec<(String, String)>,
    osr_entries: u64,
    /// Compile time by phase, in the order the compiler first reported them.
    phases: Vec<(&'static str, Duration)>,
}

static STATS: Mutex<Stats> =
    Mutex::new(Stats { compiled: Vec::new(), failed: Vec::new(), osr_entries: 0, phases: Vec::new() });

/// The compiler reports how long one phase of a compile took (summed over
/// all compiles for `TERN_STATS=1`).
pub fn note_phase(phase: &'static str, took: Duration) {
    let mut s = STATS.lock().unwrap_or_else(|e| e.into_inner());
    match s.phases.iter_mut().find(|(p, _)| *p == phase) {
        Some((_, t)) => *t += took,
        None => s.phases.push((phase, took)),
    }
}

/// What `TERN_STATS=1` prints at exit: per function compiled (`tern-jit:`
/// lines: time, or why not), then one `tern-stats:` summary line the
/// benchmark runner reads.
pub fn report() -> String {
    let s = STATS.lock().unwrap_or_else(|e| e.into_inner());
    let mut out = String::new();
    for (name, took) in &s.compiled {
        out.push_str(&format!("tern-jit: compiled {name} in {:.1} us\n", took.as_secs_f64() * 1e6));
    }
    for (name, why) in &s.failed {
        out.push_str(&format!("tern-jit: not compiled {name}: {why}\n"));
    }
    let mut steps: Vec<(u64, tern_frontend::bytecode::Opcode)> = tern_frontend::bytecode::Opcode::ALL
        .iter()
        .map(|&op| (STEPS[op as usize].load(Ordering::Relaxed), op))
        .filter(|&(n, _)| n > 0)
        .collect();
    steps.sort_by_key(|s| std::cmp::Reverse(s.0));
    if !steps.is_empty() {
        let top: Vec<String> = steps.iter().take(12).map(|(n, op)| format!("{}={n}", op.name())).collect();
        out.push_str(&format!("tern-jit: instructions run by the interpreter for compiled code: {}\n", top.join(" ")));
    }
    let total: Duration = s.compiled.iter().map(|(_, d)| *d).sum();
    if !s.phases.is_empty() {
        let phases: Vec<String> =
            s.phases.iter().map(|(p, d)| format!("{p}={:.3}", d.as_secs_f64() * 1e3)).collect();
        out.push_str(&format!("tern-jit: compile ms by phase: {}\n", phases.join(" ")));
    }
    let mut times: Vec<f64> = s.compiled.iter().map(|(_, d)| d.as_secs_f64() * 1e6).collect();
    times.sort_by(f64::total_cmp);
    let median = if times.is_empty() { 0.0 } else { times[times.len() / 2] };
    out.push_str(&format!(
        "tern-stats: tier1_compiles={} tier1_failures={} compile_ms={:.3} compile_us_median={:.1} osr_entries={} tier2_compiles=0\n",
        s.compiled.len(),
        s.failed.len(),
        total.as_secs_f64() * 1e3,
        median,
        s.osr_entries
    ));
    out
}

/// Byte offsets of a `Vec<T>`'s data pointer and length within it, for
/// machine code that reads vectors in place. Vec's field order is not
/// specified: they are found in a vector of known pointer, length and capacity.
pub fn vec_fields<T>() -> Option<(usize, usize)> {
    let mut v: Vec<T> = Vec::with_capacity(7);
    unsafe { v.set_len(3) };
    let words: [usize; 3] = unsafe { std::mem::transmute_copy(&v) };
    let ptr = words.iter().position(|&w| w == v.as_ptr() as usize)?;
    let len = words.iter().position(|&w| w == 3)?;
    unsafe { v.set_len(0) };
    (std::mem::size_of::<Vec<T>>() == 24).then_some((ptr * 8, len * 8))
}

/// The byte offset of a `Vec<T>`'s capacity within it (the word that is
/// neither its pointer nor its length, checked against a known capacity).
pub fn vec_cap_field<T>() -> Option<usize> {
    let (ptr, len) = vec_fields::<T>()?;
    let cap = 24 - ptr - len;
    let v: Vec<T> = Vec::with_capacity(7);
    let words: [usize; 3] = unsafe { std::mem::transmute_copy(&v) };
    (ptr != len && cap < 24 && words[cap / 8] == v.capacity() && v.capacity() != 0).then_some(cap)
}

/// Byte offsets of a `Box<[T]>`'s data pointer and length within it (found
/// as `vec_fields` finds a vector's).
pub fn boxed_slice_fields<T: Clone + Default>() -> Option<(usize, usize)> {
    let b: Box<[T]> = vec![T::default(); 3].into_boxed_slice();
    let words: [usize; 2] = unsafe { std::mem::transmute_copy(&b) };
    let ptr = words.iter().position(|&w| w == b.as_ptr() as usize)?;
    let len = words.iter().position(|&w| w == 3)?;
    (std::mem::size_of::<Box<[T]>>() == 16 && ptr != len).then_some((ptr * 8, len * 8))
}
