//! The `_posixsubprocess` module of CPython 3.11 (Modules/_posixsubprocess.c):
//! `fork_exec`, the fork-and-exec `subprocess.Popen` uses on POSIX, with the
//! same child protocol (descriptor plumbing, `close_fds`, `cwd`, session and
//! group changes, `preexec_fn`, the executable search and the
//! `OSError:<hex errno>:[noexec]` report on the error pipe).

use crate::error::{type_error, value_error, PyResult};
use crate::modules::posix::{errno, os_error};
use crate::objects::bool_none::is_none;
use crate::objects::function::{new_builtin, Kw};
use crate::objects::int::new_int;
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::new_str;
use crate::ops;
use crate::value::Value;
use std::ffi::CString;

/// A path-like or bytes argument as a C string (`PyUnicode_FSConverter`).
fn fs_cstring(v: &Value) -> PyResult<CString> {
    let p = crate::modules::posix::fspath_opt(v)?
        .ok_or_else(|| type_error(format!("expected str, bytes or os.PathLike object, not {}", v.ty().name())))?;
    let bytes: Vec<u8> = match crate::objects::bytes::as_bytes(&p) {
        Some(b) => b.to_vec(),
        None => {
            let enc = ops::call_method(&p, "encode", &[new_str("utf-8"), new_str("surrogateescape")])?;
            crate::objects::bytes::as_bytes(&enc).unwrap_or(&[]).to_vec()
        }
    };
    CString::new(bytes).map_err(|_| value_error("embedded null byte"))
}

fn cstrings(v: &Value) -> PyResult<Vec<CString>> {
    ops::collect(v)?.iter().map(fs_cstring).collect()
}

fn int_arg(v: &Value) -> PyResult<i32> {
    crate::objects::clinic::int_arg(v)
}

/// An optional id argument (None: -1).
fn id_arg(v: &Value) -> PyResult<i64> {
    if is_none(v) {
        return Ok(-1);
    }
    let i = ops::index(v)?;
    crate::objects::int::as_i64(&i).ok_or_else(|| crate::error::overflow_error("uid/gid out of range"))
}

/// Writes `data` to `fd` in the child, ignoring errors.
fn child_write(fd: i32, data: &[u8]) {
    let mut off = 0;
    while off < data.len() {
        let n = unsafe { libc::write(fd, data[off..].as_ptr() as *const libc::c_void, data.len() - off) };
        if n < 0 {
            if std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR) {
                continue;
            }
            return;
        }
        off += n as usize;
    }
}

fn set_inheritable(fd: i32) -> bool {
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFD) };
    flags >= 0 && unsafe { libc::fcntl(fd, libc::F_SETFD, flags & !libc::FD_CLOEXEC) } >= 0
}

/// Closes every descriptor from 3 up except those in `keep` (sorted).
fn close_open_fds(keep: &[i32]) {
    let max = unsafe { libc::sysconf(libc::_SC_OPEN_MAX) }.clamp(256, 1 << 20) as i32;
    let mut lo = 3;
    for &k in keep.iter().chain(std::iter::once(&max)) {
        if k < lo {
            continue;
        }
        if k > lo {
            let r = unsafe { libc::syscall(libc::SYS_close_range, lo as u32, (k - 1) as u32, 0u32) };
            if r != 0 {
                for fd in lo..k {
                    unsafe { libc::close(fd) };
                }
            }
        }
        lo = k + 1;
    }
}

struct Child<'a> {
    argv: &'a [*const libc::c_char],
    exec: &'a [CString],
    envp: Option<&'a [*const libc::c_char]>,
    cwd: Option<&'a CString>,
    keep: &'a [i32],
    close_fds: bool,
    fds: [i32; 8],
    restore_signals: bool,
    call_setsid: bool,
    pgid: i32,
    gid: i64,
    groups: Option<&'a [libc::gid_t]>,
    uid: i64,
    umask: i32,
    preexec_fn: Option<&'a Value>,
}

/// The child's side (CPython's `child_exec`): never returns.
fn child_exec(c: &Child) -> ! {
    let [p2cread, p2cwrite, c2pread, mut c2pwrite, errread, mut errwrite, errpipe_read, errpipe_write] = c.fds;
    let mut noexec = true;
    let mut err_msg: &[u8] = b"";
    let res: Result<(), i32> = (|| {
        macro_rules! posix {
            ($e:expr) => {
                if ($e) < 0 {
                    return Err(errno());
                }
            };
        }
        for &fd in c.keep {
            if fd != errpipe_write && !set_inheritable(fd) {
                return Err(errno());
            }
        }
        unsafe {
            for fd in [p2cwrite, c2pread, errread] {
                if fd != -1 {
                    libc::close(fd);
                }
            }
            libc::close(errpipe_read);
            if c2pwrite == 0 {
                c2pwrite = libc::dup(c2pwrite);
                posix!(c2pwrite);
            }
            while errwrite == 0 || errwrite == 1 {
                errwrite = libc::dup(errwrite);
                posix!(errwrite);
            }
            for (fd, target) in [(p2cread, 0), (c2pwrite, 1), (errwrite, 2)] {
                if fd == target {
                    if !set_inheritable(fd) {
                        return Err(errno());
                    }
                } else if fd != -1 {
                    posix!(libc::dup2(fd, target));
                }
            }
            if let Some(cwd) = c.cwd {
                posix!(libc::chdir(cwd.as_ptr()));
            }
            if c.umask >= 0 {
                libc::umask(c.umask as libc::mode_t);
            }
            if c.restore_signals {
                libc::signal(libc::SIGPIPE, libc::SIG_DFL);
                libc::signal(libc::SIGXFSZ, libc::SIG_DFL);
            }
            if c.call_setsid {
                posix!(libc::setsid());
            }
            if c.pgid >= 0 {
                posix!(libc::setpgid(0, c.pgid));
            }
            if let Some(g) = c.groups {
                posix!(libc::setgroups(g.len(), g.as_ptr()));
            }
            if c.gid >= 0 {
                posix!(libc::setregid(c.gid as libc::gid_t, c.gid as libc::gid_t));
            }
            if c.uid >= 0 {
                posix!(libc::setreuid(c.uid as libc::uid_t, c.uid as libc::uid_t));
            }
        }
        noexec = false;
        if let Some(f) = c.preexec_fn {
            if crate::call::call(f, &[], None).is_err() {
                err_msg = b"Exception occurred in preexec_fn.";
                return Err(0);
            }
        }
        if c.close_fds {
            close_open_fds(c.keep);
        }
        let mut saved = 0;
        for exe in c.exec {
            unsafe {
                match c.envp {
                    Some(env) => libc::execve(exe.as_ptr(), c.argv.as_ptr(), env.as_ptr()),
                    None => libc::execv(exe.as_ptr(), c.argv.as_ptr()),
                };
            }
            let e = errno();
            if e != libc::ENOENT && e != libc::ENOTDIR && saved == 0 {
                saved = e;
            }
        }
        Err(if saved != 0 { saved } else { errno() })
    })();
    let e = res.err().unwrap_or(0);
    if e != 0 {
        child_write(errpipe_write, b"OSError:");
        child_write(errpipe_write, format!("{e:x}").as_bytes());
        child_write(errpipe_write, b":");
        if noexec {
            child_write(errpipe_write, b"noexec");
        }
    } else {
        child_write(errpipe_write, b"SubprocessError:0:");
        child_write(errpipe_write, err_msg);
    }
    unsafe { libc::_exit(255) }
}

/// `fork_exec(args, executable_list, close_fds, pass_fds, cwd, env, p2cread,
/// p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read,
/// errpipe_write, restore_signals, call_setsid, pgid_to_set, gid,
/// extra_groups, uid, child_umask, preexec_fn, allow_vfork)`.
fn fork_exec(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::parse_tuple(args, kw, "fork_exec", "fork_exec", 23, 23)?;
    let argv_c = if is_none(&args[0]) { Vec::new() } else { cstrings(&args[0])? };
    let exec = cstrings(&args[1])?;
    let close_fds = ops::truthy(&args[2])?;
    let Some(pass) = crate::objects::tuple::tuple_items(&args[3]) else {
        return Err(type_error(format!("fork_exec() argument 4 must be tuple, not {}", args[3].ty().name())));
    };
    let mut keep = Vec::with_capacity(pass.len());
    let mut prev = -1i64;
    for v in pass {
        let fd = crate::objects::int::as_i64(v).filter(|fd| (0..=i32::MAX as i64).contains(fd) && *fd > prev);
        match fd {
            Some(fd) => {
                keep.push(fd as i32);
                prev = fd;
            }
            None => return Err(value_error("bad value(s) in fds_to_keep")),
        }
    }
    let cwd = if is_none(&args[4]) { None } else { Some(fs_cstring(&args[4])?) };
    let env_c = if is_none(&args[5]) { None } else { Some(cstrings(&args[5])?) };
    let mut fds = [0i32; 8];
    for (i, f) in fds.iter_mut().enumerate() {
        *f = int_arg(&args[6 + i])?;
    }
    let restore_signals = int_arg(&args[14])? != 0;
    let call_setsid = int_arg(&args[15])? != 0;
    let pgid = int_arg(&args[16])?;
    let gid = id_arg(&args[17])?;
    let groups: Option<Vec<libc::gid_t>> = if is_none(&args[18]) {
        None
    } else {
        let items = ops::collect(&args[18])?;
        Some(items.iter().map(|g| id_arg(g).map(|x| x as libc::gid_t)).collect::<PyResult<_>>()?)
    };
    let uid = id_arg(&args[19])?;
    let umask = int_arg(&args[20])?;
    let preexec_fn = (!is_none(&args[21])).then_some(&args[21]);
    let mut argv: Vec<*const libc::c_char> = argv_c.iter().map(|c| c.as_ptr()).collect();
    argv.push(std::ptr::null());
    let envp: Option<Vec<*const libc::c_char>> = env_c.as_ref().map(|e| {
        let mut v: Vec<*const libc::c_char> = e.iter().map(|c| c.as_ptr()).collect();
        v.push(std::ptr::null());
        v
    });
    crate::objects::file::flush_stdout();
    let child = Child {
        argv: &argv,
        exec: &exec,
        envp: envp.as_deref(),
        cwd: cwd.as_ref(),
        keep: &keep,
        close_fds,
        fds,
        restore_signals,
        call_setsid,
        pgid,
        gid,
        groups: groups.as_deref(),
        uid,
        umask,
        preexec_fn,
    };
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(os_error(errno(), None, None));
    }
    if pid == 0 {
        child_exec(&child);
    }
    Ok(new_int(pid as i64))
}

pub fn create() -> Value {
    let m = new_module("_posixsubprocess");
    let mo = m.downcast::<ModuleObject>().unwrap();
    mo.set("__doc__", new_str("A POSIX helper for the subprocess module."));
    mo.set("fork_exec", new_builtin("fork_exec", fork_exec, Some("_posixsubprocess")));
    m
}
