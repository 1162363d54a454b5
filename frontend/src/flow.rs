//! Control flow of a code object, from the opcode table: the value-stack
//! depth before every reachable instruction, and the instructions where
//! execution can (re)enter a frame. Compiled tiers lay out their code from it.
//!
//! Execution enters a frame at instruction 0, after a `YieldValue` (a
//! generator resuming), at an exception handler, or at a jump target (where
//! a tier hands a running frame over: on-stack replacement at a loop header,
//! or the interpreter continuing after a compiled instruction jumped).

use crate::bytecode::{Opcode, F_JUMP, F_TERMINATOR};
use crate::code::CodeObject;

/// The stack depths and entry points of one code object.
#[derive(Debug)]
pub struct Flow {
    /// Depth before each instruction; None for unreachable instructions.
    pub depth: Vec<Option<u32>>,
    /// Instructions where a frame may be entered, ascending.
    pub entries: Vec<u32>,
    /// Per instruction, the fast locals bound on every path to it (a bit
    /// per local, `words` per instruction): loading them needs no check.
    bound: Vec<u64>,
    /// Per instruction, the fast locals bound on some path to it: storing
    /// to any other finds nothing to drop.
    maybe_bound: Vec<u64>,
    words: usize,
}

impl Flow {
    /// Is fast local `local` bound whenever instruction `at` runs?
    pub fn is_bound(&self, at: usize, local: usize) -> bool {
        Self::bit(&self.bound, at * self.words, local)
    }

    /// May fast local `local` be bound when instruction `at` runs?
    pub fn may_be_bound(&self, at: usize, local: usize) -> bool {
        Self::bit(&self.maybe_bound, at * self.words, local)
    }

    fn bit(set: &[u64], base: usize, local: usize) -> bool {
        set.get(base + local / 64).is_some_and(|w| w >> (local % 64) & 1 != 0)
    }
}

/// Computes the flow of `code`, or says why its bytecode is inconsistent (two
/// paths reaching an instruction with different depths, a depth below zero or
/// above `max_stack`, a jump outside the code).
pub fn analyze(code: &CodeObject) -> Result<Flow, String> {
    let n = code.instrs.len();
    let mut depth: Vec<Option<u32>> = vec![None; n];
    let mut entries = vec![0u32];
    let mut work: Vec<(usize, u32)> = vec![(0, 0)];
    for h in &code.exception_table {
        work.push((h.handler as usize, h.depth + 1));
        entries.push(h.handler);
    }
    let reach = |depth: &mut Vec<Option<u32>>, work: &mut Vec<(usize, u32)>, at: usize, d: u32| -> Result<(), String> {
        match depth.get(at) {
            None => Err(format!("control reaches instruction {at} past the end ({n} instructions)")),
            Some(Some(old)) if *old != d => Err(format!("instruction {at} is reached with stack depths {old} and {d}")),
            Some(Some(_)) => Ok(()),
            Some(None) => {
                if d > code.max_stack {
                    return Err(format!("stack depth {d} at instruction {at} exceeds max_stack {}", code.max_stack));
                }
                depth[at] = Some(d);
                work.push((at, d));
                Ok(())
            }
        }
    };
    let seeds = std::mem::take(&mut work);
    for (at, d) in seeds {
        reach(&mut depth, &mut work, at, d)?;
    }
    while let Some((at, d)) = work.pop() {
        let ins = code.instrs[at];
        let op = ins.op;
        let underflow = || format!("stack underflow at instruction {at} ({})", op.name());
        if op.flags() & F_JUMP != 0 {
            // As the compiler counts it: unconditional jumps keep the depth.
            let (pops, pushes) = op.jump_effect(ins.arg);
            let jd = d.checked_sub(pops).ok_or_else(underflow)? + pushes;
            reach(&mut depth, &mut work, ins.arg as usize, jd)?;
            entries.push(ins.arg);
        }
        if op.flags() & F_TERMINATOR == 0 {
            let (pops, pushes) = op.stack_effect(ins.arg);
            let fd = d.checked_sub(pops).ok_or_else(underflow)? + pushes;
            if op == Opcode::YieldValue {
                entries.push(at as u32 + 1);
            }
            if unpacks_pair(code, at) {
                // The runtime may push the pair itself and go on past the unpack.
                entries.push(at as u32 + 2);
            }
            reach(&mut depth, &mut work, at + 1, fd)?;
        }
    }
    entries.sort_unstable();
    entries.dedup();
    entries.retain(|&e| depth[e as usize].is_some());
    let words = code.nlocals().div_ceil(64);
    let bound = bound_locals(code, &depth, words, Meet::Every);
    let maybe_bound = bound_locals(code, &depth, words, Meet::Some);
    Ok(Flow { depth, entries, bound, maybe_bound, words })
}

/// Is instruction `at` a `ForIter` whose item is unpacked into two at once
/// (`for i, x in enumerate(xs)`)? Compiled code's `ForIter` may then push
/// the two values of an iterator that makes pairs without building the
/// tuple, and continue at `at + 2`, an entry point.
pub fn unpacks_pair(code: &CodeObject, at: usize) -> bool {
    code.instrs[at].op == Opcode::ForIter && code.instrs.get(at + 1).is_some_and(|i| i.op == Opcode::UnpackSequence && i.arg == 2)
}

/// How paths meet in `bound_locals`.
#[derive(Clone, Copy, PartialEq)]
enum Meet {
    /// Bound on every path (intersection).
    Every,
    /// Bound on some path (union).
    Some,
}

/// See `Flow::bound` and `Flow::maybe_bound`: a forward dataflow over the
/// instructions (an edge to the next one, to a jump's target and, from every
/// instruction a handler protects, to the handler), where `StoreFast` binds
/// and `DeleteFast` unbinds.
fn bound_locals(code: &CodeObject, depth: &[Option<u32>], words: usize, meet: Meet) -> Vec<u64> {
    use crate::code::flags::{VARARGS, VARKEYWORDS};
    let n = code.instrs.len();
    if words == 0 {
        return Vec::new();
    }
    // Before the fixpoint every instruction holds the lattice's top ("all"
    // for an intersection, "none" for a union), the entry the parameters.
    let top = if meet == Meet::Every { u64::MAX } else { 0 };
    let mut bound = vec![top; n * words];
    let mut seen = vec![false; n];
    let star = |f: u32| (code.flags & f != 0) as usize;
    let nparams = (code.argcount + code.kwonlyargcount) as usize + star(VARARGS) + star(VARKEYWORDS);
    let mut state = vec![0u64; words];
    for p in 0..nparams.min(code.nlocals()) {
        state[p / 64] |= 1 << (p % 64);
    }
    // Handlers of each instruction.
    let mut handlers: Vec<Vec<usize>> = vec![Vec::new(); n];
    for h in &code.exception_table {
        for hs in handlers.iter_mut().take((h.end as usize).min(n)).skip(h.start as usize) {
            hs.push(h.handler as usize);
        }
    }
    let mut work = vec![0usize];
    bound[..words].copy_from_slice(&state);
    seen[0] = true;
    // Meets `state` into instruction `at`; queues it when it changed.
    let flow_into = |bound: &mut Vec<u64>, seen: &mut Vec<bool>, work: &mut Vec<usize>, at: usize, state: &[u64]| {
        if at >= n || depth[at].is_none() {
            return;
        }
        let slot = &mut bound[at * words..(at + 1) * words];
        let mut changed = !seen[at];
        for (w, s) in slot.iter_mut().zip(state) {
            let m = if meet == Meet::Every { *w & s } else { *w | s };
            changed |= m != *w;
            *w = m;
        }
        if changed {
            seen[at] = true;
            work.push(at);
        }
    };
    while let Some(at) = work.pop() {
        state.copy_from_slice(&bound[at * words..(at + 1) * words]);
        for &h in &handlers[at] {
            flow_into(&mut bound, &mut seen, &mut work, h, &state);
        }
        let ins = code.instrs[at];
        let bit = |s: &mut [u64], on: bool| {
            let (w, b) = (ins.arg as usize / 64, ins.arg as usize % 64);
            if let Some(w) = s.get_mut(w) {
                if on {
                    *w |= 1 << b;
                } else {
                    *w &= !(1 << b);
                }
            }
        };
        match ins.op {
            Opcode::StoreFast => bit(&mut state, true),
            Opcode::DeleteFast => bit(&mut state, false),
            _ => {}
        }
        if ins.op.flags() & F_JUMP != 0 {
            flow_into(&mut bound, &mut seen, &mut work, ins.arg as usize, &state);
        }
        if ins.op.flags() & F_TERMINATOR == 0 {
            flow_into(&mut bound, &mut seen, &mut work, at + 1, &state);
        }
    }
    for (at, s) in seen.iter().enumerate() {
        if !s {
            bound[at * words..(at + 1) * words].fill(0);
        }
    }
    bound
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::code::Constant;
    use crate::compile::{compile, Mode};

    /// Whether each `LoadFast` of the first function in `src` needs a check.
    fn checked_loads(src: &str) -> Vec<(String, bool)> {
        let module = compile(src, "<test>", Mode::Exec).expect("compiles");
        let code = module
            .consts
            .iter()
            .find_map(|c| match c {
                Constant::Code(c) => Some(c.clone()),
                _ => None,
            })
            .expect("a function");
        let flow = analyze(&code).expect("consistent");
        code.instrs
            .iter()
            .enumerate()
            .filter(|(_, ins)| ins.op == Opcode::LoadFast)
            .map(|(i, ins)| (code.varnames[ins.arg as usize].clone(), !flow.is_bound(i, ins.arg as usize)))
            .collect()
    }

    #[test]
    fn bound_after_every_path_binds() {
        let loads = checked_loads("def f(a, flag):\n    x = a\n    if flag:\n        y = 1\n    else:\n        y = 2\n    return a + x + y\n");
        assert_eq!(loads, [("a".into(), false), ("flag".into(), false), ("a".into(), false), ("x".into(), false), ("y".into(), false)]);
    }

    #[test]
    fn checked_where_a_path_leaves_it_unbound() {
        let loads = checked_loads("def f(flag):\n    if flag:\n        x = 1\n    return x\n");
        assert_eq!(loads.last(), Some(&("x".into(), true)));
        let loads = checked_loads("def f(n):\n    for i in range(n):\n        y = i\n    return y\n");
        assert_eq!(loads.last(), Some(&("y".into(), true)));
        let loads = checked_loads("def f(p):\n    x = 1\n    del x, p\n    return x, p\n");
        assert_eq!(loads[loads.len() - 2..], [("x".into(), true), ("p".into(), true)]);
    }

    #[test]
    fn handlers_meet_every_protected_instruction() {
        let src = "def f(flag):\n    try:\n        if flag:\n            raise ValueError\n        w = 1\n    except ValueError:\n        return w\n    return w\n";
        let loads = checked_loads(src);
        assert_eq!(loads.iter().filter(|(n, _)| n == "w").map(|(_, c)| *c).collect::<Vec<_>>(), [true, false]);
    }

    #[test]
    fn first_bindings_have_nothing_to_drop() {
        let module = compile("def f(a):\n    x = a\n    for i in a:\n        x = i\n    del x\n    x = 2\n    return x\n", "<test>", Mode::Exec).expect("compiles");
        let Some(Constant::Code(code)) = module.consts.iter().find(|c| matches!(c, Constant::Code(_))) else { panic!("a function") };
        let flow = analyze(code).expect("consistent");
        let stores: Vec<(String, bool, bool)> = code
            .instrs
            .iter()
            .enumerate()
            .filter(|(_, ins)| ins.op == Opcode::StoreFast)
            .map(|(i, ins)| (code.varnames[ins.arg as usize].clone(), flow.may_be_bound(i, ins.arg as usize), flow.is_bound(i, ins.arg as usize)))
            .collect();
        // x = a (first), i (first, then the loop brings it back), x = i, x = 2 after del.
        assert_eq!(stores, [("x".into(), false, false), ("i".into(), true, false), ("x".into(), true, true), ("x".into(), false, false)]);
    }
}
