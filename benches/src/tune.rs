//! The threshold tuner: a grid over `TERN_*` knobs (by default the tier
//! thresholds that `tern --help-env` lists), one tern column per grid point
//! measured side by side with CPython, and the geometric mean per point.

use crate::process;
use crate::session::{BenchResult, Implementation};
use serde::Serialize;
use std::collections::BTreeMap;

/// The knobs the tuner sweeps when none are given, with their default grids.
pub const DEFAULT_GRID: &[(&str, &[&str])] = &[
    ("TERN_TIER1_THRESHOLD", &["0", "10", "100", "1000", "10000"]),
    ("TERN_TIER2_THRESHOLD", &["100", "1000", "10000", "100000"]),
];

/// One swept knob and its values.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Knob {
    pub name: String,
    pub values: Vec<String>,
}

/// Parses `NAME=V1,V2,...`.
pub fn parse_knob(s: &str) -> Result<Knob, String> {
    let (name, values) = s.split_once('=').ok_or_else(|| format!("expected NAME=V1,V2,... in {s:?}"))?;
    let values: Vec<String> = values.split(',').map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned).collect();
    if !name.starts_with("TERN_") || values.is_empty() {
        return Err(format!("expected TERN_NAME=V1,V2,... in {s:?}"));
    }
    Ok(Knob { name: name.to_owned(), values })
}

/// The `TERN_*` names that `tern --help-env` lists.
pub fn advertised(tern: &str) -> Vec<String> {
    let text = process::capture(&[tern, "--help-env"]).unwrap_or_default();
    text.split_whitespace().filter(|w| w.starts_with("TERN_")).map(|w| w.trim_end_matches([':', ',']).to_owned()).collect()
}

/// The knobs to sweep: those given (dropping, with a warning, any tern does not list), else the
/// default grid's knobs that tern lists. No knob means one point: tern's defaults.
pub fn grid(given: &[Knob], advertised: &[String], warn: &mut dyn FnMut(String)) -> Vec<Knob> {
    let listed = |n: &str| advertised.iter().any(|a| a == n);
    if given.is_empty() {
        return DEFAULT_GRID
            .iter()
            .filter(|(n, _)| listed(n))
            .map(|(n, v)| Knob { name: (*n).to_owned(), values: v.iter().map(|s| (*s).to_owned()).collect() })
            .collect();
    }
    given
        .iter()
        .filter(|k| {
            let ok = listed(&k.name);
            if !ok {
                warn(format!("tern does not list {} in --help-env; not sweeping it", k.name));
            }
            ok
        })
        .cloned()
        .collect()
}

/// Every combination of the knobs' values (one empty point when there are no knobs).
pub fn points(knobs: &[Knob]) -> Vec<BTreeMap<String, String>> {
    let mut out = vec![BTreeMap::new()];
    for k in knobs {
        out = out
            .into_iter()
            .flat_map(|p| {
                k.values.iter().map(move |v| {
                    let mut q = p.clone();
                    q.insert(k.name.clone(), v.clone());
                    q
                })
            })
            .collect();
    }
    out
}

/// A short column name for a grid point: `tern TIER1_THRESHOLD=100 ...`, or `tern (defaults)`.
pub fn point_name(point: &BTreeMap<String, String>) -> String {
    if point.is_empty() {
        return "tern (defaults)".into();
    }
    let parts: Vec<String> = point.iter().map(|(k, v)| format!("{}={v}", k.trim_start_matches("TERN_"))).collect();
    format!("tern {}", parts.join(" "))
}

/// The result at one grid point.
#[derive(Clone, Debug, Serialize)]
pub struct Point {
    pub settings: BTreeMap<String, String>,
    pub implementation: String,
    /// Geometric mean speedup over CPython; None when no benchmark was right at this point.
    pub geomean: Option<f64>,
    pub benchmarks: usize,
    /// Benchmarks whose output was wrong at this point.
    pub failed: Vec<String>,
}

/// Summarizes each grid point from the measured results.
pub fn summarize(points: &[BTreeMap<String, String>], impls: &[Implementation], results: &[BenchResult]) -> Vec<Point> {
    let geo = crate::session::geomeans(results, impls);
    points
        .iter()
        .map(|p| {
            let name = point_name(p);
            let failed = results.iter().filter(|r| r.cell(&name).is_some_and(|c| !c.ok)).map(|r| r.name.clone()).collect();
            let (geomean, benchmarks) = match geo.get(&name) {
                Some((g, n)) => (Some(*g), *n),
                None => (None, 0),
            };
            Point { settings: p.clone(), implementation: name, geomean, benchmarks, failed }
        })
        .collect()
}

/// The best point: the highest geometric mean among points where every benchmark was right.
pub fn best(points: &[Point]) -> Option<&Point> {
    points.iter().filter(|p| p.failed.is_empty()).filter(|p| p.geomean.is_some()).max_by(|a, b| a.geomean.unwrap_or(0.0).total_cmp(&b.geomean.unwrap_or(0.0)))
}

/// The tuner's Markdown table: one row per point, the best one marked.
pub fn markdown(knobs: &[Knob], points: &[Point]) -> String {
    let mut s = String::new();
    let mut header = String::from("|");
    let mut rule = String::from("|");
    for k in knobs {
        header.push_str(&format!(" {} |", k.name));
        rule.push_str("--:|");
    }
    header.push_str(" geometric mean vs CPython | benchmarks | wrong output |");
    rule.push_str("--:|--:|---|");
    s.push_str(&format!("{header}\n{rule}\n"));
    let best_name = best(points).map(|p| p.implementation.clone());
    for p in points {
        let mut row = String::from("|");
        for k in knobs {
            row.push_str(&format!(" {} |", p.settings.get(&k.name).map(String::as_str).unwrap_or("")));
        }
        let g = p.geomean.map(crate::report::fmt_ratio).unwrap_or_else(|| "-".into());
        let g = if best_name.as_deref() == Some(p.implementation.as_str()) { format!("**{g}** (best)") } else { g };
        let failed = if p.failed.is_empty() { "".into() } else { p.failed.join(", ") };
        row.push_str(&format!(" {g} | {} | {failed} |", p.benchmarks));
        s.push_str(&row);
        s.push('\n');
    }
    match best(points) {
        Some(b) if b.settings.is_empty() => s.push_str("\nOne point (tern lists no tier threshold yet): tern's defaults.\n"),
        Some(b) => {
            let set: Vec<String> = b.settings.iter().map(|(k, v)| format!("{k}={v}")).collect();
            s.push_str(&format!("\nBest defaults: `{}`.\n", set.join(" ")));
        }
        None => s.push_str("\nNo point ran every benchmark correctly.\n"),
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_knobs() {
        let k = parse_knob("TERN_TIER1_THRESHOLD=0, 10,100").unwrap();
        assert_eq!(k.values, vec!["0", "10", "100"]);
        assert!(parse_knob("TIER1=1").is_err());
        assert!(parse_knob("TERN_X=").is_err());
    }

    #[test]
    fn grid_keeps_only_advertised_knobs() {
        let mut warnings = Vec::new();
        let adv = vec!["TERN_DUMP".to_string()];
        assert!(grid(&[], &adv, &mut |w| warnings.push(w)).is_empty());
        let given = vec![parse_knob("TERN_TIER1_THRESHOLD=1,2").unwrap()];
        assert!(grid(&given, &adv, &mut |w| warnings.push(w)).is_empty());
        assert_eq!(warnings.len(), 1);
        let adv = vec!["TERN_TIER1_THRESHOLD".to_string(), "TERN_TIER2_THRESHOLD".to_string()];
        let g = grid(&[], &adv, &mut |w| warnings.push(w));
        assert_eq!(g.len(), 2);
        assert_eq!(points(&g).len(), 20);
    }

    #[test]
    fn points_are_the_cartesian_product() {
        assert_eq!(points(&[]), vec![BTreeMap::new()]);
        let ks = vec![parse_knob("TERN_A=1,2").unwrap(), parse_knob("TERN_B=x,y,z").unwrap()];
        let ps = points(&ks);
        assert_eq!(ps.len(), 6);
        assert_eq!(point_name(&ps[0]), "tern A=1 B=x");
        assert_eq!(point_name(&BTreeMap::new()), "tern (defaults)");
    }
}
