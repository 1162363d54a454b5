//! Every `TERN_*` environment variable, declared once with its default and
//! a line of documentation (printed by `tern --help-env` and listed in the README).

pub struct Knob {
    pub name: &'static str,
    pub default: &'static str,
    pub doc: &'static str,
}

pub const KNOBS: &[Knob] = &[
    Knob { name: "TERN_DUMP", default: "", doc: "bytecode: print the disassembly of every code object compiled, to stderr" },
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
        s.push_str(&format!("  {:<16} {}{}\n", k.name, k.doc, d));
    }
    s
}
