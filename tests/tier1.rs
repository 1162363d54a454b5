//! Tier 1's knobs and reports: tier-up at the threshold, on-stack
//! replacement of a running loop, `TERN_JIT=0`, `TERN_STATS`, `TERN_DUMP`
//! and the perf map. (That compiled code behaves as the interpreter does is
//! the differential suite's job, under every tier setting.)

use std::process::{Command, Output, Stdio};

/// A function called often, and a long loop at module level (entered by OSR).
const PROGRAM: &str = "
def f(n):
    return n * 2 + 1

total = 0
for i in range(3000):
    total += f(i)
print(total)
";

fn run(env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tern"));
    cmd.args(["-c", PROGRAM]).stdin(Stdio::null());
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run tern")
}

/// Runs `program` with `TERN_STATS=1`: its stdout, and a reader of the
/// fields of its `tern-ic: <op>` lines (`ic(op, key)`).
fn run_ic_stats(program: &str) -> (String, impl Fn(&str, &str) -> u64) {
    let o = Command::new(env!("CARGO_BIN_EXE_tern")).args(["-c", program]).env("TERN_STATS", "1").output().expect("run tern");
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    let ic = move |op: &str, key: &str| -> u64 {
        let line = err.lines().find(|l| l.starts_with(&format!("tern-ic: {op} "))).unwrap_or_else(|| panic!("no {op} line: {err}"));
        let field = line.split_whitespace().find_map(|f| f.strip_prefix(&format!("{key}="))).unwrap_or_else(|| panic!("no {key}: {line}"));
        field.parse().expect("a count")
    };
    (String::from_utf8_lossy(&o.stdout).into_owned(), ic)
}

fn stat(stderr: &str, key: &str) -> u64 {
    let line = stderr.lines().find(|l| l.starts_with("tern-stats:")).expect("a tern-stats line");
    let field = line.split_whitespace().find_map(|f| f.strip_prefix(&format!("{key}="))).expect(key);
    field.parse::<f64>().expect("a number") as u64
}

#[test]
fn warm_code_is_compiled_and_long_loops_enter_by_osr() {
    let o = run(&[("TERN_TIER1_THRESHOLD", "100"), ("TERN_STATS", "1")]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(String::from_utf8_lossy(&o.stdout), "9000000\n");
    assert!(err.contains("tern-jit: compiled f (<string>:2) in "), "{err}");
    assert!(err.contains("tern-jit: compiled <module> (<string>:1) in "), "{err}");
    assert!(stat(&err, "tier1_compiles") >= 2, "{err}");
    assert!(stat(&err, "osr_entries") >= 1, "{err}");
    assert_eq!(stat(&err, "tier1_failures"), 0, "{err}");
    // Module-level names have no fast path: the interpreter runs them for compiled code.
    let steps = err.lines().find(|l| l.starts_with("tern-jit: instructions run by the interpreter")).expect("a steps line");
    assert!(steps.contains(" StoreName="), "{err}");
}

#[test]
fn jit_off_compiles_nothing() {
    let o = run(&[("TERN_JIT", "0"), ("TERN_TIER1_THRESHOLD", "0"), ("TERN_STATS", "1")]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(String::from_utf8_lossy(&o.stdout), "9000000\n");
    assert_eq!(stat(&err, "tier1_compiles"), 0, "{err}");
}

#[test]
fn dumps_show_each_compiled_function() {
    let clif = run(&[("TERN_TIER1_THRESHOLD", "0"), ("TERN_DUMP", "clif")]);
    let err = String::from_utf8_lossy(&clif.stderr);
    assert!(err.contains("; tier 1: f (<string>:2)\nfunction "), "{err}");
    assert!(err.contains("call_indirect"), "{err}");
    let asm = run(&[("TERN_TIER1_THRESHOLD", "0"), ("TERN_DUMP", "asm")]);
    let err = String::from_utf8_lossy(&asm.stderr);
    assert!(err.contains("; tier 1: f (<string>:2)\n"), "{err}");
    assert!(err.contains("ret"), "{err}");
}

/// Runs PROGRAM with every function compiled and `TERN_PERF_MAP=mode`:
/// its pid and perf map (the map file removed).
fn run_with_perf_map(mode: &str) -> (u32, String) {
    let child = Command::new(env!("CARGO_BIN_EXE_tern"))
        .args(["-c", PROGRAM])
        .env("TERN_TIER1_THRESHOLD", "0")
        .env("TERN_PERF_MAP", mode)
        .stdout(Stdio::null())
        .spawn()
        .expect("run tern");
    let pid = child.id();
    assert!(child.wait_with_output().unwrap().status.success());
    let path = format!("/tmp/perf-{pid}.map");
    let map = std::fs::read_to_string(&path).expect("the perf map");
    let _ = std::fs::remove_file(&path);
    (pid, map)
}

#[test]
fn perf_map_names_compiled_functions() {
    let (_, map) = run_with_perf_map("1");
    let line = map.lines().find(|l| l.ends_with(" py::f (<string>:2)")).unwrap_or_else(|| panic!("{map}"));
    let mut parts = line.split_whitespace();
    let addr = u64::from_str_radix(parts.next().unwrap(), 16).unwrap();
    let size = u64::from_str_radix(parts.next().unwrap(), 16).unwrap();
    assert!(addr != 0 && size > 0, "{line}");
}

/// `TERN_PERF_MAP=jitdump`: a jitdump file (perf's format) whose code-load
/// record for `f` has the perf map's address and size and `f`'s bytes.
#[test]
fn jitdump_records_compiled_code() {
    let (pid, map) = run_with_perf_map("jitdump");
    let dump_path = format!("/tmp/jit-{pid}.dump");
    let dump = std::fs::read(&dump_path).expect("the jitdump");
    let _ = std::fs::remove_file(&dump_path);
    let word = |at: usize| u32::from_ne_bytes(dump[at..at + 4].try_into().unwrap());
    let quad = |at: usize| u64::from_ne_bytes(dump[at..at + 8].try_into().unwrap());
    assert_eq!((word(0), word(4), word(8), word(20)), (0x4A69_5444, 1, 40, pid), "header");
    let name = "py::f (<string>:2)";
    let line = map.lines().find(|l| l.ends_with(&format!(" {name}"))).unwrap_or_else(|| panic!("{map}"));
    let mut parts = line.split_whitespace().map(|p| u64::from_str_radix(p, 16).unwrap());
    let (addr, size) = (parts.next().unwrap(), parts.next().unwrap());
    let mut at = 40;
    let mut found = 0;
    while at < dump.len() {
        let (id, total) = (word(at), word(at + 4) as usize);
        assert_eq!(id, 0, "only code-load records");
        let (vma, code_addr, code_size) = (quad(at + 24), quad(at + 32), quad(at + 40));
        let name_end = at + 56 + dump[at + 56..].iter().position(|&b| b == 0).unwrap();
        assert_eq!(total, name_end + 1 + code_size as usize - at, "record size");
        if &dump[at + 56..name_end] == name.as_bytes() {
            assert_eq!((vma, code_addr, code_size), (addr, addr, size));
            // The function returns: a `ret` (0xc3) among its bytes.
            assert!(dump[name_end + 1..at + total].contains(&0xc3));
            found += 1;
        }
        at += total;
    }
    assert_eq!(found, 1, "one record for {name}");
}

#[test]
fn a_bad_threshold_is_a_clear_error() {
    let o = run(&[("TERN_TIER1_THRESHOLD", "soon")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("TERN_TIER1_THRESHOLD must be a count"));
}

/// One attribute site per instruction meeting four classes: every site gets
/// a stub (four ways of the largest kind fit a stub slot) and goes
/// polymorphic, and the stubs answer the loads and stores.
#[test]
fn polymorphic_sites_get_stubs() {
    let program = "
class A: pass
class B: pass
class C: pass
class D: pass
objs = [A(), B(), C(), D()]
def touch(o, i):
    o.x = i
    o.y = o.x + 1
    return o.y
for i in range(2000):
    for o in objs:
        touch(o, i)
print(sum(o.y for o in objs))
";
    let (out, ic) = run_ic_stats(program);
    assert_eq!(out, "8000\n");
    for op in ["LoadAttr", "StoreAttr"] {
        let field = |key: &str| ic(op, key);
        assert_eq!(field("no_stub"), 0, "{op}");
        assert!(field("poly") >= 1, "{op}");
        assert!(field("stub_hits") > field("misses") * 100, "{op}");
    }
}

/// Instances that never die (each holds itself in a cycle, so no dying
/// instance teaches the class its dict's size) still get dicts made at
/// allocation with room for their `__init__`'s attributes, once the runtime
/// saw an instance's dict grow: the stubs append every store, where each new
/// instance's first store (no dict yet) and fifth (a full dict) would take
/// the runtime's path.
#[test]
fn immortal_instances_get_presized_dicts() {
    let program = "
class Node:
    def __init__(self, i):
        self.me = self
        self.a = i
        self.b = i
        self.c = i
        self.d = i
        self.e = i
keep = [Node(i) for i in range(3000)]
print(sum(n.e for n in keep))
";
    let (out, ic) = run_ic_stats(program);
    assert_eq!(out, "4498500\n");
    assert!(ic("StoreAttr", "stub_hits") >= 12000, "{}", ic("StoreAttr", "stub_hits"));
    assert!(ic("StoreAttr", "runtime_hits") < 20, "{}", ic("StoreAttr", "runtime_hits"));
}

/// A site with more receiver types than it keeps goes megamorphic and is
/// answered from the shared table; once its receivers settle on one type it
/// starts over (back-off) and is cached in its stub again.
#[test]
fn megamorphic_sites_share_a_table_and_retry() {
    let program = "
classes = [type('C%d' % k, (), {}) for k in range(12)]
objs = [c() for c in classes]
def touch(objs, i):
    t = 0
    for o in objs:
        o.x = i
        t += o.x
    return t
for i in range(400):
    touch(objs, i)
one = [objs[0]] * 12
for i in range(4000):
    touch(one, i)
print(touch(objs, 1))
";
    let (out, ic) = run_ic_stats(program);
    assert_eq!(out, "12\n");
    for op in ["LoadAttr", "StoreAttr"] {
        let field = |key: &str| ic(op, key);
        // The megamorphic phase hits in the shared table (runtime hits), the
        // settled phase in the stub again after a retry.
        assert!(field("runtime_hits") > field("misses") * 10, "{op}");
        assert!(field("retries") >= 1, "{op}");
        assert!(field("stub_hits") > field("runtime_hits"), "{op}");
    }
}
