//! The differential suite: every program under tests/programs runs through
//! the `tern` binary and must reproduce CPython's stdout, exit status and
//! (for programs that fail on purpose) stderr, as saved by tests/bless.py.
//!
//! TERN_TEST_FILTER=substring runs only matching programs.
//! Caret lines (`^^^^`, `~~~`) are compared in tracebacks printed at exit,
//! except under syntax errors (see `normalize`).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(120);

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Test programs: `tests/programs/AREA/NAME.py`, names not starting with `_`.
pub fn programs() -> Vec<PathBuf> {
    let base = root().join("tests").join("programs");
    let mut out = Vec::new();
    let mut areas: Vec<_> = std::fs::read_dir(&base).unwrap().flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect();
    areas.sort();
    for area in areas {
        let mut files: Vec<_> = std::fs::read_dir(&area).unwrap().flatten().map(|e| e.path()).collect();
        files.sort();
        for f in files {
            let name = f.file_name().unwrap().to_string_lossy().to_string();
            if f.is_file() && name.ends_with(".py") && !name.starts_with('_') {
                out.push(f);
            }
        }
    }
    out
}

fn is_caret_line(l: &str) -> bool {
    let t = l.trim();
    !t.is_empty() && t.chars().all(|c| matches!(c, '^' | '~'))
}

/// The location line of a syntax error (`File "x.py", line 3`, no function).
fn is_syntax_error_location(l: &str) -> bool {
    let t = l.trim_start();
    t.starts_with("File \"") && !t.contains(", in ")
}

/// The text compared: the root directory named `<ROOT>`, and without the
/// caret lines under syntax errors' source lines (whose spans tern's parser
/// does not give as CPython's does). The caret lines of tracebacks printed
/// at exit are compared (`stderr`); those on stdout (the `traceback`
/// module's, whose `~` anchors need `ast.parse`, which tern lacks) are not.
fn normalize(text: &str, root: &str, stderr: bool) -> Vec<String> {
    let lines: Vec<String> = text.replace(root, "<ROOT>").lines().map(str::to_owned).collect();
    let skipped = |i: usize| is_caret_line(&lines[i]) && (!stderr || i >= 2 && is_syntax_error_location(&lines[i - 2]));
    (0..lines.len()).filter(|&i| !skipped(i)).map(|i| lines[i].clone()).collect()
}

/// Runs one program; returns None on success or a description of the first difference.
fn check(program: &Path, env: &[(&str, &str)]) -> Option<String> {
    let root = root();
    let rel = program.strip_prefix(&root).unwrap();
    let stem = program.with_extension("");
    let Ok(expected_out) = std::fs::read_to_string(stem.with_extension("out")) else {
        return Some(format!("{}: no .out file (bless it with `python3 tests/bless.py {}`)", rel.display(), rel.display()));
    };
    let expected_err = std::fs::read_to_string(stem.with_extension("err")).ok();
    let stdin_path = stem.with_extension("stdin");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tern"));
    cmd.arg(rel).current_dir(&root).stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd.stdin(if stdin_path.exists() { Stdio::from(std::fs::File::open(&stdin_path).unwrap()) } else { Stdio::null() });
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("run tern");
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out_pipe.read_to_end(&mut v);
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err_pipe.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break Some(s);
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let out = String::from_utf8_lossy(&out_t.join().unwrap()).to_string();
    let err = String::from_utf8_lossy(&err_t.join().unwrap()).to_string();
    // Under TERN_STATS=1, tier 1 reports on stderr: no code object may stay
    // uncompiled, and the report is not the program's output.
    let is_stats = |l: &&str| l.starts_with("tern-jit: ") || l.starts_with("tern-ic: ") || l.starts_with("tern-stats: ");
    if let Some(l) = err.lines().find(|l| l.starts_with("tern-jit: not compiled")) {
        return Some(l.to_owned());
    }
    let err: String = err.lines().filter(|l| !is_stats(l)).map(|l| format!("{l}\n")).collect();
    let Some(status) = status else {
        return Some(format!("timed out after {}s", TIMEOUT.as_secs()));
    };
    let root_s = root.display().to_string();
    let code = status.code().unwrap_or_else(|| {
        use std::os::unix::process::ExitStatusExt;
        128 + status.signal().unwrap_or(0)
    });
    let want_code = match &expected_err {
        Some(e) => e.lines().next().and_then(|l| l.strip_prefix("exit ")).and_then(|c| c.trim().parse().ok()).unwrap_or(1),
        None => 0,
    };
    let got = normalize(&out, &root_s, false);
    let want = normalize(&expected_out, "<ROOT>", false);
    if got != want {
        let i = got.iter().zip(want.iter()).position(|(a, b)| a != b).unwrap_or(got.len().min(want.len()));
        return Some(format!(
            "stdout line {}: expected {:?}, got {:?}{}",
            i + 1,
            want.get(i).map(String::as_str).unwrap_or("<end of output>"),
            got.get(i).map(String::as_str).unwrap_or("<end of output>"),
            if code != want_code { format!(" (exit {code}, stderr: {})", err.lines().last().unwrap_or("")) } else { String::new() }
        ));
    }
    if code != want_code {
        return Some(format!("exit status {code}, expected {want_code}; stderr ends: {}", err.lines().last().unwrap_or("")));
    }
    if let Some(e) = expected_err {
        let want_err: Vec<String> = normalize(&e, "<ROOT>", true).into_iter().skip(1).collect();
        let got_err = normalize(&err, &root_s, true);
        if got_err != want_err {
            let i = got_err.iter().zip(want_err.iter()).position(|(a, b)| a != b).unwrap_or(got_err.len().min(want_err.len()));
            return Some(format!(
                "stderr line {}: expected {:?}, got {:?}",
                i + 1,
                want_err.get(i).map(String::as_str).unwrap_or("<end>"),
                got_err.get(i).map(String::as_str).unwrap_or("<end>")
            ));
        }
    }
    None
}

/// Runs every program under one setting of the environment; returns the failures.
pub fn run_suite(setting: &str, env: &[(&str, &str)]) -> Vec<String> {
    let filter = std::env::var("TERN_TEST_FILTER").unwrap_or_default();
    let progs: Vec<PathBuf> = programs().into_iter().filter(|p| p.to_string_lossy().contains(&filter)).collect();
    let queue = Arc::new(Mutex::new(progs));
    let failures = Arc::new(Mutex::new(Vec::new()));
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).max(2);
    let env: Vec<(String, String)> = env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let mut handles = Vec::new();
    for _ in 0..threads {
        let queue = queue.clone();
        let failures = failures.clone();
        let env = env.clone();
        let setting = setting.to_owned();
        handles.push(std::thread::spawn(move || loop {
            let Some(p) = queue.lock().unwrap().pop() else { break };
            let envr: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            if let Some(msg) = check(&p, &envr) {
                let rel = p.strip_prefix(root()).unwrap().display().to_string();
                failures.lock().unwrap().push(format!("[{setting}] {rel}: {msg}"));
            }
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    let mut f = failures.lock().unwrap().clone();
    f.sort();
    f
}

/// Runs the suite under one tier setting and fails with every difference.
fn suite_under(setting: &str, env: &[(&str, &str)]) {
    let total = programs().len();
    assert!(total >= 250, "the suite should hold at least 250 programs, found {total}");
    let failures = run_suite(setting, env);
    if !failures.is_empty() {
        panic!(
            "{} of {} programs differ from CPython (re-bless with `python3 tests/bless.py` only if CPython's output changed):\n{}",
            failures.len(),
            total,
            failures.join("\n")
        );
    }
}

#[test]
fn differential_suite_interpreter() {
    suite_under("interpreter", &[("TERN_JIT", "0")]);
}

/// Every code object compiled before it first runs (and none refused).
#[test]
fn differential_suite_tier1_eager() {
    suite_under("tier1-eager", &[("TERN_TIER1_THRESHOLD", "0"), ("TERN_STATS", "1")]);
}

/// Inline caches off (`TERN_IC=0`): every attribute instruction takes the
/// generic path, in compiled code too.
#[test]
fn differential_suite_caches_off() {
    suite_under("ic-off", &[("TERN_IC", "0"), ("TERN_TIER1_THRESHOLD", "0")]);
}

/// Code compiled once warm, from its type feedback (and none refused).
#[test]
fn differential_suite_default_thresholds() {
    suite_under("default", &[("TERN_STATS", "1")]);
}
