//! Every `TERN_*` environment variable, declared once with its default and
//! a line of documentation (printed by `tern --help-env` and listed in the README).

pub struct Knob {
    pub name: &'static str,
    pub default: &'static str,
    pub doc: &'static str,
}

pub const KNOBS: &[Knob] = &[
    Knob { name: "TERN_DUMP", default: "", doc: "bytecode: print the disassembly of every code object compiled; clif / asm: the Cranelift IR / machine code of every function tier 1 compiles (to stderr)" },
    Knob { name: "TERN_IC", default: "1", doc: "0 turns the inline caches off: attribute, method, operator, class-call, call, subscript, for-loop and len() sites take the generic paths in every tier (for comparison)" },
    Knob { name: "TERN_JIT", default: "1", doc: "0 turns the compiled tiers off (everything runs in the interpreter)" },
    Knob { name: "TERN_PERF_MAP", default: "", doc: "1: write /tmp/perf-<pid>.map so that `perf report` names compiled Python functions; jitdump: also /tmp/jit-<pid>.dump with their code, for `perf record -k mono`, `perf inject --jit` and `perf annotate`" },
    Knob { name: "TERN_STATS", default: "", doc: "1: print compilation statistics to stderr at exit (`tern-stats: key=value` lines)" },
    Knob { name: "TERN_TIER1_THRESHOLD", default: "1000", doc: "calls plus loop iterations after which tier 1 compiles a function (0: before its first run)" },
    Knob { name: "TERN_STDLIB", default: "", doc: "CPython 3.11's Lib/ directory to import the pure-Python standard library from (default: found on this machine)" },
    Knob { name: "TERN_STACK_MB", default: "2048", doc: "native stack of the interpreter thread, in MiB (deep recursion needs room)" },
];

/// The value of a knob: the environment's, else its default.
pub fn get(name: &str) -> String {
    debug_assert!(KNOBS.iter().any(|k| k.name == name), "undeclared knob {name}");
    std::env::var(name).unwrap_or_else(|_| KNOBS.iter().find(|k| k.name == name).map_or("", |k| k.default).to_owned())
}

/// The table, as `--help-env` prints it.
pub fn help() -> String {
    let mut s = String::from("Environment variables:\n");
    for k in KNOBS {
        let d = if k.default.is_empty() { String::new() } else { format!(" (default {})", k.default) };
        s.push_str(&format!("  {:<22} {}{}\n", k.name, k.doc, d));
    }
    s
}
