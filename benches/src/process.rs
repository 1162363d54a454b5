//! Running one child process and measuring it as the OS accounts for it:
//! wall time around spawn and reap, user and system CPU time and peak
//! resident set size from `wait4`'s rusage, stdout and stderr captured.

use std::io::Read;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// What one run of a command produced.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub wall_s: f64,
    pub user_s: f64,
    pub sys_s: f64,
    /// Peak resident set size of the child, in KiB (Linux `ru_maxrss`).
    pub max_rss_kb: u64,
    /// Exit code, or `None` when a signal ended the child.
    pub exit_code: Option<i32>,
    pub timed_out: bool,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

fn timeval_s(tv: libc::timeval) -> f64 {
    tv.tv_sec as f64 + tv.tv_usec as f64 / 1e6
}

/// Reads a pipe to its end on a thread of its own.
fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            let _ = p.read_to_end(&mut buf);
        }
        buf
    })
}

/// Runs `argv` with extra environment variables, stdin closed, and waits for it
/// (killing it after `timeout`).
pub fn run(argv: &[String], env: &[(String, String)], timeout: Duration) -> Result<Outcome, String> {
    let (exe, args) = argv.split_first().ok_or("empty command")?;
    let mut cmd = Command::new(exe);
    cmd.args(args).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let start = Instant::now();
    let mut child = cmd.spawn().map_err(|e| format!("cannot run {exe}: {e}"))?;
    let out_t = drain(child.stdout.take());
    let err_t = drain(child.stderr.take());
    let pid = child.id() as libc::pid_t;

    // A watchdog kills the child if it outlives the timeout; reaping tells it to stop.
    let (done_tx, done_rx) = mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        if let Err(mpsc::RecvTimeoutError::Timeout) = done_rx.recv_timeout(timeout) {
            // SAFETY: kill(2) with a pid we spawned and have not reaped yet.
            unsafe { libc::kill(pid, libc::SIGKILL) };
            return true;
        }
        false
    });

    let mut status: libc::c_int = 0;
    // SAFETY: rusage is plain old data; wait4 fills it in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: waiting for our own child with valid out-pointers.
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if r == pid {
            break;
        }
        let err = std::io::Error::last_os_error();
        if err.kind() != std::io::ErrorKind::Interrupted {
            return Err(format!("wait4 for {exe}: {err}"));
        }
    }
    let wall_s = start.elapsed().as_secs_f64();
    let _ = done_tx.send(());
    let timed_out = watchdog.join().unwrap_or(false);
    let stdout = out_t.join().unwrap_or_default();
    let stderr = err_t.join().unwrap_or_default();
    let exit_code = if libc::WIFEXITED(status) { Some(libc::WEXITSTATUS(status)) } else { None };
    Ok(Outcome {
        wall_s,
        user_s: timeval_s(usage.ru_utime),
        sys_s: timeval_s(usage.ru_stime),
        max_rss_kb: usage.ru_maxrss.max(0) as u64,
        exit_code,
        timed_out,
        stdout,
        stderr,
    })
}

/// Runs a command to completion and returns its stdout and stderr as text (for versions, git).
pub fn capture(argv: &[&str]) -> Option<String> {
    let (exe, args) = argv.split_first()?;
    let out = Command::new(exe).args(args).stdin(Stdio::null()).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let mut s = String::from_utf8_lossy(&out.stdout).into_owned();
    s.push_str(&String::from_utf8_lossy(&out.stderr));
    Some(s.trim().to_owned())
}

/// Whether a program name resolves to an executable on PATH (or is a path to one).
pub fn on_path(exe: &str) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let is_exec = |p: &std::path::Path| p.metadata().map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0).unwrap_or(false);
    if exe.contains('/') {
        return is_exec(std::path::Path::new(exe));
    }
    std::env::var_os("PATH").is_some_and(|path| std::env::split_paths(&path).any(|d| is_exec(&d.join(exe))))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str) -> Vec<String> {
        vec!["sh".into(), "-c".into(), script.into()]
    }

    #[test]
    fn captures_output_status_and_usage() {
        let o = run(&sh("echo out; echo err >&2; exit 3"), &[], Duration::from_secs(30)).unwrap();
        assert_eq!(o.stdout, b"out\n");
        assert_eq!(o.stderr, b"err\n");
        assert_eq!(o.exit_code, Some(3));
        assert!(o.max_rss_kb > 0);
        assert!(o.wall_s > 0.0);
        assert!(!o.timed_out);
    }

    #[test]
    fn passes_environment() {
        let env = [("TERN_BENCH_PROBE".to_string(), "42".to_string())];
        let o = run(&sh("echo $TERN_BENCH_PROBE"), &env, Duration::from_secs(30)).unwrap();
        assert_eq!(o.stdout, b"42\n");
    }

    #[test]
    fn kills_after_timeout() {
        let o = run(&sh("exec sleep 5"), &[], Duration::from_millis(100)).unwrap();
        assert!(o.timed_out);
        assert_eq!(o.exit_code, None);
    }

    #[test]
    fn finds_programs_on_path() {
        assert!(on_path("sh"));
        assert!(!on_path("surely-not-a-command-here"));
    }
}
