//! Per-thread interpreter state: the frame chain, the recursion depth, the
//! stack of exceptions being handled (what `sys.exc_info()` sees), and the
//! arena that frames take their slots from.
//!
//! tern runs one Python thread today; this state still lives in a
//! thread-local struct (not process globals) so threads can come later.

use crate::interp::frame::Frame;
use crate::objects::bool_none::{is_none, none};
use crate::value::Value;
use std::cell::{Cell, UnsafeCell};
use std::mem::ManuallyDrop;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set by the SIGINT handler; polled at loop back-edges and calls.
pub static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Slots in the frame arena (frames that do not fit go to the heap).
const ARENA_SLOTS: usize = 1 << 20;

pub struct ThreadState {
    /// The innermost running frame.
    pub frame: Cell<*mut Frame>,
    /// Python frames on the stack.
    pub depth: Cell<u32>,
    pub recursion_limit: Cell<u32>,
    /// Exceptions being handled: one entry per running generator plus the
    /// thread's own; `None` where nothing is being handled.
    /// (`ManuallyDrop` keeps the struct free of drop glue, which makes the
    /// thread-local a plain address; the thread's state lives until exit.)
    handled: UnsafeCell<ManuallyDrop<Vec<Value>>>,
    /// Lowest native stack address considered safe.
    pub stack_limit: Cell<usize>,
    /// The frame arena's slots (allocated on first use), the first free
    /// one, and the end: `ARENA_SLOTS` once allocated, 0 before, so that one
    /// test against it covers both (compiled calls read these in place).
    pub arena: Cell<*mut Option<Value>>,
    pub arena_top: Cell<usize>,
    pub arena_end: Cell<usize>,
}

thread_local! {
    static TS: ThreadState = const { ThreadState::new() };
}

impl ThreadState {
    const fn new() -> ThreadState {
        ThreadState {
            frame: Cell::new(std::ptr::null_mut()),
            depth: Cell::new(0),
            recursion_limit: Cell::new(1000),
            handled: UnsafeCell::new(ManuallyDrop::new(Vec::new())),
            stack_limit: Cell::new(0),
            arena: Cell::new(std::ptr::null_mut()),
            arena_top: Cell::new(0),
            arena_end: Cell::new(0),
        }
    }

    #[allow(clippy::mut_from_ref)]
    fn handled(&self) -> &mut Vec<Value> {
        let h: &mut Vec<Value> = unsafe { &mut *self.handled.get() };
        if h.is_empty() {
            h.push(none());
        }
        h
    }

    /// The exception currently being handled, as `sys.exc_info()` finds it.
    pub fn current_handled(&self) -> Option<Value> {
        self.handled().iter().rev().find(|v| !is_none(v)).cloned()
    }

    /// Replaces the innermost handled exception, returning the previous one.
    pub fn swap_handled(&self, v: Value) -> Value {
        let h = self.handled();
        std::mem::replace(h.last_mut().unwrap(), v)
    }

    /// A generator starts running: its own handled-exception slot goes on top.
    pub fn push_handled(&self, v: Value) {
        self.handled().push(v);
    }

    /// A generator stops running: its slot comes off.
    pub fn pop_handled(&self) -> Value {
        let h = self.handled();
        if h.len() > 1 {
            h.pop().unwrap()
        } else {
            none()
        }
    }

    /// Allocates `n` slots for a frame, slots `init` set to None (the caller
    /// writes the ones before it, and the value stack above it is written
    /// before it is read); (pointer, from_arena).
    #[inline]
    pub fn alloc_slots(&self, n: usize, init: std::ops::Range<usize>) -> (*mut Option<Value>, bool) {
        if self.arena_end.get() == 0 {
            // Lives as long as the thread.
            let mut v: ManuallyDrop<Vec<Option<Value>>> = ManuallyDrop::new(Vec::with_capacity(ARENA_SLOTS));
            self.arena.set(v.as_mut_ptr());
            self.arena_end.set(ARENA_SLOTS);
        }
        let top = self.arena_top.get();
        if top + n <= self.arena_end.get() {
            let p = unsafe { self.arena.get().add(top) };
            for i in init {
                // Frames have few locals: plain stores beat a call to memset
                // (which a non-volatile loop would become).
                unsafe { std::ptr::write_volatile(p.add(i) as *mut usize, 0) };
            }
            self.arena_top.set(top + n);
            (p, true)
        } else {
            let mut v: Vec<Option<Value>> = Vec::with_capacity(n);
            v.resize_with(n, || None);
            let b = v.into_boxed_slice();
            (Box::into_raw(b) as *mut Option<Value>, false)
        }
    }

    /// Frees the most recent arena allocation of `n` slots (the values must be dropped already).
    #[inline]
    pub fn free_slots(&self, p: *mut Option<Value>, n: usize, from_arena: bool) {
        if from_arena {
            self.arena_top.set(self.arena_top.get() - n);
        } else {
            // Slots above the stack top hold stale bits of popped values, so
            // the memory is freed without running any destructor.
            let p = p as *mut std::mem::MaybeUninit<Option<Value>>;
            unsafe { drop(Box::from_raw(std::ptr::slice_from_raw_parts_mut(p, n))) };
        }
    }

    /// Checks and clears a pending Ctrl-C.
    #[inline]
    pub fn take_interrupt(&self) -> bool {
        INTERRUPTED.load(Ordering::Relaxed) && INTERRUPTED.swap(false, Ordering::Relaxed)
    }
}

/// The current thread's state.
#[inline]
pub fn ts() -> &'static ThreadState {
    TS.with(|t| unsafe { &*(t as *const ThreadState) })
}

/// Remaining native stack, judged by the address of a local.
#[inline]
pub fn native_stack_low() -> bool {
    let marker = 0u8;
    let addr = &marker as *const u8 as usize;
    addr < ts().stack_limit.get()
}

/// Records the bottom of the usable native stack for this thread, given its size.
pub fn set_stack_size(size: usize) {
    let marker = 0u8;
    let addr = &marker as *const u8 as usize;
    // Keep 256 KiB in reserve for the unwinding and error reporting.
    let reserve = 256 * 1024;
    ts().stack_limit.set(addr.saturating_sub(size.saturating_sub(reserve)));
}
