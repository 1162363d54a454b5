//! Inline caches for compiled code: one x86-64 stub per attribute site
//! (`LoadAttr`, `LoadMethod`, `StoreAttr`), assembled with dynasmrt and
//! rewritten in place as the site learns its receiver types.
//!
//! A stub has the signature of the runtime's hit functions
//! (`tern_runtime::attrcache::rt_*_hit`): `(stack slot, site cache, name) ->
//! 1` when it did the instruction, 0 when compiled code must take the
//! instruction's full path. It reads the site's `AttrCache` (the one the
//! interpreter fills) in place: for each entry it was built for, it compares
//! the receiver type's version tag with the entry's and, on a match, does the
//! entry's kind in machine code (an instance-dict value at the entry's hint,
//! read at once when the dict is in the hidden class (shape) the entry saw;
//! a method pushed unbound when the instance dict cannot shadow it; a
//! `__slots__` member; a store to the instance dict, appending along the
//! shape transition the entry saw, or to a member).
//!
//! ```text
//!   empty ──fill──▶ monomorphic ──fill──▶ polymorphic (≤ WAYS entries)
//!     │                                        │ keeps missing with all ways full
//!     └── nothing cacheable, keeps missing     ▼
//!           ▼                              megamorphic: the runtime's lookup
//!        generic: always the full path          in the shared table
//!           └──────── retry (back-off) ──────────────┘──▶ empty
//! ```
//!
//! A megamorphic site's cache switches to the runtime's shared table
//! (`AttrCache::set_megamorphic`), for the interpreter too. Megamorphic and
//! generic sites are not given up for good: after `RETRY_AFTER << n` further
//! executions (n: how many times the site already gave up) they start over
//! empty, so a site whose receivers settle after a phase is cached again,
//! while one that keeps missing is retried ever more rarely.
//!
//! A stub is rebuilt when the kinds of its cache's entries change (the
//! entries' versions and hints are read from memory, so a type replacing
//! another of the same kind needs no rewrite). Anything else goes to
//! Rust: a matched entry the stub cannot handle, or a check that fails
//! after the version matched, tail-calls the runtime's hit function; an
//! unmatched type tail-calls the site's miss handler, which learns. Stubs
//! never call anything and are never on the stack, so rewriting one (its
//! pages read-write, not executable, for the time of the copy) is safe.
//!
//! `TERN_IC=0` turns the caches off: code objects get no attribute caches,
//! the interpreter and tier 1 take the generic paths.

mod mem;
mod stubs;

use std::cell::{Cell, UnsafeCell};
use std::sync::Mutex;
use tern_runtime::attrcache::{self, AttrCache, WAYS};
use tern_runtime::value::Value;

/// The attribute instructions a site can be.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Op {
    LoadAttr,
    LoadMethod,
    StoreAttr,
}

const OPS: [Op; 3] = [Op::LoadAttr, Op::LoadMethod, Op::StoreAttr];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum State {
    Empty,
    Mono,
    Poly,
    Mega,
    Generic,
}

const STATES: [State; 5] = [State::Empty, State::Mono, State::Poly, State::Mega, State::Generic];

/// Rewrites after which a site stops learning and goes megamorphic.
const MAX_REWRITES: u32 = 8;
/// Misses with every way full after which a site goes megamorphic.
const MEGA_AFTER: u32 = 64;
/// Misses with nothing cacheable after which a site goes generic.
const GENERIC_AFTER: u32 = 64;
/// Executions of a megamorphic or generic site before it starts over
/// (doubling each time it gives up again).
const RETRY_AFTER: u64 = 4096;
/// The most doublings of `RETRY_AFTER`.
const MAX_BACKOFF: u32 = 16;

/// One cache site of compiled code. `repr(C)`: stubs count in `hits`
/// (offset 0) and, once generic, in `misses` (offset 8) until it reaches
/// `retry_at` (offset 16).
#[repr(C)]
pub struct Site {
    hits: UnsafeCell<u64>,
    misses: UnsafeCell<u64>,
    /// For a megamorphic or generic site: the count of executions
    /// (generic: misses; megamorphic: runtime hits plus misses) at which it starts over.
    retry_at: Cell<u64>,
    /// Times the site gave up (went megamorphic or generic).
    gave_up: Cell<u32>,
    /// Times it started over.
    retries: Cell<u32>,
    /// Version matched, but the runtime did the work (kinds without machine code).
    slow_hits: Cell<u64>,
    /// Misses since the last rewrite with all ways full / with no entry at all.
    full_misses: Cell<u32>,
    empty_misses: Cell<u32>,
    rewrites: Cell<u32>,
    state: Cell<State>,
    op: Op,
    cache: *const AttrCache,
    name: u64,
    stub: *mut u8,
    /// The entry kinds the stub was built for.
    kinds: Cell<[u32; WAYS]>,
}

// The stubs' view of a site.
const _: () = assert!(std::mem::offset_of!(Site, hits) == 0 && std::mem::offset_of!(Site, misses) == 8 && std::mem::offset_of!(Site, retry_at) == 16);

struct Ic {
    mem: mem::StubMemory,
    sites: Vec<&'static Site>,
    /// Sites left without a stub (no memory, or no code for them): their
    /// instruction always takes the full path.
    no_stub: Vec<Op>,
    dump: bool,
    /// `TERN_PERF_MAP=1`: stubs are named in `/tmp/perf-<pid>.map` too.
    perf_map: Option<std::fs::File>,
}

// Sites and stubs are made and rewritten on the one thread that runs Python.
unsafe impl Send for Ic {}

static IC: Mutex<Ic> = Mutex::new(Ic { mem: mem::StubMemory::new(), sites: Vec::new(), no_stub: Vec::new(), dump: false, perf_map: None });

/// Whether the caches are on (`TERN_IC`, read once).
pub fn enabled() -> bool {
    tern_runtime::attrcache::enabled()
}

/// Reads `TERN_IC` and `TERN_DUMP`; with `TERN_IC=0` no code object gets
/// attribute caches. Needs this build's dict layout, else the caches stay off.
pub fn install() -> Result<(), String> {
    let on = tern_runtime::config::get("TERN_IC") != "0" && stubs::layout().is_some();
    tern_runtime::attrcache::set_enabled(on);
    let mut ic = IC.lock().unwrap_or_else(|e| e.into_inner());
    ic.dump = tern_runtime::config::get("TERN_DUMP") == "asm";
    if tern_runtime::config::get("TERN_PERF_MAP") == "1" {
        let path = format!("/tmp/perf-{}.map", std::process::id());
        ic.perf_map = std::fs::OpenOptions::new().create(true).append(true).open(path).ok();
    }
    Ok(())
}

/// The stub compiled code calls for attribute instruction `op` whose site
/// cache is `cache` and attribute `name` (None: use the runtime's functions).
pub fn attr_site(op: Op, cache: &AttrCache, name: &Value) -> Option<*const u8> {
    if !enabled() {
        return None;
    }
    let mut ic = IC.lock().unwrap_or_else(|e| e.into_inner());
    let Ok(stub) = ic.mem.alloc() else {
        ic.no_stub.push(op);
        return None;
    };
    let site: &'static Site = Box::leak(Box::new(Site {
        hits: UnsafeCell::new(0),
        misses: UnsafeCell::new(0),
        retry_at: Cell::new(u64::MAX),
        gave_up: Cell::new(0),
        retries: Cell::new(0),
        slow_hits: Cell::new(0),
        full_misses: Cell::new(0),
        empty_misses: Cell::new(0),
        rewrites: Cell::new(0),
        state: Cell::new(State::Empty),
        op,
        cache,
        name: name.bits(),
        stub,
        kinds: Cell::new([attrcache::EMPTY; WAYS]),
    }));
    let dump = ic.dump;
    drop(ic);
    let built = site.rebuild(dump);
    let mut ic = IC.lock().unwrap_or_else(|e| e.into_inner());
    if built.is_err() {
        ic.no_stub.push(op);
        return None;
    }
    if let Some(f) = ic.perf_map.as_mut() {
        use std::io::Write;
        let name = tern_runtime::objects::str::as_str(name).unwrap_or("?");
        let _ = writeln!(f, "{:x} {:x} ic::{op:?}.{name}", stub as usize, mem::STUB_SIZE);
    }
    ic.sites.push(site);
    Some(stub)
}

impl Site {
    fn cache(&self) -> &AttrCache {
        unsafe { &*self.cache }
    }

    fn current_kinds(&self) -> [u32; WAYS] {
        std::array::from_fn(|j| self.cache().entries[j].kind.get())
    }

    /// Writes the stub for the site's state and its cache's entries now.
    fn rebuild(&self, dump: bool) -> Result<(), String> {
        let kinds = self.current_kinds();
        if matches!(self.state.get(), State::Empty | State::Mono | State::Poly) {
            let n = kinds.iter().filter(|&&k| k != attrcache::EMPTY).count();
            self.state.set(match n {
                0 => State::Empty,
                1 => State::Mono,
                _ => State::Poly,
            });
        }
        self.kinds.set(kinds);
        let code = stubs::assemble(self, &kinds)?;
        if dump {
            eprintln!("{}", stubs::describe(self, &kinds, &code));
        }
        unsafe { mem::write(self.stub, &code) }
    }

    /// The runtime's hit function for the site's instruction.
    unsafe fn runtime_hit(&self, slot: *mut Option<Value>, name: u64) -> u32 {
        match self.op {
            Op::LoadAttr => attrcache::rt_load_attr_hit(slot, self.cache, name),
            Op::LoadMethod => attrcache::rt_load_method_hit(slot, self.cache, name),
            Op::StoreAttr => attrcache::rt_store_attr_hit(slot, self.cache, name),
        }
    }

    /// A miss: the runtime's lookup answers; the site learns what the cache
    /// now holds (the full path, after a 0, fills it for next time).
    fn learn(&self) {
        let kinds = self.current_kinds();
        let filled = kinds.iter().filter(|&&k| k != attrcache::EMPTY).count();
        let state = self.state.get();
        if !matches!(state, State::Empty | State::Mono | State::Poly) {
            return;
        }
        let dump = IC.lock().map(|ic| ic.dump).unwrap_or(false);
        if kinds != self.kinds.get() {
            self.rewrites.set(self.rewrites.get() + 1);
            self.full_misses.set(0);
            self.empty_misses.set(0);
            if self.rewrites.get() > MAX_REWRITES {
                self.give_up(State::Mega);
            }
            let _ = self.rebuild(dump);
            return;
        }
        if filled == WAYS {
            self.full_misses.set(self.full_misses.get() + 1);
            if self.full_misses.get() >= MEGA_AFTER {
                self.give_up(State::Mega);
                let _ = self.rebuild(dump);
            }
        } else if filled == 0 {
            self.empty_misses.set(self.empty_misses.get() + 1);
            if self.empty_misses.get() >= GENERIC_AFTER {
                self.give_up(State::Generic);
                let _ = self.rebuild(dump);
            }
        }
    }

    /// Executions counted towards `retry_at` (see `Site::retry_at`).
    fn executions(&self) -> u64 {
        let misses = unsafe { *self.misses.get() };
        if self.state.get() == State::Mega {
            misses + self.slow_hits.get()
        } else {
            misses
        }
    }

    /// Stops learning: `state` is `Mega` (the shared table) or `Generic`,
    /// until `retry_at`.
    fn give_up(&self, state: State) {
        self.state.set(state);
        self.cache().set_megamorphic(state == State::Mega);
        let backoff = self.gave_up.get().min(MAX_BACKOFF);
        self.gave_up.set(self.gave_up.get() + 1);
        self.retry_at.set(self.executions() + (RETRY_AFTER << backoff));
    }

    /// Starts over, empty (the stub is rebuilt).
    fn retry(&self) {
        self.retries.set(self.retries.get() + 1);
        self.state.set(State::Empty);
        self.cache().set_megamorphic(false);
        self.retry_at.set(u64::MAX);
        self.rewrites.set(0);
        self.full_misses.set(0);
        self.empty_misses.set(0);
        let dump = IC.lock().map(|ic| ic.dump).unwrap_or(false);
        let _ = self.rebuild(dump);
    }
}

/// Where a stub goes for a type it was not built for: `rcx` is the site.
unsafe extern "C" fn site_miss(slot: *mut Option<Value>, _cache: *const AttrCache, name: u64, site: *const Site) -> u32 {
    let site = &*site;
    *site.misses.get() += 1;
    let r = site.runtime_hit(slot, name);
    site.learn();
    r
}

/// Where a stub goes for a matched entry it has no machine code for, or
/// whose checks failed (the runtime decides: a hit, or 0 for the full path).
unsafe extern "C" fn site_slow(slot: *mut Option<Value>, _cache: *const AttrCache, name: u64, site: *const Site) -> u32 {
    let site = &*site;
    let r = site.runtime_hit(slot, name);
    if r != 0 {
        site.slow_hits.set(site.slow_hits.get() + 1);
    } else {
        *site.misses.get() += 1;
    }
    if site.state.get() == State::Mega && site.executions() >= site.retry_at.get() {
        site.retry();
    }
    r
}

/// Where a generic stub goes when its misses reach `retry_at`: the site
/// starts over; this execution takes the full path.
unsafe extern "C" fn site_retry(_slot: *mut Option<Value>, _cache: *const AttrCache, _name: u64, site: *const Site) -> u32 {
    (*site).retry();
    0
}

/// A stub's hit dropped the last reference to the receiver.
unsafe extern "C" fn free_and_hit(h: *mut tern_runtime::value::ObjHeader) -> u32 {
    tern_runtime::value::dealloc(h);
    1
}

/// A store's hit dropped the last reference to the old value (`old`, count
/// already zero); the receiver's reference is still to drop.
unsafe extern "C" fn free_old_and_hit(old: *mut tern_runtime::value::ObjHeader, obj: u64) -> u32 {
    tern_runtime::value::dealloc(old);
    drop(Value::from_raw(obj));
    1
}

/// `TERN_STATS=1` lines: per kind of site, hits in the stubs, hits the
/// runtime answered, misses, how many sites are in each state, rewrites.
pub fn report() -> String {
    let ic = IC.lock().unwrap_or_else(|e| e.into_inner());
    let mut out = String::new();
    for op in OPS {
        let sites: Vec<&&Site> = ic.sites.iter().filter(|s| s.op == op).collect();
        let no_stub = ic.no_stub.iter().filter(|&&o| o == op).count();
        if sites.is_empty() && no_stub == 0 {
            continue;
        }
        let hits: u64 = sites.iter().map(|s| unsafe { *s.hits.get() }).sum();
        let slow: u64 = sites.iter().map(|s| s.slow_hits.get()).sum();
        let misses: u64 = sites.iter().map(|s| unsafe { *s.misses.get() }).sum();
        let rewrites: u64 = sites.iter().map(|s| s.rewrites.get() as u64).sum();
        let retries: u64 = sites.iter().map(|s| s.retries.get() as u64).sum();
        let total = (hits + slow + misses).max(1) as f64;
        let states: Vec<String> = STATES
            .iter()
            .map(|st| format!("{}={}", format!("{st:?}").to_lowercase(), sites.iter().filter(|s| s.state.get() == *st).count()))
            .collect();
        out.push_str(&format!(
            "tern-ic: {op:?} sites={} no_stub={no_stub} stub_hits={hits} runtime_hits={slow} misses={misses} hit_rate={:.1}% rewrites={rewrites} retries={retries} {}\n",
            sites.len(),
            (hits + slow) as f64 * 100.0 / total,
            states.join(" ")
        ));
    }
    out
}
