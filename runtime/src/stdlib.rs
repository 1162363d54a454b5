//! Where the standard library comes from.
//!
//! Three sources, searched in this order by the importer (as CPython's
//! builtin, frozen and path importers):
//! 1. native modules written in Rust (`modules::create`), where CPython has C
//!    modules (`sys`, `math`, `posix`, `_io`, `itertools`, `_sre`, ...);
//! 2. tern's own pure-Python modules in `runtime/lib/`, compiled into the
//!    binary ("frozen"), for modules tern provides differently from CPython;
//! 3. CPython 3.11's own `Lib/` directory, found on this machine and put on
//!    `sys.path` after the program's directory: the pure-Python modules are
//!    reused as they are, the way PyPy reuses CPython's library.
//!
//! The CPython `Lib/` directory is `TERN_STDLIB` if set, else the first of:
//! `$PYENV_ROOT/versions/3.11.*/lib/python3.11` (newest patch release first,
//! `$PYENV_ROOT` defaulting to `~/.pyenv`), `/usr/local/lib/python3.11`,
//! `/usr/lib/python3.11` that holds `os.py` and `collections/__init__.py`.

use std::path::{Path, PathBuf};

include!(concat!(env!("OUT_DIR"), "/frozen_lib.rs"));

/// A frozen (built-in pure-Python) module: its source and whether it is a package.
pub fn frozen(name: &str) -> Option<(&'static str, bool)> {
    FROZEN.iter().find(|(n, _, _)| *n == name).map(|(_, src, pkg)| (*src, *pkg))
}

fn is_cpython_lib(dir: &Path) -> bool {
    dir.join("os.py").is_file() && dir.join("collections").join("__init__.py").is_file()
}

/// CPython 3.11's `Lib/` directory on this machine, if there is one.
pub fn cpython_lib_dir() -> Option<PathBuf> {
    let explicit = crate::config::get("TERN_STDLIB");
    if !explicit.is_empty() {
        let p = PathBuf::from(explicit);
        return is_cpython_lib(&p).then_some(p);
    }
    let mut candidates: Vec<PathBuf> = Vec::new();
    let pyenv = std::env::var_os("PYENV_ROOT")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".pyenv")));
    if let Some(root) = pyenv {
        if let Ok(entries) = std::fs::read_dir(root.join("versions")) {
            let mut versions: Vec<(u32, PathBuf)> = entries
                .flatten()
                .filter_map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    let patch = name.strip_prefix("3.11.")?.parse::<u32>().ok()?;
                    Some((patch, e.path().join("lib").join("python3.11")))
                })
                .collect();
            versions.sort_by(|a, b| b.0.cmp(&a.0));
            candidates.extend(versions.into_iter().map(|(_, p)| p));
        }
    }
    candidates.push(PathBuf::from("/usr/local/lib/python3.11"));
    candidates.push(PathBuf::from("/usr/lib/python3.11"));
    candidates.into_iter().find(|p| is_cpython_lib(p))
}
