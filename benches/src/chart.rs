//! SVG charts (plotters, SVG backend only): speed relative to CPython per
//! benchmark and implementation, time per iteration (warm-up), and the
//! tuner's heat map of geometric means over a grid of knob values.

use crate::report::fmt_ratio;
use crate::session::{BenchResult, Implementation, Warmup};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::collections::BTreeMap;
use std::path::Path;

/// Colours of the implementations other than the baseline, in column order.
const PALETTE: [RGBColor; 5] = [
    RGBColor(230, 115, 20),
    RGBColor(45, 105, 195),
    RGBColor(60, 155, 75),
    RGBColor(150, 80, 175),
    RGBColor(200, 60, 70),
];

/// The baseline's colour (CPython).
const BASELINE: RGBColor = RGBColor(120, 120, 120);

/// The colour of the implementation at `index`: grey for the baseline, else the palette in order.
fn colour(impls: &[Implementation], index: usize) -> RGBColor {
    if impls[index].is_baseline {
        return BASELINE;
    }
    let k = impls[..index].iter().filter(|i| !i.is_baseline).count();
    PALETTE[k % PALETTE.len()]
}

/// A tick label of a logarithmic ratio axis: only 1, 2 and 5 times a power of ten (`0.5×`, `1×`, `20×`).
fn log_tick(v: f64) -> String {
    let m = v / 10f64.powf(v.log10().floor());
    if [1.0, 2.0, 5.0].iter().any(|k| (m - k).abs() < 1e-6) || (m - 10.0).abs() < 1e-6 {
        format!("{}×", (v * 1000.0).round() / 1000.0)
    } else {
        String::new()
    }
}

/// A legend row (swatch and name per implementation) drawn left to right from `at`.
fn legend(area: &Area, entries: &[(String, RGBColor)], at: (i32, i32)) -> Result<(), String> {
    let mut x = at.0;
    for (name, c) in entries {
        area.draw(&Rectangle::new([(x, at.1 - 6), (x + 14, at.1 + 6)], c.filled())).map_err(err)?;
        label(area, name, (x + 20, at.1), 14, HPos::Left, &BLACK)?;
        x += 40 + 8 * name.chars().count() as i32;
    }
    Ok(())
}

const FONT: &str = "sans-serif";

type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;

/// Any drawing error as a message.
fn err<E: std::fmt::Display>(e: E) -> String {
    format!("chart: {e}")
}

/// Text drawn at a pixel position with an anchor.
fn label(area: &Area, text: &str, at: (i32, i32), size: u32, h: HPos, colour: &RGBColor) -> Result<(), String> {
    let style = TextStyle::from((FONT, size).into_font()).color(colour).pos(Pos::new(h, VPos::Center));
    area.draw(&Text::new(text.to_owned(), at, style)).map_err(err)
}

/// Horizontal bars of speed relative to the baseline, one group per benchmark plus the geometric mean,
/// on a logarithmic axis centred on 1× (bars grow right when faster, left when slower).
pub fn speedups(path: &Path, results: &[BenchResult], impls: &[Implementation], geomean: &BTreeMap<String, f64>, title: &str) -> Result<(), String> {
    let shown: Vec<usize> = (0..impls.len()).filter(|&i| !impls[i].is_baseline).collect();
    let rows = results.len() + 1;
    let per_row = 8 + 13 * shown.len().max(1) as u32;
    let height = 150 + per_row * rows as u32;
    let width = 960u32;
    let mut values: Vec<f64> = results.iter().flat_map(|r| shown.iter().filter_map(|&i| r.cell(&impls[i].name)?.speedup)).collect();
    values.extend(geomean.values());
    values.push(1.0);
    let lo = values.iter().copied().fold(f64::INFINITY, f64::min) / 1.6;
    let hi = values.iter().copied().fold(0.0, f64::max) * 1.6;

    let root = SVGBackend::new(path, (width, height)).into_drawing_area();
    root.fill(&WHITE).map_err(err)?;
    let (head, body) = root.split_vertically(70);
    label(&head, title, (width as i32 / 2, 20), 20, HPos::Center, &BLACK)?;
    let entries: Vec<(String, RGBColor)> = shown.iter().map(|&i| (impls[i].name.clone(), colour(impls, i))).collect();
    legend(&head, &entries, (170, 52))?;
    let mut chart = ChartBuilder::on(&body)
        .margin(12)
        .margin_top(0)
        .x_label_area_size(40)
        .y_label_area_size(150)
        .build_cartesian_2d((lo..hi).log_scale(), 0f64..rows as f64)
        .map_err(err)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(0)
        .x_desc("speed relative to CPython (log scale; right of 1× is faster)")
        .x_labels(40)
        .x_label_formatter(&|v| log_tick(*v))
        .light_line_style(WHITE)
        .bold_line_style(RGBColor(225, 225, 225))
        .draw()
        .map_err(err)?;

    // Row r counts from the top: benchmarks first, the geometric mean last.
    let top = |r: usize| (rows - r) as f64;
    let band = 0.8 / shown.len().max(1) as f64;
    for (r, result) in results.iter().enumerate() {
        let (px, py) = chart.backend_coord(&(lo, top(r) - 0.5));
        label(&root, &result.name, (px - 8, py), 13, HPos::Right, &BLACK)?;
        if r % 2 == 1 {
            let shade = Rectangle::new([(lo, top(r)), (hi, top(r) - 1.0)], RGBColor(246, 246, 246).filled());
            chart.draw_series(std::iter::once(shade)).map_err(err)?;
        }
    }
    let (px, py) = chart.backend_coord(&(lo, 0.5));
    label(&root, "geometric mean", (px - 8, py), 13, HPos::Right, &BLACK)?;
    chart.draw_series(LineSeries::new([(lo, 1.0), (hi, 1.0)], RGBColor(150, 150, 150).stroke_width(1))).map_err(err)?;

    for (j, &i) in shown.iter().enumerate() {
        let imp = &impls[i];
        let c = colour(impls, i);
        let mut bars = Vec::new();
        let mut notes = Vec::new();
        let row_values = results.iter().map(|r| r.cell(&imp.name).and_then(|c| c.speedup)).chain(std::iter::once(geomean.get(&imp.name).copied()));
        for (r, v) in row_values.enumerate() {
            let y1 = top(r) - 0.1 - band * j as f64;
            let y0 = y1 - band;
            match v {
                Some(v) => {
                    bars.push(Rectangle::new([(1.0, y0), (v, y1)], c.filled()));
                    notes.push((v, (y0 + y1) / 2.0, fmt_ratio(v)));
                }
                None => notes.push((1.0, (y0 + y1) / 2.0, "no result".into())),
            }
        }
        chart.draw_series(bars).map_err(err)?;
        for (v, y, text) in notes {
            let (px, py) = chart.backend_coord(&(v, y));
            let (px, h) = if v >= 1.0 { (px + 4, HPos::Left) } else { (px - 4, HPos::Right) };
            label(&root, &text, (px, py), 10, h, &RGBColor(40, 40, 40))?;
        }
    }
    chart.draw_series(LineSeries::new([(1.0, 0.0), (1.0, rows as f64)], BLACK.stroke_width(1))).map_err(err)?;
    root.present().map_err(err)
}

/// Time per iteration, one panel per benchmark, one line per implementation.
pub fn warmup(path: &Path, warmups: &[Warmup], impls: &[Implementation]) -> Result<(), String> {
    let n = warmups.len().max(1);
    let cols = n.min(2);
    let grid_rows = n.div_ceil(cols);
    let (w, h) = (520 * cols as u32, 340 * grid_rows as u32 + 40);
    let (w, h) = (w, h + 30);
    let root = SVGBackend::new(path, (w, h)).into_drawing_area();
    root.fill(&WHITE).map_err(err)?;
    let (head, body) = root.split_vertically(70);
    label(&head, "Time per iteration (warm-up), one process per implementation", (w as i32 / 2, 20), 20, HPos::Center, &BLACK)?;
    let entries: Vec<(String, RGBColor)> = (0..impls.len()).map(|i| (impls[i].name.clone(), colour(impls, i))).collect();
    legend(&head, &entries, (70, 52))?;
    let panels = body.split_evenly((grid_rows, cols));
    for (panel, wu) in panels.iter().zip(warmups) {
        let k = wu.series.values().map(Vec::len).max().unwrap_or(0).max(2) as i32;
        let ymax = wu.series.values().flatten().copied().fold(0.0, f64::max).max(1e-6) * 1.1;
        let mut chart = ChartBuilder::on(panel)
            .caption(format!("{} (size {})", wu.name, wu.size), (FONT, 15))
            .margin(10)
            .x_label_area_size(32)
            .y_label_area_size(58)
            .build_cartesian_2d(1i32..k, 0f64..ymax)
            .map_err(err)?;
        chart
            .configure_mesh()
            .x_desc("iteration")
            .y_desc("seconds")
            .x_labels(k.min(12) as usize)
            .light_line_style(RGBColor(235, 235, 235))
            .draw()
            .map_err(err)?;
        for (j, imp) in impls.iter().enumerate() {
            let Some(series) = wu.series.get(&imp.name) else { continue };
            let colour = colour(impls, j);
            let pts: Vec<(i32, f64)> = series.iter().enumerate().map(|(i, t)| (i as i32 + 1, *t)).collect();
            chart.draw_series(LineSeries::new(pts.clone(), colour.stroke_width(2))).map_err(err)?;
            chart.draw_series(pts.into_iter().map(|p| Circle::new(p, 3, colour.filled()))).map_err(err)?;
        }
    }
    root.present().map_err(err)
}

/// A colour between light yellow (low) and dark green (high) for t in 0..=1.
fn ramp(t: f64) -> RGBColor {
    let t = t.clamp(0.0, 1.0);
    let mix = |a: u8, b: u8| (a as f64 + (b as f64 - a as f64) * t).round() as u8;
    RGBColor(mix(255, 20), mix(247, 110), mix(200, 60))
}

/// The tuner's heat map: geometric mean speedup for each (x knob value, y knob value), best cell outlined.
pub fn heatmap(path: &Path, x_name: &str, xs: &[String], y_name: &str, ys: &[String], value: &dyn Fn(usize, usize) -> Option<f64>) -> Result<(), String> {
    let (nx, ny) = (xs.len().max(1), ys.len().max(1));
    let width = (200 + 110 * nx as u32).max(600);
    let height = 170 + 60 * ny as u32;
    let root = SVGBackend::new(path, (width, height)).into_drawing_area();
    root.fill(&WHITE).map_err(err)?;
    let mut chart = ChartBuilder::on(&root)
        .caption("tern speed relative to CPython (geometric mean) per setting", (FONT, 18))
        .margin(14)
        .x_label_area_size(50)
        .y_label_area_size(110)
        .build_cartesian_2d(0f64..nx as f64, 0f64..ny as f64)
        .map_err(err)?;
    chart
        .configure_mesh()
        .disable_mesh()
        .x_labels(0)
        .y_labels(0)
        .x_desc(x_name)
        .y_desc(y_name)
        .draw()
        .map_err(err)?;
    let cells: Vec<(usize, usize, f64)> = (0..nx).flat_map(|i| (0..ny).map(move |j| (i, j))).filter_map(|(i, j)| Some((i, j, value(i, j)?))).collect();
    let lo = cells.iter().map(|c| c.2).fold(f64::INFINITY, f64::min);
    let hi = cells.iter().map(|c| c.2).fold(f64::NEG_INFINITY, f64::max);
    let best = cells.iter().copied().max_by(|a, b| a.2.total_cmp(&b.2));
    for &(i, j, v) in &cells {
        let t = if hi > lo { (v - lo) / (hi - lo) } else { 0.5 };
        let rect = Rectangle::new([(i as f64, j as f64), (i as f64 + 1.0, j as f64 + 1.0)], ramp(t).filled());
        chart.draw_series(std::iter::once(rect)).map_err(err)?;
        let (px, py) = chart.backend_coord(&(i as f64 + 0.5, j as f64 + 0.5));
        let ink = if t > 0.55 { WHITE } else { BLACK };
        label(&root, &fmt_ratio(v), (px, py), 14, HPos::Center, &ink)?;
    }
    if let Some((i, j, _)) = best {
        let outline = Rectangle::new([(i as f64 + 0.03, j as f64 + 0.03), (i as f64 + 0.97, j as f64 + 0.97)], BLACK.stroke_width(3));
        chart.draw_series(std::iter::once(outline)).map_err(err)?;
    }
    for (i, x) in xs.iter().enumerate() {
        let (px, py) = chart.backend_coord(&(i as f64 + 0.5, 0.0));
        label(&root, x, (px, py + 12), 12, HPos::Center, &BLACK)?;
    }
    for (j, y) in ys.iter().enumerate() {
        let (px, py) = chart.backend_coord(&(0.0, j as f64 + 0.5));
        label(&root, y, (px - 8, py), 12, HPos::Right, &BLACK)?;
    }
    root.present().map_err(err)
}
