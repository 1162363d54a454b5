//! The disassembler behind `TERN_DUMP=bytecode`, driven by the opcode table.

use crate::bytecode::{ArgKind, BinOp, CmpOp};
use crate::code::{CodeObject, Constant};
use std::fmt::Write;

/// A short Python-like rendering of a constant.
pub fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True".into() } else { "False".into() },
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(s) => s.clone(),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Complex { real, imag } => format!("({real:?}+{imag:?}j)"),
        Constant::Str(s) => format!("{s:?}"),
        Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 { format!("({},)", parts[0]) } else { format!("({})", parts.join(", ")) }
        }
        Constant::FrozenSet(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Code(code) => format!("<code object {} line {}>", code.name, code.first_line),
    }
}

/// Disassembles `code` and every code object nested in its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out);
    out
}

fn disassemble_into(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {} at \"{}\", line {}> (args {} posonly {} kwonly {}, flags {:#x}, stack {}):",
        code.qualname, code.filename, code.first_line, code.argcount, code.posonlyargcount,
        code.kwonlyargcount, code.flags, code.max_stack
    );
    if !code.varnames.is_empty() {
        let _ = writeln!(out, "  locals: {}", code.varnames.join(", "));
    }
    if !code.cellvars.is_empty() {
        let _ = writeln!(out, "  cells: {}", code.cellvars.join(", "));
    }
    if !code.freevars.is_empty() {
        let _ = writeln!(out, "  frees: {}", code.freevars.join(", "));
    }
    let mut last_line = 0;
    for (i, ins) in code.instrs.iter().enumerate() {
        let line = code.line_of(i);
        let line_col = if line != last_line { last_line = line; format!("{line:>5}") } else { "     ".into() };
        let target = if code.exception_table.iter().any(|e| e.handler as usize == i)
            || code.instrs.iter().any(|j| j.op.arg_kind() == ArgKind::Jump && j.arg as usize == i)
        {
            ">>"
        } else {
            "  "
        };
        let detail = match ins.op.arg_kind() {
            ArgKind::None => String::new(),
            ArgKind::Const => format!("{} ({})", ins.arg, code.consts.get(ins.arg as usize).map_or("?".into(), const_repr)),
            ArgKind::Name => format!("{} ({})", ins.arg, code.names.get(ins.arg as usize).map_or("?", |s| s)),
            ArgKind::Local => format!("{} ({})", ins.arg, code.varnames.get(ins.arg as usize).map_or("?", |s| s)),
            ArgKind::Deref => format!("{} ({})", ins.arg, if (ins.arg as usize) < code.nderefs() { code.deref_name(ins.arg as usize) } else { "?" }),
            ArgKind::Jump => format!("to {}", ins.arg),
            ArgKind::BinOp => {
                let (op, inplace) = BinOp::decode(ins.arg);
                format!("{} ({}{})", ins.arg, op.symbol(), if inplace { "=" } else { "" })
            }
            ArgKind::CmpOp => format!("{} ({})", ins.arg, CmpOp::from_arg(ins.arg).symbol()),
            ArgKind::Count | ArgKind::Flags => ins.arg.to_string(),
        };
        let _ = writeln!(out, "{line_col} {target} {i:>5} {:<20} {detail}", ins.op.name());
    }
    if !code.exception_table.is_empty() {
        let _ = writeln!(out, "  ExceptionTable:");
        for e in &code.exception_table {
            let _ = writeln!(out, "    {} to {} -> {} [{}]", e.start, e.end, e.handler, e.depth);
        }
    }
    let _ = writeln!(out);
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            disassemble_into(inner, out);
        }
    }
}
