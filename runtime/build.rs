//! Embeds tern's own pure-Python modules (`runtime/lib/`) into the binary:
//! writes `$OUT_DIR/frozen_lib.rs` with the table `FROZEN` of
//! `(module name, source, is package)`, read by `stdlib::frozen`.

use std::fmt::Write as _;
use std::path::Path;

fn collect(dir: &Path, prefix: &str, out: &mut Vec<(String, String, bool)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).expect("runtime/lib").flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
        if p.is_dir() {
            let init = p.join("__init__.py");
            if init.is_file() {
                let name = format!("{prefix}{stem}");
                out.push((name.clone(), init.display().to_string(), true));
                collect(&p, &format!("{name}."), out);
            }
        } else if p.extension().is_some_and(|e| e == "py") && stem != "__init__" {
            out.push((format!("{prefix}{stem}"), p.display().to_string(), false));
        }
    }
}

fn main() {
    let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("lib");
    println!("cargo:rerun-if-changed={}", lib.display());
    let mut modules = Vec::new();
    collect(&lib, "", &mut modules);
    let mut src = String::from("/// tern's frozen modules: (name, source, is package).\npub static FROZEN: &[(&str, &str, bool)] = &[\n");
    for (name, path, pkg) in &modules {
        println!("cargo:rerun-if-changed={path}");
        writeln!(src, "    ({name:?}, include_str!({path:?}), {pkg}),").unwrap();
    }
    src.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("frozen_lib.rs");
    std::fs::write(out, src).unwrap();
}
