//! Every benchmark program in benches/programs runs under the `tern` binary
//! at its smallest size (`SMALL_SIZE`) and must print exactly CPython's
//! output, as stored in benches/expected/NAME.SIZE.out by
//! `cargo run -p benches -- bless`. Correctness only: nothing here is timed.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn benches_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("benches")
}

/// The value of a `NAME = <integer>` line in a program's source.
fn int_constant(source: &str, name: &str) -> Option<u64> {
    source.lines().find_map(|line| {
        let rest = line.strip_prefix(name)?.trim_start().strip_prefix('=')?;
        let digits: String = rest.trim_start().chars().take_while(|c| c.is_ascii_digit() || *c == '_').collect();
        digits.replace('_', "").parse().ok()
    })
}

/// Runs one program at its small size; None when its output is CPython's, else what differs.
fn check(program: &Path) -> Option<String> {
    let name = program.file_stem().unwrap().to_string_lossy().into_owned();
    let source = std::fs::read_to_string(program).unwrap();
    let Some(size) = int_constant(&source, "SMALL_SIZE") else {
        return Some(format!("{name}: no `SMALL_SIZE = N` line"));
    };
    let expected_path = benches_dir().join("expected").join(format!("{name}.{size}.out"));
    let Ok(expected) = std::fs::read_to_string(&expected_path) else {
        return Some(format!("{name}: {} is missing (cargo run -p benches -- bless)", expected_path.display()));
    };
    let out = Command::new(env!("CARGO_BIN_EXE_tern"))
        .arg(program)
        .arg(size.to_string())
        .stdin(Stdio::null())
        .output()
        .expect("run tern");
    let stdout = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        return Some(format!("{name} {size}: {}\n{}", out.status, err.lines().rev().take(8).collect::<Vec<_>>().into_iter().rev().collect::<Vec<_>>().join("\n")));
    }
    if stdout != expected {
        let diff = stdout.lines().zip(expected.lines()).enumerate().find(|(_, (g, w))| g != w);
        return Some(match diff {
            Some((i, (g, w))) => format!("{name} {size}: line {}: got {g:?}, CPython printed {w:?}", i + 1),
            None => format!("{name} {size}: {} lines, CPython printed {}", stdout.lines().count(), expected.lines().count()),
        });
    }
    None
}

#[test]
fn every_benchmark_matches_cpython_at_its_small_size() {
    let mut programs: Vec<PathBuf> = std::fs::read_dir(benches_dir().join("programs"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py") && !p.file_name().unwrap().to_string_lossy().starts_with('_'))
        .collect();
    programs.sort();
    assert!(programs.len() >= 18, "expected at least 18 benchmark programs, found {}", programs.len());
    let handles: Vec<_> = programs.into_iter().map(|p| std::thread::spawn(move || check(&p))).collect();
    let failures: Vec<String> = handles.into_iter().filter_map(|h| h.join().unwrap()).collect();
    assert!(failures.is_empty(), "{} benchmark(s) differ from CPython:\n{}", failures.len(), failures.join("\n"));
}
