//! Stub memory: fixed-size slots in pages that are read-execute, except
//! while one is being rewritten, when they are read-write (never both).
//! Slots never move, so compiled code can call a stub by its address.
//!
//! A site's slot is small (`SLOT_SIZE`), so that stubs sit densely: a
//! program's few hundred stubs then span tens of pages rather than a
//! hundred, which the instruction TLB notices (raytrace ran 5% faster with
//! 512-byte slots than with 1 KiB ones). A stub that does not fit is written to an overflow slot
//! of the site's (`BIG_SIZE`), and its slot jumps there.

use std::ptr;

/// Bytes of a site's own slot: most stubs (a call site's, one or two ways
/// of the common kinds) take 60-400 bytes.
pub const SLOT_SIZE: usize = 512;
/// Bytes of an overflow slot: `WAYS` entries share one copy of each kind's
/// code, so four ways of the largest kind (a dict store, ~520 bytes) fit,
/// as do mixed kinds.
pub const BIG_SIZE: usize = 1024;
const CHUNK: usize = 256 * 1024;
const PAGE: usize = 4096;

pub struct StubMemory {
    chunk: *mut u8,
    used: usize,
    /// Bytes of the chunk filled with int3 so far (whole pages): a page is
    /// filled when a slot first reaches it, so untouched pages cost nothing.
    filled: usize,
    /// In a batch (`begin_batch`): the page ranges made writable (and not
    /// executable) so far, made read-execute again by `end_batch`.
    batch: Option<Vec<(usize, usize)>>,
}

impl StubMemory {
    pub const fn new() -> StubMemory {
        StubMemory { chunk: ptr::null_mut(), used: CHUNK, filled: CHUNK, batch: None }
    }

    /// From now until `end_batch`, pages written stay read-write: a function
    /// compiled with a few dozen new stubs costs two `mprotect` calls per
    /// range of pages, not two per stub. No stub may run meanwhile (tier 1
    /// opens a batch around the compilation of one function).
    pub fn begin_batch(&mut self) {
        self.batch.get_or_insert_with(Vec::new);
    }

    /// Makes the pages written in the batch read-execute again.
    pub fn end_batch(&mut self) -> Result<(), String> {
        for (start, end) in self.batch.take().unwrap_or_default() {
            protect(start as *mut u8, end - start, libc::PROT_READ | libc::PROT_EXEC)?;
        }
        Ok(())
    }

    /// Replaces the code of the stub at `at`: its pages become writable (not
    /// executable), get the bytes, and go back to read-execute (at the end
    /// of the batch, in one).
    ///
    /// # Safety
    /// `at` is a slot from `alloc` with room for `code`; no stub of those
    /// pages is running (stubs leave by returning or by a tail jump, so none
    /// is ever on the stack) or runs before the batch ends.
    pub unsafe fn write(&mut self, at: *mut u8, code: &[u8]) -> Result<(), String> {
        let (start, end) = pages(at, code.len());
        match self.batch.as_mut() {
            Some(open) => {
                if !open.iter().any(|&(s, e)| s <= start && end <= e) {
                    protect(start as *mut u8, end - start, libc::PROT_READ | libc::PROT_WRITE)?;
                    match open.last_mut() {
                        Some(last) if last.1 == start => last.1 = end,
                        _ => open.push((start, end)),
                    }
                }
                ptr::copy_nonoverlapping(code.as_ptr(), at, code.len());
                Ok(())
            }
            None => {
                protect(at, code.len(), libc::PROT_READ | libc::PROT_WRITE)?;
                ptr::copy_nonoverlapping(code.as_ptr(), at, code.len());
                protect(at, code.len(), libc::PROT_READ | libc::PROT_EXEC)
            }
        }
    }

    /// A new stub slot of `size` bytes (its contents are written with
    /// `write` before use).
    pub fn alloc(&mut self, size: usize) -> Result<*mut u8, String> {
        if self.used + size > CHUNK {
            let p = unsafe { libc::mmap(ptr::null_mut(), CHUNK, libc::PROT_READ | libc::PROT_EXEC, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS, -1, 0) };
            if p == libc::MAP_FAILED {
                return Err("no memory for inline-cache stubs".into());
            }
            self.chunk = p as *mut u8;
            self.used = 0;
            self.filled = 0;
        }
        let at = unsafe { self.chunk.add(self.used) };
        self.used += size;
        // int3 over the pages the slot reaches first, so a jump into an
        // unwritten part of a slot traps (a chunk's untouched pages stay
        // unmapped: most programs use a few of its 64).
        static INT3: [u8; PAGE] = [0xcc; PAGE];
        while self.filled < self.used {
            unsafe { self.write(self.chunk.add(self.filled), &INT3)? };
            self.filled += PAGE;
        }
        Ok(at)
    }
}

/// The page-aligned range holding `len` bytes at `at`.
fn pages(at: *mut u8, len: usize) -> (usize, usize) {
    (at as usize & !(PAGE - 1), (at as usize + len).div_ceil(PAGE) * PAGE)
}

fn protect(at: *mut u8, len: usize, prot: libc::c_int) -> Result<(), String> {
    let (start, end) = pages(at, len);
    if unsafe { libc::mprotect(start as *mut libc::c_void, end - start, prot) } != 0 {
        return Err(format!("mprotect: {}", std::io::Error::last_os_error()));
    }
    Ok(())
}
