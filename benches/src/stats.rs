//! Summary statistics (median, geometric mean) and the parsers for what
//! programs write to stderr: `bench-iteration:` lines from the benchmark
//! programs and `tern-stats:` lines from tern under `TERN_STATS=1`.

use std::collections::BTreeMap;

/// The median of the values (mean of the middle two for an even count); None when empty.
pub fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    Some(if n % 2 == 1 { v[n / 2] } else { (v[n / 2 - 1] + v[n / 2]) / 2.0 })
}

/// The smallest value; None when empty.
pub fn min(values: &[f64]) -> Option<f64> {
    values.iter().copied().min_by(f64::total_cmp)
}

/// The largest value; None when empty.
pub fn max(values: &[f64]) -> Option<f64> {
    values.iter().copied().max_by(f64::total_cmp)
}

/// The geometric mean of positive values; None when empty.
pub fn geomean(values: &[f64]) -> Option<f64> {
    if values.is_empty() || values.iter().any(|v| v.is_nan() || *v <= 0.0) {
        return None;
    }
    Some((values.iter().map(|v| v.ln()).sum::<f64>() / values.len() as f64).exp())
}

/// The prefix of the per-iteration lines a benchmark program writes to stderr
/// when given an iteration count: `bench-iteration: I SECONDS`.
pub const ITERATION_PREFIX: &str = "bench-iteration:";

/// The prefix of tern's statistics lines on stderr under `TERN_STATS=1`:
/// `tern-stats: key=value key=value ...` (numeric values; a repeated key keeps its last value).
pub const STATS_PREFIX: &str = "tern-stats:";

/// Milliseconds spent compiling, over all tiers.
pub const KEY_COMPILE_MS: &str = "compile_ms";
/// Functions compiled by tier 1 (tier-ups from the interpreter).
pub const KEY_TIER1: &str = "tier1_compiles";
/// The median time to compile one function, in microseconds.
pub const KEY_COMPILE_US_MEDIAN: &str = "compile_us_median";
/// Functions compiled by tier 2 (tier-ups to the optimizing tier).
pub const KEY_TIER2: &str = "tier2_compiles";

/// The per-iteration times in a program's stderr, in iteration order.
pub fn parse_iterations(stderr: &str) -> Vec<f64> {
    stderr
        .lines()
        .filter_map(|l| l.strip_prefix(ITERATION_PREFIX))
        .filter_map(|rest| rest.split_whitespace().nth(1)?.parse().ok())
        .collect()
}

/// Every `key=value` of the `tern-stats:` lines in tern's stderr.
pub fn parse_tern_stats(stderr: &str) -> BTreeMap<String, f64> {
    let mut out = BTreeMap::new();
    for line in stderr.lines() {
        let Some(rest) = line.trim_start().strip_prefix(STATS_PREFIX) else { continue };
        for field in rest.split_whitespace() {
            if let Some((k, v)) = field.split_once('=') {
                if let Ok(x) = v.parse::<f64>() {
                    out.insert(k.to_owned(), x);
                }
            }
        }
    }
    out
}

/// Removes tern's `tern-stats:` lines from stderr (what remains is the program's own).
pub fn strip_stats_lines(stderr: &str) -> String {
    stderr.lines().filter(|l| !l.trim_start().starts_with(STATS_PREFIX)).map(|l| format!("{l}\n")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians_and_means() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), Some(2.5));
        assert_eq!(median(&[]), None);
        assert_eq!(min(&[3.0, 1.0, 2.0]), Some(1.0));
        assert_eq!(max(&[3.0, 1.0, 2.0]), Some(3.0));
        let g = geomean(&[1.0, 4.0, 16.0]).unwrap();
        assert!((g - 4.0).abs() < 1e-12);
        assert_eq!(geomean(&[1.0, 0.0]), None);
        assert_eq!(geomean(&[]), None);
    }

    #[test]
    fn parses_iteration_lines() {
        let err = "noise\nbench-iteration: 1 0.5\nbench-iteration: 2 0.25\nbench-iteration: bad\n";
        assert_eq!(parse_iterations(err), vec![0.5, 0.25]);
    }

    #[test]
    fn parses_tern_stats_lines() {
        let err = "Traceback?\ntern-stats: compile_ms=12.5 tier1_compiles=7\ntern-stats: tier2_compiles=2 ic_hit_rate=0.97\n";
        let s = parse_tern_stats(err);
        assert_eq!(s.get(KEY_COMPILE_MS), Some(&12.5));
        assert_eq!(s.get(KEY_TIER1), Some(&7.0));
        assert_eq!(s.get(KEY_TIER2), Some(&2.0));
        assert_eq!(s.get("ic_hit_rate"), Some(&0.97));
        assert!(parse_tern_stats("no stats here\n").is_empty());
        assert_eq!(strip_stats_lines(err), "Traceback?\n");
    }
}
