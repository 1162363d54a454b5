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
    /// Per fast local: bound everywhere (a parameter no `del` unbinds), so
    /// loading it needs no check.
    pub always_bound: Vec<bool>,
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
            reach(&mut depth, &mut work, at + 1, fd)?;
        }
    }
    entries.sort_unstable();
    entries.dedup();
    entries.retain(|&e| depth[e as usize].is_some());
    Ok(Flow { depth, entries, always_bound: always_bound(code) })
}

/// See `Flow::always_bound`.
fn always_bound(code: &CodeObject) -> Vec<bool> {
    use crate::code::flags::{VARARGS, VARKEYWORDS};
    let star = |f: u32| (code.flags & f != 0) as usize;
    let nparams = (code.argcount + code.kwonlyargcount) as usize + star(VARARGS) + star(VARKEYWORDS);
    let mut bound: Vec<bool> = (0..code.nlocals()).map(|i| i < nparams).collect();
    for ins in &code.instrs {
        if ins.op == Opcode::DeleteFast {
            bound[ins.arg as usize] = false;
        }
    }
    bound
}
