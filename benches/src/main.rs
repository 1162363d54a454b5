use plotters::prelude::*;
fn main() {
    let root = SVGBackend::new("/tmp/x.svg", (400, 300)).into_drawing_area();
    root.fill(&WHITE).unwrap();
    let mut c = ChartBuilder::on(&root).caption("hi", ("sans-serif", 20)).x_label_area_size(30).y_label_area_size(30).build_cartesian_2d(0f64..1f64, (0.1f64..10f64).log_scale()).unwrap();
    c.configure_mesh().draw().unwrap();
    c.draw_series(std::iter::once(Rectangle::new([(0.2, 0.1), (0.4, 3.0)], BLUE.filled()))).unwrap();
    root.present().unwrap();
}
