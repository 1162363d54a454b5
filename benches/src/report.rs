//! What a session leaves behind: the JSON record of every measurement (with
//! machine, date, commit and settings) and the Markdown tables.

use crate::process;
use crate::session::{BenchResult, Cell, Implementation, Settings, Warmup};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The machine a session ran on.
#[derive(Clone, Debug, Serialize)]
pub struct Machine {
    pub hostname: String,
    pub cpu: String,
    pub logical_cpus: usize,
    pub memory_gib: f64,
    pub os: String,
    pub kernel: String,
    /// The 1-minute load average when the session started (other work on the machine adds noise).
    pub load_average_at_start: f64,
}

/// The first line of /proc/cpuinfo, /etc/os-release, ... that starts with `key`, after the separator.
fn field(path: &str, key: &str, sep: char) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    text.lines().find(|l| l.starts_with(key)).and_then(|l| l.split_once(sep)).map(|(_, v)| v.trim().trim_matches('"').to_owned())
}

/// Describes this machine from /proc and /etc.
pub fn machine() -> Machine {
    let read = |p: &str| std::fs::read_to_string(p).map(|s| s.trim().to_owned()).unwrap_or_default();
    let mem_kb: f64 = field("/proc/meminfo", "MemTotal", ':')
        .and_then(|v| v.split_whitespace().next().and_then(|n| n.parse().ok()))
        .unwrap_or(0.0);
    Machine {
        hostname: read("/proc/sys/kernel/hostname"),
        cpu: field("/proc/cpuinfo", "model name", ':').unwrap_or_default(),
        logical_cpus: std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
        memory_gib: (mem_kb / 1024.0 / 1024.0 * 10.0).round() / 10.0,
        os: field("/etc/os-release", "PRETTY_NAME", '=').unwrap_or_default(),
        kernel: read("/proc/sys/kernel/osrelease"),
        load_average_at_start: read("/proc/loadavg").split_whitespace().next().and_then(|v| v.parse().ok()).unwrap_or(0.0),
    }
}

/// The current time in UTC as ISO 8601 (`2026-11-26T12:34:56Z`).
pub fn now_utc() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    iso8601(secs)
}

/// Seconds since the Unix epoch as an ISO 8601 UTC timestamp (Howard Hinnant's civil-from-days).
fn iso8601(secs: u64) -> String {
    let days = (secs / 86400) as i64;
    let rem = secs % 86400;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}

/// The commit checked out in the git work tree holding `dir`, and whether it has uncommitted changes.
pub fn commit_of(dir: &std::path::Path) -> (Option<String>, bool) {
    let dir = dir.to_string_lossy();
    let head = process::capture(&["git", "-C", &dir, "rev-parse", "--short=12", "HEAD"]);
    let dirty = process::capture(&["git", "-C", &dir, "status", "--porcelain", "--untracked-files=no"]).is_some_and(|s| !s.is_empty());
    (head, dirty)
}

/// The workspace's commit and whether the tree has uncommitted changes.
pub fn commit() -> (Option<String>, bool) {
    commit_of(&crate::suite::workspace_dir())
}

/// A geometric mean of speedups and how many benchmarks it covers.
#[derive(Clone, Debug, Serialize)]
pub struct Geomean {
    pub speedup: f64,
    pub benchmarks: usize,
}

/// Everything one `benches run` measured.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// When the session started (UTC).
    pub date: String,
    pub commit: Option<String>,
    pub dirty: bool,
    /// The command line that produced this report.
    pub command: String,
    pub machine: Machine,
    pub settings: Settings,
    pub implementations: Vec<Implementation>,
    pub benchmarks: Vec<BenchResult>,
    /// Per implementation: the geometric mean of its speedups over CPython.
    pub geomean: BTreeMap<String, Geomean>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warmup: Vec<Warmup>,
}

/// Seconds with three significant digits.
pub fn fmt_secs(s: f64) -> String {
    if s >= 100.0 {
        format!("{s:.0} s")
    } else if s >= 10.0 {
        format!("{s:.1} s")
    } else if s >= 1.0 {
        format!("{s:.2} s")
    } else {
        format!("{s:.3} s")
    }
}

/// A speed ratio (`1.23×`).
pub fn fmt_ratio(r: f64) -> String {
    if r >= 10.0 {
        format!("{r:.1}×")
    } else {
        format!("{r:.2}×")
    }
}

/// KiB as MiB.
fn fmt_mib(kb: u64) -> String {
    let m = kb as f64 / 1024.0;
    if m >= 10.0 {
        format!("{m:.0} MiB")
    } else {
        format!("{m:.1} MiB")
    }
}

/// A time cell: median with min–max, or why there is no time.
fn time_cell(c: Option<&Cell>) -> String {
    match c {
        None => "-".into(),
        Some(c) if !c.ok => {
            let bad = c.runs.iter().filter(|r| !r.ok).count();
            format!("failed ({bad}/{} runs wrong)", c.runs.len())
        }
        Some(c) => match (c.median_s, c.min_s, c.max_s) {
            (Some(m), Some(lo), Some(hi)) => format!("{} ({}–{})", fmt_secs(m), fmt_secs(lo).trim_end_matches(" s"), fmt_secs(hi)),
            _ => "-".into(),
        },
    }
}

/// The line that says how, where and when a report was made.
pub fn provenance(r: &Report) -> String {
    let commit = match &r.commit {
        Some(c) if r.dirty => format!("{c} (with uncommitted changes)"),
        Some(c) => c.clone(),
        None => "unknown".into(),
    };
    let m = &r.machine;
    let builds: Vec<String> = r
        .implementations
        .iter()
        .filter_map(|i| Some(format!("{} built from {}", i.name, i.source_commit.as_deref()?)))
        .collect();
    let builds = if builds.is_empty() { String::new() } else { format!(" ({})", builds.join(", ")) };
    format!(
        "Command: `{}`. Machine: {} ({} logical CPUs, {} GiB, {}, load {:.2} at start). Date: {}. Commit: {}{builds}. \
         {} runs per implementation and benchmark, alternating implementations; {} time; sizes: {}.",
        r.command,
        if m.cpu.is_empty() { "unknown CPU" } else { &m.cpu },
        m.logical_cpus,
        m.memory_gib,
        m.os,
        m.load_average_at_start,
        r.date,
        commit,
        r.settings.repetitions,
        match r.settings.metric {
            crate::session::Metric::Wall => "wall-clock",
            crate::session::Metric::Cpu => "user+system CPU",
        },
        match r.settings.size {
            crate::suite::SizeChoice::Small => "small",
            crate::suite::SizeChoice::Default => "default",
        },
    )
}

/// The Markdown tables of a report: times and speedups, then memory and tiers.
pub fn markdown(r: &Report) -> String {
    let mut s = String::new();
    let names: Vec<&str> = r.implementations.iter().map(|i| i.name.as_str()).collect();
    let others: Vec<&Implementation> = r.implementations.iter().filter(|i| !i.is_baseline).collect();
    let base = r.implementations.iter().find(|i| i.is_baseline).map(|i| i.name.as_str()).unwrap_or("CPython");
    let _ = writeln!(s, "{}\n", provenance(r));
    let _ = writeln!(s, "Median time (min–max) of whole processes, and speed relative to {base} (above 1× is faster):\n");
    let mut header = String::from("| benchmark | size |");
    let mut rule = String::from("|---|--:|");
    for n in &names {
        let _ = write!(header, " {n} |");
        rule.push_str("--:|");
    }
    for o in &others {
        let _ = write!(header, " {} vs {base} |", o.name);
        rule.push_str("--:|");
    }
    let _ = writeln!(s, "{header}\n{rule}");
    for b in &r.benchmarks {
        let _ = write!(s, "| {} | {} |", b.name, b.size);
        for n in &names {
            let _ = write!(s, " {} |", time_cell(b.cell(n)));
        }
        for o in &others {
            let v = b.cell(&o.name).and_then(|c| c.speedup).map(fmt_ratio).unwrap_or_else(|| "-".into());
            let _ = write!(s, " {v} |");
        }
        s.push('\n');
    }
    let _ = write!(s, "| **geometric mean** | |");
    for _ in &names {
        s.push_str(" |");
    }
    for o in &others {
        let v = r.geomean.get(&o.name).map(|g| format!("**{}**", fmt_ratio(g.speedup))).unwrap_or_else(|| "-".into());
        let _ = write!(s, " {v} |");
    }
    s.push_str("\n\n");

    let terns: Vec<&Implementation> = r.implementations.iter().filter(|i| i.is_tern).collect();
    let _ = writeln!(s, "Peak resident set size (largest over the runs){}:\n", if terns.is_empty() { "" } else { ", and tern's compile share, median compile time per function and tier-ups (from `TERN_STATS`; `-` when tern reports none)" });
    let mut header = String::from("| benchmark |");
    let mut rule = String::from("|---|");
    for n in &names {
        let _ = write!(header, " {n} RSS |");
        rule.push_str("--:|");
    }
    for t in &terns {
        let _ = write!(header, " {} compile share | {} compile median | {} tier-ups (1/2) |", t.name, t.name, t.name);
        rule.push_str("--:|--:|--:|");
    }
    let _ = writeln!(s, "{header}\n{rule}");
    for b in &r.benchmarks {
        let _ = write!(s, "| {} |", b.name);
        for n in &names {
            let v = b.cell(n).and_then(|c| c.max_rss_kb).map(fmt_mib).unwrap_or_else(|| "-".into());
            let _ = write!(s, " {v} |");
        }
        for t in &terns {
            let c = b.cell(&t.name);
            let share = c.and_then(|c| c.compile_share).map(|x| format!("{:.1}%", x * 100.0)).unwrap_or_else(|| "-".into());
            let ups = match c.map(|c| (c.tier1_compiles, c.tier2_compiles)) {
                Some((None, None)) | None => "-".into(),
                Some((a, b)) => format!("{}/{}", a.map_or("-".into(), |x| format!("{x:.0}")), b.map_or("-".into(), |x| format!("{x:.0}"))),
            };
            // Only where something was compiled.
            let per_fn = c
                .filter(|c| c.tier1_compiles.is_some_and(|n| n > 0.0))
                .and_then(|c| c.compile_us_median)
                .map(|us| format!("{us:.0} µs"))
                .unwrap_or_else(|| "-".into());
            let _ = write!(s, " {share} | {per_fn} | {ups} |");
        }
        s.push('\n');
    }
    s
}

/// Writes a file, creating its directory.
pub fn write_file(path: &std::path::Path, contents: &[u8]) -> Result<(), String> {
    if let Some(d) = path.parent() {
        std::fs::create_dir_all(d).map_err(|e| format!("{}: {e}", d.display()))?;
    }
    std::fs::write(path, contents).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_dates() {
        assert_eq!(iso8601(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso8601(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(iso8601(1_795_000_000), "2026-11-18T11:06:40Z");
    }

    #[test]
    fn formats_numbers() {
        assert_eq!(fmt_secs(0.01234), "0.012 s");
        assert_eq!(fmt_secs(1.234), "1.23 s");
        assert_eq!(fmt_secs(12.34), "12.3 s");
        assert_eq!(fmt_ratio(1.234), "1.23×");
        assert_eq!(fmt_ratio(12.34), "12.3×");
        assert_eq!(fmt_mib(2048), "2.0 MiB");
        assert_eq!(fmt_mib(20480), "20 MiB");
    }
}
