//! A measurement session: every selected program under every implementation,
//! alternating the implementations run after run, each run's stdout checked
//! against CPython's before its time counts.

use crate::process::{self, Outcome};
use crate::stats;
use crate::suite::{self, Program, SizeChoice};
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

/// One Python implementation (a column of the report).
#[derive(Clone, Debug, Serialize)]
pub struct Implementation {
    /// The column name: `tern`, `CPython`, `PyPy`, or the name given on the command line.
    pub name: String,
    /// The command; the program path and size (and iteration count) are appended.
    pub command: Vec<String>,
    /// Environment variables set for this implementation's runs.
    pub env: BTreeMap<String, String>,
    /// tern: `TERN_STATS=1` is set and its statistics lines are read.
    pub is_tern: bool,
    /// CPython: speed ratios are taken against this implementation.
    pub is_baseline: bool,
    /// `--version` output, for the record.
    pub version: String,
    /// tern: the commit of the work tree the binary was built in (`+dirty` with uncommitted changes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_commit: Option<String>,
}

/// Which time the summaries use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Metric {
    /// Wall-clock time from spawn to exit.
    Wall,
    /// User plus system CPU time of the child (less sensitive to other load on the machine).
    Cpu,
}

/// How to measure.
#[derive(Clone, Debug, Serialize)]
pub struct Settings {
    pub repetitions: usize,
    pub size: SizeChoice,
    pub metric: Metric,
    pub timeout_s: u64,
    /// The command whose stdout is the expected output when none is stored for a size.
    pub reference: Vec<String>,
    #[serde(skip)]
    pub expected_dir: PathBuf,
}

/// One timed run.
#[derive(Clone, Debug, Serialize)]
pub struct Run {
    pub wall_s: f64,
    pub user_s: f64,
    pub sys_s: f64,
    pub max_rss_kb: u64,
    /// The output equalled CPython's and the exit status was 0.
    pub ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub tern_stats: BTreeMap<String, f64>,
}

impl Run {
    /// The time this metric reads from the run.
    pub fn time(&self, metric: Metric) -> f64 {
        match metric {
            Metric::Wall => self.wall_s,
            Metric::Cpu => self.user_s + self.sys_s,
        }
    }
}

/// One benchmark under one implementation: its runs and their summary.
#[derive(Clone, Debug, Serialize)]
pub struct Cell {
    pub implementation: String,
    pub runs: Vec<Run>,
    /// Every run's output was right; only then are the times below reported.
    pub ok: bool,
    pub median_s: Option<f64>,
    pub min_s: Option<f64>,
    pub max_s: Option<f64>,
    /// The largest peak RSS over the runs, in KiB.
    pub max_rss_kb: Option<u64>,
    /// CPython's median time over this one's (above 1: faster than CPython).
    pub speedup: Option<f64>,
    /// tern: median share of the run's time spent compiling (from `TERN_STATS`).
    pub compile_share: Option<f64>,
    /// tern: median over the runs of the median time to compile one
    /// function, in microseconds (from `TERN_STATS`).
    pub compile_us_median: Option<f64>,
    /// tern: functions compiled by tier 1 and tier 2 (from `TERN_STATS`).
    pub tier1_compiles: Option<f64>,
    pub tier2_compiles: Option<f64>,
}

/// One benchmark at one size under every implementation.
#[derive(Clone, Debug, Serialize)]
pub struct BenchResult {
    pub name: String,
    pub summary: String,
    pub size: u64,
    pub expected_stdout: String,
    pub cells: Vec<Cell>,
}

impl BenchResult {
    /// The cell of the named implementation.
    pub fn cell(&self, implementation: &str) -> Option<&Cell> {
        self.cells.iter().find(|c| c.implementation == implementation)
    }
}

/// A progress bar over `total` runs, drawn on stderr when it is a terminal.
pub fn progress_bar(total: u64) -> ProgressBar {
    let bar = ProgressBar::new(total);
    if let Ok(style) = ProgressStyle::with_template("{elapsed_precise} [{bar:40}] {pos}/{len} runs, eta {eta}  {msg}") {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}

/// Prints a line on stderr above the progress bar (also when the bar is hidden).
fn note(bar: &ProgressBar, line: String) {
    bar.suspend(|| eprintln!("{line}"));
}

/// The argv that runs a program at a size under an implementation.
fn argv(imp: &Implementation, program: &Program, size: u64, iterations: Option<usize>) -> Vec<String> {
    let mut v = imp.command.clone();
    v.push(program.path.to_string_lossy().into_owned());
    v.push(size.to_string());
    if let Some(k) = iterations {
        v.push(k.to_string());
    }
    v
}

/// The environment of an implementation's runs (tern gets `TERN_STATS=1` unless told otherwise).
fn env_of(imp: &Implementation) -> Vec<(String, String)> {
    let mut env: Vec<(String, String)> = imp.env.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    if imp.is_tern && !imp.env.contains_key("TERN_STATS") {
        env.push(("TERN_STATS".into(), "1".into()));
    }
    env
}

/// The expected stdout of a program at a size: the stored file, else the reference command's output.
pub fn expected_output(settings: &Settings, program: &Program, size: u64) -> Result<Vec<u8>, String> {
    if let Some(out) = suite::expected(&settings.expected_dir, &program.name, size) {
        return Ok(out);
    }
    let mut cmd = settings.reference.clone();
    cmd.push(program.path.to_string_lossy().into_owned());
    cmd.push(size.to_string());
    let o = process::run(&cmd, &[], Duration::from_secs(settings.timeout_s))?;
    if o.exit_code != Some(0) {
        return Err(format!(
            "the reference `{}` failed on {} {size}: {}",
            settings.reference.join(" "),
            program.name,
            String::from_utf8_lossy(&o.stderr).lines().last().unwrap_or("")
        ));
    }
    Ok(o.stdout)
}

/// Why a run's output is not accepted, if it is not.
fn check(o: &Outcome, expected: &[u8]) -> Option<String> {
    if o.timed_out {
        return Some("timed out".into());
    }
    let err_tail = || stats::strip_stats_lines(&String::from_utf8_lossy(&o.stderr)).lines().last().unwrap_or("").to_owned();
    match o.exit_code {
        Some(0) => {}
        Some(c) => return Some(format!("exit status {c}: {}", err_tail())),
        None => return Some(format!("killed by a signal: {}", err_tail())),
    }
    if o.stdout != expected {
        let got = String::from_utf8_lossy(&o.stdout);
        let want = String::from_utf8_lossy(expected);
        let first = got.lines().zip(want.lines()).find(|(g, w)| g != w);
        return Some(match first {
            Some((g, w)) => format!("wrong output: got {g:?}, expected {w:?}"),
            None => format!("wrong output: {} lines, expected {}", got.lines().count(), want.lines().count()),
        });
    }
    None
}

/// One timed run of a program under an implementation, checked against the expected output.
fn timed_run(imp: &Implementation, program: &Program, size: u64, expected: &[u8], settings: &Settings) -> Run {
    let timeout = Duration::from_secs(settings.timeout_s);
    match process::run(&argv(imp, program, size, None), &env_of(imp), timeout) {
        Ok(o) => {
            let error = check(&o, expected);
            let tern_stats = if imp.is_tern { stats::parse_tern_stats(&String::from_utf8_lossy(&o.stderr)) } else { BTreeMap::new() };
            Run {
                wall_s: o.wall_s,
                user_s: o.user_s,
                sys_s: o.sys_s,
                max_rss_kb: o.max_rss_kb,
                ok: error.is_none(),
                error,
                tern_stats,
            }
        }
        Err(e) => Run {
            wall_s: 0.0,
            user_s: 0.0,
            sys_s: 0.0,
            max_rss_kb: 0,
            ok: false,
            error: Some(e),
            tern_stats: BTreeMap::new(),
        },
    }
}

/// The summary of one implementation's runs (speed ratios are filled in later).
fn summarize(implementation: &str, runs: Vec<Run>, metric: Metric) -> Cell {
    let ok = !runs.is_empty() && runs.iter().all(|r| r.ok);
    let times: Vec<f64> = if ok { runs.iter().map(|r| r.time(metric)).collect() } else { Vec::new() };
    let stat = |key: &str| -> Option<f64> {
        let v: Vec<f64> = runs.iter().filter_map(|r| r.tern_stats.get(key).copied()).collect();
        stats::median(&v)
    };
    let shares: Vec<f64> = runs
        .iter()
        .filter_map(|r| Some(r.tern_stats.get(stats::KEY_COMPILE_MS)? / 1000.0 / r.wall_s))
        .filter(|s| s.is_finite())
        .collect();
    Cell {
        implementation: implementation.to_owned(),
        ok,
        median_s: stats::median(&times),
        min_s: stats::min(&times),
        max_s: stats::max(&times),
        max_rss_kb: if ok { runs.iter().map(|r| r.max_rss_kb).max() } else { None },
        speedup: None,
        compile_share: if ok { stats::median(&shares) } else { None },
        compile_us_median: if ok { stat(stats::KEY_COMPILE_US_MEDIAN) } else { None },
        tier1_compiles: if ok { stat(stats::KEY_TIER1) } else { None },
        tier2_compiles: if ok { stat(stats::KEY_TIER2) } else { None },
        runs,
    }
}

/// Fills in every cell's speed ratio against the baseline implementation.
fn fill_speedups(result: &mut BenchResult, baseline: Option<&str>) {
    let base = baseline.and_then(|b| result.cell(b)).and_then(|c| c.median_s);
    for c in &mut result.cells {
        c.speedup = match (base, c.median_s) {
            (Some(b), Some(t)) if t > 0.0 => Some(b / t),
            _ => None,
        };
    }
}

/// Runs every program under every implementation `repetitions` times, alternating
/// the implementations (rotating which goes first), and summarizes.
pub fn measure(programs: &[Program], impls: &[Implementation], settings: &Settings, bar: &ProgressBar) -> Vec<BenchResult> {
    let baseline = impls.iter().find(|i| i.is_baseline).map(|i| i.name.clone());
    let mut results = Vec::new();
    for program in programs {
        let size = program.size(settings.size);
        let expected = match expected_output(settings, program, size) {
            Ok(e) => e,
            Err(e) => {
                note(bar, format!("{}: skipped: {e}", program.name));
                bar.inc((settings.repetitions * impls.len()) as u64);
                continue;
            }
        };
        let mut runs: Vec<Vec<Run>> = vec![Vec::new(); impls.len()];
        for rep in 0..settings.repetitions {
            for k in 0..impls.len() {
                let i = (k + rep) % impls.len();
                bar.set_message(format!("{} {} ({}/{})", program.name, impls[i].name, rep + 1, settings.repetitions));
                let run = timed_run(&impls[i], program, size, &expected, settings);
                if let Some(e) = &run.error {
                    note(bar, format!("{} under {}: {e}", program.name, impls[i].name));
                }
                runs[i].push(run);
                bar.inc(1);
            }
        }
        let cells = impls.iter().zip(runs).map(|(imp, r)| summarize(&imp.name, r, settings.metric)).collect();
        let mut result = BenchResult {
            name: program.name.clone(),
            summary: program.summary.clone(),
            size,
            expected_stdout: String::from_utf8_lossy(&expected).into_owned(),
            cells,
        };
        fill_speedups(&mut result, baseline.as_deref());
        results.push(result);
    }
    results
}

/// The geometric mean of each implementation's speedups, over the benchmarks where
/// both it and the baseline are right; with the number of benchmarks it covers.
pub fn geomeans(results: &[BenchResult], impls: &[Implementation]) -> BTreeMap<String, (f64, usize)> {
    let mut out = BTreeMap::new();
    for imp in impls {
        let v: Vec<f64> = results.iter().filter_map(|r| r.cell(&imp.name)?.speedup).collect();
        if let Some(g) = stats::geomean(&v) {
            out.insert(imp.name.clone(), (g, v.len()));
        }
    }
    out
}

/// Time per iteration of one program under each implementation, in one process each.
#[derive(Clone, Debug, Serialize)]
pub struct Warmup {
    pub name: String,
    pub size: u64,
    pub iterations: usize,
    /// Per implementation: the seconds of each iteration (empty when the run failed).
    pub series: BTreeMap<String, Vec<f64>>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub errors: BTreeMap<String, String>,
}

/// Runs each program once per implementation with an iteration count and reads the per-iteration times.
pub fn warmup(programs: &[Program], impls: &[Implementation], iterations: usize, settings: &Settings, bar: &ProgressBar) -> Vec<Warmup> {
    let mut out = Vec::new();
    for program in programs {
        let size = program.size(settings.size);
        let expected = expected_output(settings, program, size).unwrap_or_default();
        let mut w = Warmup { name: program.name.clone(), size, iterations, series: BTreeMap::new(), errors: BTreeMap::new() };
        for imp in impls {
            bar.set_message(format!("warm-up {} {}", program.name, imp.name));
            let timeout = Duration::from_secs(settings.timeout_s.saturating_mul(iterations as u64));
            match process::run(&argv(imp, program, size, Some(iterations)), &env_of(imp), timeout) {
                Ok(o) => match check(&o, &expected) {
                    None => {
                        w.series.insert(imp.name.clone(), stats::parse_iterations(&String::from_utf8_lossy(&o.stderr)));
                    }
                    Some(e) => {
                        note(bar, format!("warm-up {} under {}: {e}", program.name, imp.name));
                        w.errors.insert(imp.name.clone(), e);
                    }
                },
                Err(e) => {
                    w.errors.insert(imp.name.clone(), e);
                }
            }
            bar.inc(1);
        }
        out.push(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(t: f64, ok: bool) -> Run {
        Run { wall_s: t, user_s: t, sys_s: 0.0, max_rss_kb: 1000, ok, error: None, tern_stats: BTreeMap::new() }
    }

    #[test]
    fn a_wrong_run_withholds_the_time() {
        let c = summarize("x", vec![run(1.0, true), run(2.0, false)], Metric::Wall);
        assert!(!c.ok);
        assert_eq!(c.median_s, None);
        let c = summarize("x", vec![run(1.0, true), run(3.0, true), run(2.0, true)], Metric::Wall);
        assert!(c.ok);
        assert_eq!((c.median_s, c.min_s, c.max_s), (Some(2.0), Some(1.0), Some(3.0)));
        assert_eq!(c.compile_share, None);
    }

    #[test]
    fn compile_share_comes_from_tern_stats() {
        let mut r = run(2.0, true);
        r.tern_stats.insert(stats::KEY_COMPILE_MS.into(), 500.0);
        r.tern_stats.insert(stats::KEY_TIER1.into(), 4.0);
        let c = summarize("tern", vec![r], Metric::Wall);
        assert_eq!(c.compile_share, Some(0.25));
        assert_eq!(c.tier1_compiles, Some(4.0));
        assert_eq!(c.tier2_compiles, None);
    }

    #[test]
    fn speedups_are_against_the_baseline() {
        let mut r = BenchResult {
            name: "b".into(),
            summary: String::new(),
            size: 1,
            expected_stdout: String::new(),
            cells: vec![summarize("CPython", vec![run(2.0, true)], Metric::Wall), summarize("tern", vec![run(1.0, true)], Metric::Wall)],
        };
        fill_speedups(&mut r, Some("CPython"));
        assert_eq!(r.cell("CPython").and_then(|c| c.speedup), Some(1.0));
        assert_eq!(r.cell("tern").and_then(|c| c.speedup), Some(2.0));
    }

    #[test]
    fn checks_output_and_status() {
        let o = |out: &[u8], code| Outcome {
            wall_s: 0.1,
            user_s: 0.1,
            sys_s: 0.0,
            max_rss_kb: 1,
            exit_code: code,
            timed_out: false,
            stdout: out.to_vec(),
            stderr: b"tern-stats: compile_ms=1\n".to_vec(),
        };
        assert_eq!(check(&o(b"42\n", Some(0)), b"42\n"), None);
        assert!(check(&o(b"41\n", Some(0)), b"42\n").unwrap().contains("wrong output"));
        assert!(check(&o(b"42\n", Some(1)), b"42\n").unwrap().contains("exit status 1"));
    }
}
