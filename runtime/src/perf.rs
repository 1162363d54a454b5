//! Naming generated machine code for Linux `perf` (`TERN_PERF_MAP`).
//!
//! `1` appends `start size name` lines to `/tmp/perf-<pid>.map`, which
//! `perf report` reads to name samples in anonymous memory. `jitdump` also
//! writes `/tmp/jit-<pid>.dump` in perf's jitdump format (the spec is
//! tools/perf/Documentation/jitdump-specification.txt in Linux): a
//! code-load record with the bytes of every function tier 1 compiles, so
//! that `perf record -k mono`, `perf inject --jit` and `perf annotate` give
//! instruction-level profiles of compiled Python code and of inline-cache
//! stubs (recorded again at each rewrite).

use std::fs::File;
use std::io::Write;
use std::sync::Mutex;

struct Perf {
    map: File,
    dump: Option<File>,
    next_index: u64,
}

/// `None` inside until first used; `Some(None)` when `TERN_PERF_MAP` is off.
static PERF: Mutex<Option<Option<Perf>>> = Mutex::new(None);

fn with<R>(f: impl FnOnce(&mut Perf) -> R) -> Option<R> {
    let mut perf = PERF.lock().unwrap_or_else(|e| e.into_inner());
    perf.get_or_insert_with(open).as_mut().map(f)
}

fn open() -> Option<Perf> {
    let mode = crate::config::get("TERN_PERF_MAP");
    if mode != "1" && mode != "jitdump" {
        return None;
    }
    let pid = std::process::id();
    let map = std::fs::OpenOptions::new().create(true).append(true).open(format!("/tmp/perf-{pid}.map")).ok()?;
    let dump = if mode == "jitdump" { open_dump(pid) } else { None };
    Some(Perf { map, dump, next_index: 0 })
}

/// The jitdump file with its header, mapped executable once: `perf record`
/// sees that mapping and `perf inject --jit` finds the file through it.
fn open_dump(pid: u32) -> Option<File> {
    let path = format!("/tmp/jit-{pid}.dump");
    let mut file = std::fs::OpenOptions::new().create(true).truncate(true).read(true).write(true).open(&path).ok()?;
    let mut header = Vec::with_capacity(40);
    header.extend_from_slice(&0x4A69_5444u32.to_ne_bytes()); // magic "JiTD"
    header.extend_from_slice(&1u32.to_ne_bytes()); // version
    header.extend_from_slice(&40u32.to_ne_bytes()); // header size
    header.extend_from_slice(&62u32.to_ne_bytes()); // EM_X86_64
    header.extend_from_slice(&0u32.to_ne_bytes());
    header.extend_from_slice(&pid.to_ne_bytes());
    header.extend_from_slice(&timestamp().to_ne_bytes());
    header.extend_from_slice(&0u64.to_ne_bytes()); // flags
    file.write_all(&header).ok()?;
    use std::os::fd::AsRawFd;
    // SAFETY: a fresh private read-execute mapping of one page of our own
    // file; it is never read through and stays mapped for the process.
    let at = unsafe { libc::mmap(std::ptr::null_mut(), 4096, libc::PROT_READ | libc::PROT_EXEC, libc::MAP_PRIVATE, file.as_raw_fd(), 0) };
    if at == libc::MAP_FAILED {
        eprintln!("tern: TERN_PERF_MAP=jitdump: cannot map {path}: {}", std::io::Error::last_os_error());
        return None;
    }
    Some(file)
}

/// CLOCK_MONOTONIC in nanoseconds: the clock `perf record -k mono` uses.
fn timestamp() -> u64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes the timespec it is given.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
}

/// Names `size` bytes of code at `addr` in the perf map (stubs that are
/// rewritten in place).
pub fn name(addr: *const u8, size: usize, name: std::fmt::Arguments) {
    with(|p| {
        let _ = writeln!(p.map, "{:x} {:x} {name}", addr as usize, size);
    });
}

/// With `TERN_PERF_MAP=jitdump`, records `code`, as now written at `addr`,
/// in the jitdump (a compiled function once; a stub at each rewrite, so
/// perf attributes samples to the code that ran at their time).
pub fn code(addr: *const u8, code: &[u8], name: std::fmt::Arguments) {
    with(|p| {
        let Some(dump) = p.dump.as_mut() else { return };
        let name = name.to_string();
        let total = 16 + 40 + name.len() + 1 + code.len();
        let mut rec = Vec::with_capacity(total);
        rec.extend_from_slice(&0u32.to_ne_bytes()); // JIT_CODE_LOAD
        rec.extend_from_slice(&(total as u32).to_ne_bytes());
        rec.extend_from_slice(&timestamp().to_ne_bytes());
        rec.extend_from_slice(&std::process::id().to_ne_bytes());
        // SAFETY: gettid has no preconditions.
        rec.extend_from_slice(&(unsafe { libc::gettid() } as u32).to_ne_bytes());
        rec.extend_from_slice(&(addr as u64).to_ne_bytes()); // vma
        rec.extend_from_slice(&(addr as u64).to_ne_bytes()); // code address
        rec.extend_from_slice(&(code.len() as u64).to_ne_bytes());
        rec.extend_from_slice(&p.next_index.to_ne_bytes());
        rec.extend_from_slice(name.as_bytes());
        rec.push(0);
        rec.extend_from_slice(code);
        p.next_index += 1;
        let _ = dump.write_all(&rec);
    });
}
