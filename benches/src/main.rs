//! `benches`: tern against CPython and PyPy on the programs in
//! `benches/programs/`, timing whole processes; the threshold tuner; the
//! expected outputs (`bless`). See the README's Performance section.

mod chart;
mod process;
mod report;
mod session;
mod stats;
mod suite;
mod tune;

use clap::{Args, Parser, Subcommand};
use session::{Implementation, Metric, Settings};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;
use suite::{Program, SizeChoice};

#[derive(Parser)]
#[command(name = "benches", about = "Comparative benchmarks: tern against CPython and PyPy")]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Time every benchmark under each implementation; write Markdown, JSON and SVG charts.
    Run(RunArgs),
    /// Sweep TERN_* knobs (the tier thresholds tern lists) over a grid; report the best defaults.
    Tune(TuneArgs),
    /// Run every benchmark once under tern and check its output (no timing).
    Check(CheckArgs),
    /// Regenerate the expected outputs (small and default sizes) with CPython.
    Bless(BlessArgs),
    /// List the benchmarks with their sizes.
    List,
}

/// Options shared by `run` and `tune`.
#[derive(Args, Clone)]
struct Common {
    /// Runs per benchmark and implementation.
    #[arg(short = 'n', long, default_value_t = 5)]
    repetitions: usize,
    /// Which size of each program to run.
    #[arg(long, value_enum, default_value_t = SizeChoice::Default)]
    size: SizeChoice,
    /// Which time to summarize: wall clock, or the child's user+system CPU time.
    #[arg(long, value_enum, default_value_t = Metric::Wall)]
    metric: Metric,
    /// Only these benchmarks (repeatable, or comma-separated).
    #[arg(short, long = "bench", value_delimiter = ',')]
    benches: Vec<String>,
    /// The tern binary.
    #[arg(long, default_value_os_t = default_tern())]
    tern: PathBuf,
    /// The CPython command (the baseline of every ratio).
    #[arg(long, default_value = "python3 -S")]
    python: String,
    /// Kill a run after this many seconds.
    #[arg(long, default_value_t = 600)]
    timeout: u64,
    /// Where to write the JSON, Markdown and SVG files.
    #[arg(long, default_value_os_t = suite::workspace_dir().join("target").join("benches"))]
    out: PathBuf,
}

#[derive(Args)]
struct RunArgs {
    #[command(flatten)]
    common: Common,
    /// A TERN_* setting for the tern column (repeatable): KEY=VALUE.
    #[arg(long = "tern-env", value_name = "KEY=VALUE")]
    tern_env: Vec<String>,
    /// Another tern column at other settings (repeatable): NAME:KEY=VALUE[,KEY=VALUE...].
    #[arg(long = "tern-variant", value_name = "NAME:KEY=VALUE,...")]
    tern_variants: Vec<String>,
    /// Leave tern out.
    #[arg(long)]
    no_tern: bool,
    /// The PyPy command, used when it is installed.
    #[arg(long, default_value = "pypy3 -S")]
    pypy: String,
    /// Leave PyPy out even when it is installed.
    #[arg(long)]
    no_pypy: bool,
    /// Another implementation (repeatable): NAME=COMMAND, e.g. 'CPython 3.13=python3.13 -S'.
    #[arg(long = "impl", value_name = "NAME=COMMAND")]
    impls: Vec<String>,
    /// Benchmarks to chart time per iteration for (repeatable, or comma-separated).
    #[arg(long, value_delimiter = ',')]
    warmup: Vec<String>,
    /// Iterations per warm-up run.
    #[arg(long, default_value_t = 15)]
    warmup_iterations: usize,
}

#[derive(Args)]
struct TuneArgs {
    #[command(flatten)]
    common: Common,
    /// A knob and its values (repeatable): TERN_NAME=V1,V2,... Default: the tier thresholds tern lists.
    #[arg(long = "knob", value_name = "TERN_NAME=V1,V2,...")]
    knobs: Vec<String>,
}

#[derive(Args)]
struct CheckArgs {
    /// Which size of each program to run.
    #[arg(long, value_enum, default_value_t = SizeChoice::Small)]
    size: SizeChoice,
    /// Only these benchmarks (repeatable, or comma-separated).
    #[arg(short, long = "bench", value_delimiter = ',')]
    benches: Vec<String>,
    /// The tern binary.
    #[arg(long, default_value_os_t = default_tern())]
    tern: PathBuf,
}

#[derive(Args)]
struct BlessArgs {
    /// Only these benchmarks (repeatable, or comma-separated).
    #[arg(short, long = "bench", value_delimiter = ',')]
    benches: Vec<String>,
    /// The CPython command whose output is the truth.
    #[arg(long, default_value = "python3 -S")]
    python: String,
}

/// `target/release/tern` in the workspace.
fn default_tern() -> PathBuf {
    suite::workspace_dir().join("target").join("release").join("tern")
}

fn words(cmd: &str) -> Vec<String> {
    cmd.split_whitespace().map(str::to_owned).collect()
}

/// Parses `KEY=VALUE`.
fn key_value(s: &str) -> Result<(String, String), String> {
    let (k, v) = s.split_once('=').ok_or_else(|| format!("expected KEY=VALUE, got {s:?}"))?;
    Ok((k.trim().to_owned(), v.to_owned()))
}

/// The version line an implementation prints.
fn version(command: &[String]) -> String {
    let mut argv: Vec<&str> = command.iter().map(String::as_str).collect();
    argv.push("--version");
    process::capture(&argv).map(|s| s.lines().collect::<Vec<_>>().join(" ")).unwrap_or_default()
}

/// The interpreter's own path (`sys.executable`) in place of a launcher such as a pyenv shim,
/// whose start-up would otherwise be timed with every run.
fn resolve_interpreter(command: Vec<String>) -> Vec<String> {
    let mut argv: Vec<&str> = command.iter().map(String::as_str).collect();
    argv.extend(["-c", "import sys; print(sys.executable)"]);
    match process::capture(&argv) {
        Some(exe) if !exe.is_empty() && !exe.contains('\n') && Path::new(&exe).is_file() => {
            let mut c = command;
            c[0] = exe;
            c
        }
        _ => command,
    }
}

fn implementation(name: &str, command: Vec<String>, env: BTreeMap<String, String>, is_tern: bool, is_baseline: bool) -> Implementation {
    let command = if is_tern { command } else { resolve_interpreter(command) };
    let version = version(&command);
    let source_commit = if is_tern { tern_source(Path::new(&command[0])) } else { None };
    Implementation { name: name.to_owned(), command, env, is_tern, is_baseline, version, source_commit }
}

/// The commit of the work tree a tern binary sits in (`+dirty` when it has uncommitted changes).
fn tern_source(binary: &Path) -> Option<String> {
    let dir = binary.canonicalize().ok()?.parent()?.to_path_buf();
    let (head, dirty) = report::commit_of(&dir);
    head.map(|h| if dirty { format!("{h}+dirty") } else { h })
}

/// The tern command, or an error saying how to build it.
fn tern_command(path: &Path) -> Result<Vec<String>, String> {
    if !path.exists() {
        return Err(format!("{} does not exist: build it with `cargo build --release` (or pass --tern PATH)", path.display()));
    }
    Ok(vec![path.to_string_lossy().into_owned()])
}

/// The CPython implementation (baseline), checked to exist.
fn cpython(cmd: &str) -> Result<Implementation, String> {
    let command = words(cmd);
    if !command.first().is_some_and(|e| process::on_path(e)) {
        return Err(format!("CPython command {cmd:?} not found; every ratio is taken against it"));
    }
    Ok(implementation("CPython", command, BTreeMap::new(), false, true))
}

fn programs(filter: &[String]) -> Result<Vec<Program>, String> {
    suite::select(suite::discover(&suite::bench_dir().join("programs"))?, filter)
}

fn settings(c: &Common) -> Settings {
    Settings {
        repetitions: c.repetitions.max(1),
        size: c.size,
        metric: c.metric,
        timeout_s: c.timeout,
        reference: words(&c.python),
        expected_dir: suite::bench_dir().join("expected"),
    }
}

/// The command line as the README would write it.
fn command_line() -> String {
    let args: Vec<String> = std::env::args().skip(1).map(|a| if a.contains(' ') { format!("'{a}'") } else { a }).collect();
    format!("cargo run --release -p benches -- {}", args.join(" "))
}

/// When and where a session started (taken before the first run).
struct Start {
    date: String,
    machine: report::Machine,
    commit: (Option<String>, bool),
}

fn start() -> Start {
    Start { date: report::now_utc(), machine: report::machine(), commit: report::commit() }
}

/// A report with the session's context filled in.
fn new_report(start: Start, settings: Settings, impls: Vec<Implementation>, results: Vec<session::BenchResult>, warmup: Vec<session::Warmup>) -> report::Report {
    let geomean = session::geomeans(&results, &impls)
        .into_iter()
        .map(|(k, (speedup, benchmarks))| (k, report::Geomean { speedup, benchmarks }))
        .collect();
    report::Report {
        date: start.date,
        commit: start.commit.0,
        dirty: start.commit.1,
        command: command_line(),
        machine: start.machine,
        settings,
        implementations: impls,
        benchmarks: results,
        geomean,
        warmup,
    }
}

fn json(value: &impl serde::Serialize) -> Result<Vec<u8>, String> {
    let mut v = serde_json::to_vec_pretty(value).map_err(|e| format!("json: {e}"))?;
    v.push(b'\n');
    Ok(v)
}

fn cmd_run(a: RunArgs) -> Result<(), String> {
    let progs = programs(&a.common.benches)?;
    let mut impls = Vec::new();
    if !a.no_tern {
        let cmd = tern_command(&a.common.tern)?;
        let env = a.tern_env.iter().map(|s| key_value(s)).collect::<Result<BTreeMap<_, _>, _>>()?;
        impls.push(implementation("tern", cmd.clone(), env, true, false));
        for v in &a.tern_variants {
            let (name, sets) = v.split_once(':').ok_or_else(|| format!("expected NAME:KEY=VALUE,... in {v:?}"))?;
            let env = sets.split(',').filter(|s| !s.is_empty()).map(key_value).collect::<Result<BTreeMap<_, _>, _>>()?;
            impls.push(implementation(name, cmd.clone(), env, true, false));
        }
    }
    impls.push(cpython(&a.common.python)?);
    let pypy = words(&a.pypy);
    if !a.no_pypy && pypy.first().is_some_and(|e| process::on_path(e)) {
        impls.push(implementation("PyPy", pypy, BTreeMap::new(), false, false));
    } else if !a.no_pypy {
        eprintln!("PyPy ({}) is not installed; `apt-get install pypy3` adds it", a.pypy);
    }
    for s in &a.impls {
        let (name, cmd) = s.split_once('=').ok_or_else(|| format!("expected NAME=COMMAND in {s:?}"))?;
        impls.push(implementation(name, words(cmd), BTreeMap::new(), false, false));
    }
    let warm_progs = if a.warmup.is_empty() { Vec::new() } else { programs(&a.warmup)? };

    let settings = settings(&a.common);
    let total = (progs.len() * settings.repetitions * impls.len() + warm_progs.len() * impls.len()) as u64;
    let started = start();
    let bar = session::progress_bar(total);
    let results = session::measure(&progs, &impls, &settings, &bar);
    let warmups = session::warmup(&warm_progs, &impls, a.warmup_iterations.max(2), &settings, &bar);
    bar.finish_and_clear();

    let rep = new_report(started, settings, impls, results, warmups);
    let md = report::markdown(&rep);
    print!("{md}");
    let out = &a.common.out;
    report::write_file(&out.join("results.json"), &json(&rep)?)?;
    report::write_file(&out.join("results.md"), md.as_bytes())?;
    let geo: BTreeMap<String, f64> = rep.geomean.iter().map(|(k, g)| (k.clone(), g.speedup)).collect();
    chart::speedups(&out.join("speedup.svg"), &rep.benchmarks, &rep.implementations, &geo, "Speed relative to CPython per benchmark (higher is faster)")?;
    if !rep.warmup.is_empty() {
        chart::warmup(&out.join("warmup.svg"), &rep.warmup, &rep.implementations)?;
    }
    eprintln!("wrote {}/{{results.json,results.md,speedup.svg{}}}", out.display(), if rep.warmup.is_empty() { "" } else { ",warmup.svg" });
    Ok(())
}

/// Everything one `benches tune` measured.
#[derive(serde::Serialize)]
struct TuneReport {
    knobs: Vec<tune::Knob>,
    points: Vec<tune::Point>,
    best: Option<tune::Point>,
    run: report::Report,
}

fn cmd_tune(a: TuneArgs) -> Result<(), String> {
    let progs = programs(&a.common.benches)?;
    let tern = tern_command(&a.common.tern)?;
    let given = a.knobs.iter().map(|k| tune::parse_knob(k)).collect::<Result<Vec<_>, _>>()?;
    let knobs = tune::grid(&given, &tune::advertised(&tern[0]), &mut |w| eprintln!("{w}"));
    let points = tune::points(&knobs);
    eprintln!("{} grid point(s) over {} benchmark(s)", points.len(), progs.len());
    let mut impls = vec![cpython(&a.common.python)?];
    for p in &points {
        impls.push(implementation(&tune::point_name(p), tern.clone(), p.clone(), true, false));
    }
    let settings = settings(&a.common);
    let started = start();
    let bar = session::progress_bar((progs.len() * settings.repetitions * impls.len()) as u64);
    let results = session::measure(&progs, &impls, &settings, &bar);
    bar.finish_and_clear();

    let summary = tune::summarize(&points, &impls, &results);
    let best = tune::best(&summary).cloned();
    let run = new_report(started, settings, impls, results, Vec::new());
    let md = format!("{}\n\n{}", report::provenance(&run), tune::markdown(&knobs, &summary));
    print!("{md}");
    let out = &a.common.out;
    report::write_file(&out.join("tune.md"), md.as_bytes())?;
    let axis = |k: Option<&tune::Knob>| k.map_or((String::from("(no knob)"), vec![String::from("defaults")]), |k| (k.name.clone(), k.values.clone()));
    let (x_name, xs) = axis(knobs.first());
    let (y_name, ys) = axis(knobs.get(1));
    // A cell holds the best geometric mean over any further knobs at that (x, y).
    let value = |i: usize, j: usize| -> Option<f64> {
        summary
            .iter()
            .filter(|p| knobs.first().is_none_or(|k| p.settings.get(&k.name) == Some(&xs[i])))
            .filter(|p| knobs.get(1).is_none_or(|k| p.settings.get(&k.name) == Some(&ys[j])))
            .filter_map(|p| p.geomean)
            .max_by(f64::total_cmp)
    };
    chart::heatmap(&out.join("tune-heatmap.svg"), &x_name, &xs, &y_name, &ys, &value)?;
    let tr = TuneReport { knobs, points: summary, best, run };
    report::write_file(&out.join("tune.json"), &json(&tr)?)?;
    eprintln!("wrote {}/{{tune.json,tune.md,tune-heatmap.svg}}", out.display());
    Ok(())
}

fn cmd_check(a: CheckArgs) -> Result<(), String> {
    let progs = programs(&a.benches)?;
    let tern = tern_command(&a.tern)?;
    let settings = Settings {
        repetitions: 1,
        size: a.size,
        metric: Metric::Wall,
        timeout_s: 600,
        reference: words("python3 -S"),
        expected_dir: suite::bench_dir().join("expected"),
    };
    let imp = implementation("tern", tern, BTreeMap::new(), true, false);
    let bar = session::progress_bar(progs.len() as u64);
    let results = session::measure(&progs, std::slice::from_ref(&imp), &settings, &bar);
    bar.finish_and_clear();
    let failed: Vec<&str> = results.iter().filter(|r| r.cell("tern").is_none_or(|c| !c.ok)).map(|r| r.name.as_str()).collect();
    for r in &results {
        let c = r.cell("tern");
        let status = match c {
            Some(c) if c.ok => format!("ok ({})", report::fmt_secs(c.median_s.unwrap_or(0.0))),
            Some(c) => c.runs.iter().find_map(|r| r.error.clone()).unwrap_or_else(|| "failed".into()),
            None => "not run".into(),
        };
        println!("{:<16} {:>9}  {status}", r.name, r.size);
    }
    if failed.is_empty() && results.len() == progs.len() {
        Ok(())
    } else {
        Err(format!("wrong under tern: {}", failed.join(", ")))
    }
}

fn cmd_bless(a: BlessArgs) -> Result<(), String> {
    let progs = programs(&a.benches)?;
    let dir = suite::bench_dir().join("expected");
    for p in &progs {
        // Outputs stored for sizes the program no longer declares go.
        if let Ok(entries) = std::fs::read_dir(&dir) {
            for e in entries.flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                let stale = name.strip_prefix(&format!("{}.", p.name)).and_then(|r| r.strip_suffix(".out")).and_then(|s| s.parse::<u64>().ok());
                if stale.is_some_and(|s| s != p.small && s != p.default) {
                    let _ = std::fs::remove_file(e.path());
                }
            }
        }
        for size in [p.small, p.default] {
            let mut cmd = words(&a.python);
            cmd.push(p.path.to_string_lossy().into_owned());
            cmd.push(size.to_string());
            let o = process::run(&cmd, &[], Duration::from_secs(600))?;
            if o.exit_code != Some(0) {
                return Err(format!("{} {size} failed under {}: {}", p.name, a.python, String::from_utf8_lossy(&o.stderr)));
            }
            let path = suite::expected_path(&dir, &p.name, size);
            report::write_file(&path, &o.stdout)?;
            println!("{} ({:.2} s)", path.display(), o.wall_s);
        }
    }
    Ok(())
}

fn cmd_list() -> Result<(), String> {
    for p in programs(&[])? {
        println!("{:<16} small {:>8}  default {:>8}  {}", p.name, p.small, p.default, p.summary);
    }
    Ok(())
}

fn main() {
    let cli = Cli::parse();
    let r = match cli.command {
        Cmd::Run(a) => cmd_run(a),
        Cmd::Tune(a) => cmd_tune(a),
        Cmd::Check(a) => cmd_check(a),
        Cmd::Bless(a) => cmd_bless(a),
        Cmd::List => cmd_list(),
    };
    if let Err(e) = r {
        eprintln!("benches: {e}");
        std::process::exit(1);
    }
}
