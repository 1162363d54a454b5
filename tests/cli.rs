//! The command line as people use `python3`: -c, -m, -, --version, -h,
//! exit statuses, a file that cannot be opened, output ordering between
//! stdout and stderr, and Ctrl-C.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

fn tern() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tern"))
}

fn run(args: &[&str]) -> Output {
    tern().args(args).stdin(Stdio::null()).output().expect("run tern")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("tern-cli-{}-{}", name, std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn dash_c_runs_code_with_argv() {
    let o = run(&["-c", "import sys; print(sys.argv); print(1 + 1)", "a", "b"]);
    assert_eq!(text(&o.stdout), "['-c', 'a', 'b']\n2\n");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn program_from_stdin() {
    let mut child = tern().arg("-").stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(b"import sys\nprint('from stdin', sys.argv)\n").unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(text(&o.stdout), "from stdin ['-']\n");
}

#[test]
fn dash_m_runs_a_module_as_main() {
    let d = temp_dir("m");
    std::fs::write(d.join("hello_mod.py"), "import sys\nprint(__name__, sys.argv[1:])\n").unwrap();
    let o = tern().args(["-m", "hello_mod", "x"]).current_dir(&d).output().unwrap();
    assert_eq!(text(&o.stdout), "__main__ ['x']\n");
    assert_eq!(o.status.code(), Some(0));
    let o = tern().args(["-m", "no_such_module_here"]).current_dir(&d).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("No module named no_such_module_here"), "{}", text(&o.stderr));
}

#[test]
fn version_and_help() {
    let o = run(&["--version"]);
    assert!(text(&o.stdout).starts_with("Python 3.11"), "{}", text(&o.stdout));
    assert_eq!(o.status.code(), Some(0));
    let o = run(&["-h"]);
    assert!(text(&o.stdout).contains("usage:"));
    assert_eq!(o.status.code(), Some(0));
    let o = run(&["--help-env"]);
    assert!(text(&o.stdout).contains("TERN_DUMP"));
}

#[test]
fn missing_file_exits_2_with_cpythons_message() {
    let o = run(&["/nonexistent/dir/prog.py"]);
    assert_eq!(o.status.code(), Some(2));
    let err = text(&o.stderr);
    assert!(
        err.ends_with(": can't open file '/nonexistent/dir/prog.py': [Errno 2] No such file or directory\n"),
        "{err}"
    );
}

#[test]
fn uncaught_exception_exits_1_with_traceback() {
    let o = run(&["-c", "def f():\n    raise ValueError('bad')\nf()"]);
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    assert!(err.starts_with("Traceback (most recent call last):\n"), "{err}");
    assert!(err.contains("  File \"<string>\", line 3, in <module>\n"), "{err}");
    assert!(err.contains("  File \"<string>\", line 2, in f\n"), "{err}");
    assert!(err.ends_with("ValueError: bad\n"), "{err}");
}

#[test]
fn system_exit_codes() {
    assert_eq!(run(&["-c", "raise SystemExit(7)"]).status.code(), Some(7));
    assert_eq!(run(&["-c", "import sys; sys.exit()"]).status.code(), Some(0));
    let o = run(&["-c", "import sys; sys.exit('bye')"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(text(&o.stderr), "bye\n");
}

#[test]
fn stdout_is_flushed_before_stderr_output() {
    // Both streams into one pipe: the order must be the program's order.
    let o = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "{} -c \"print('first'); import sys; sys.stderr.write('second\\n'); print('third')\" 2>&1",
            env!("CARGO_BIN_EXE_tern")
        ))
        .output()
        .unwrap();
    assert_eq!(text(&o.stdout), "first\nsecond\nthird\n");
}

#[test]
fn syntax_error_report() {
    let o = run(&["-c", "x = (1,\ny = 2"]);
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    assert!(err.contains("  File \"<string>\", line 1\n"), "{err}");
    assert!(err.ends_with("SyntaxError: '(' was never closed\n"), "{err}");
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    // Program files, since such sources exceed the kernel's argument limit.
    let d = temp_dir("nesting");
    let run_src = |name: &str, src: String| {
        let f = d.join(name);
        std::fs::write(&f, src).unwrap();
        run(&[f.to_str().unwrap()])
    };
    let o = run_src("parens.py", format!("x = {}1{}", "(".repeat(100_000), ")".repeat(100_000)));
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).ends_with("SyntaxError: too many nested parentheses\n"), "{}", text(&o.stderr));
    let o = run_src("unary.py", format!("x = {}1", "-".repeat(100_000)));
    assert_eq!(o.status.code(), Some(1), "{}", text(&o.stderr));
    let o = run_src("sum.py", format!("x = [{}]", "1+".repeat(100_000) + "1"));
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("RecursionError"), "{}", text(&o.stderr));
    let o = run_src("megabyte.py", "(".repeat(1 << 20));
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).ends_with("SyntaxError: too many nested parentheses\n"), "{}", text(&o.stderr));
}

#[test]
fn runaway_recursion_is_a_recursion_error() {
    let o = run(&["-c", "def f(n): return f(n + 1)\nf(0)"]);
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    assert!(err.ends_with("RecursionError: maximum recursion depth exceeded\n"), "{err}");
    assert!(err.contains("[Previous line repeated 996 more times]"), "{err}");
    // A raised limit goes deeper without crashing the native stack.
    let o = run(&["-c", "import sys\nsys.setrecursionlimit(100000)\ndef f(n): return 0 if n == 0 else 1 + f(n - 1)\nprint(f(50000))"]);
    assert_eq!(text(&o.stdout), "50000\n", "{}", text(&o.stderr));
}

#[test]
fn ctrl_c_ends_with_keyboard_interrupt() {
    let mut child = tern()
        .args(["-c", "print('started', flush=True)\nwhile True:\n    pass"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until the loop runs, then interrupt it.
    let mut out = child.stdout.take().unwrap();
    let mut buf = [0u8; 8];
    use std::io::Read;
    let _ = out.read(&mut buf);
    std::thread::sleep(Duration::from_millis(200));
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let o = child.wait_with_output().unwrap();
    let err = text(&o.stderr);
    assert!(err.starts_with("Traceback (most recent call last):\n"), "{err}");
    assert!(err.ends_with("KeyboardInterrupt\n"), "{err}");
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(o.status.signal(), Some(libc::SIGINT), "killed by SIGINT like CPython");
}

#[test]
fn huge_ints_and_the_str_digit_limit() {
    let o = run(&["-c", "x = 10**100000\nprint(x.bit_length())\ntry:\n    str(x)\nexcept ValueError as e:\n    print(e)"]);
    assert_eq!(
        text(&o.stdout),
        "332193\nExceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit\n"
    );
}

#[test]
fn garbage_bytes_give_cpythons_error() {
    let d = temp_dir("garbage");
    let f = d.join("garbage.py");
    std::fs::write(&f, b"x = 1\n\xff\xfe\x00garbage\n").unwrap();
    let o = run(&[f.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    assert!(err.starts_with("SyntaxError: Non-UTF-8 code starting with '\\xff' in file"), "{err}");
    assert!(err.contains("on line 2, but no encoding declared"), "{err}");
}

#[test]
fn readme_lists_every_knob() {
    let readme = include_str!("../README.md");
    for k in tern_runtime::config::KNOBS {
        assert!(readme.contains(&format!("`{}`", k.name)), "README.md does not document {}", k.name);
    }
}

/// Hides the timing in unittest's "Ran 3 tests in 0.001s" line.
fn without_test_timing(s: &str) -> String {
    s.lines()
        .map(|l| match (l.starts_with("Ran "), l.find(" in ")) {
            (true, Some(i)) if l.ends_with('s') => format!("{} in X.XXXs", &l[..i]),
            _ => l.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `tern -m unittest -v _mtest_sample` reports what CPython's does: its
/// stderr was saved once from `python3 -m unittest -v _mtest_sample 2>
/// _mtest_sample.unittest.err` (run in tests/programs/lib_unittest; stdout
/// was empty and the status 0), so the test never depends on the machine's
/// Python.
#[test]
fn dash_m_unittest_verbose_matches_cpython() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/programs/lib_unittest");
    let expected = std::fs::read_to_string(dir.join("_mtest_sample.unittest.err")).unwrap();
    let o = tern().args(["-m", "unittest", "-v", "_mtest_sample"]).current_dir(&dir).stdin(Stdio::null()).output().unwrap();
    assert_eq!(text(&o.stdout), "");
    assert_eq!(without_test_timing(&text(&o.stderr)), without_test_timing(&expected));
    assert_eq!(o.status.code(), Some(0));
}

/// Block-buffered stdout (a pipe) is flushed at exit, after an uncaught
/// exception and on SystemExit, but `os._exit` leaves without flushing, as
/// in CPython.
#[test]
fn stdout_buffer_at_exit() {
    let o = Command::new("sh")
        .arg("-c")
        .arg(format!("{} -c \"print('out'); raise ValueError('boom')\" 2>&1", env!("CARGO_BIN_EXE_tern")))
        .output()
        .unwrap();
    let all = text(&o.stdout);
    assert!(all.starts_with("out\nTraceback (most recent call last):\n") && all.ends_with("ValueError: boom\n"), "{all}");
    let o = run(&["-c", "import sys; print('out'); sys.exit('bye')"]);
    assert_eq!((text(&o.stdout).as_str(), text(&o.stderr).as_str(), o.status.code()), ("out\n", "bye\n", Some(1)));
    let o = run(&["-c", "import os; print('lost'); os._exit(3)"]);
    assert_eq!((text(&o.stdout).as_str(), o.status.code()), ("", Some(3)));
    let o = run(&["-c", "import os, sys; print('kept', flush=True); sys.stdout.write('also'); sys.stdout.flush(); os._exit(0)"]);
    assert_eq!((text(&o.stdout).as_str(), o.status.code()), ("kept\nalso", Some(0)));
}

/// Files a program leaves open are flushed and closed at exit (CPython's
/// shutdown closes what modules still refer to); the standard streams stay usable.
#[test]
fn open_files_are_flushed_at_exit() {
    let d = temp_dir("atexit-files");
    let o = tern()
        .args(["-c", "import sys\nout = sys.stdout\nf = open('t.txt', 'w')\nf.write('text')\ng = open('b.bin', 'wb')\ng.write(b'bytes')\nprint('done')"])
        .current_dir(&d)
        .output()
        .unwrap();
    assert_eq!((text(&o.stdout).as_str(), text(&o.stderr).as_str(), o.status.code()), ("done\n", "", Some(0)));
    assert_eq!(std::fs::read_to_string(d.join("t.txt")).unwrap(), "text");
    assert_eq!(std::fs::read_to_string(d.join("b.bin")).unwrap(), "bytes");
    let _ = std::fs::remove_dir_all(&d);
}

/// `ast.parse` (compile with PyCF_ONLY_AST) is not built yet: a clear
/// NotImplementedError, never a code object posing as a tree; the
/// `traceback` module, which tries it for its `~` anchors, still prints.
#[test]
fn ast_parse_is_a_clear_error() {
    let o = run(&["-c", "import ast\ntry:\n    ast.parse('x = 1')\nexcept NotImplementedError as e:\n    print('no ast:', e)\nimport traceback\ntry:\n    1 / 0\nexcept ZeroDivisionError:\n    traceback.print_exc()\n"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(text(&o.stdout).starts_with("no ast: compile() with PyCF_ONLY_AST"), "{}", text(&o.stdout));
    assert!(text(&o.stderr).ends_with("ZeroDivisionError: division by zero\n"), "{}", text(&o.stderr));
}
