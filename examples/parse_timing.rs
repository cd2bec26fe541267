//! Native timing of the first-screen pipeline's pure steps, to see where a load's time goes.
//! usage: cargo run --release --example parse_timing -- FILE
use std::time::Instant;

use journey_lens::domain::{map_model::MapModel, read_journey, syntax::parse_json};

fn main() {
    let path = std::env::args().nth(1).expect("a journey file");
    let text = std::fs::read_to_string(path).expect("readable");
    let runs = 30;
    let time = |name: &str, f: &mut dyn FnMut()| {
        let t0 = Instant::now();
        for _ in 0..runs {
            f();
        }
        println!(
            "{name:>12}: {:.2} ms",
            t0.elapsed().as_secs_f64() * 1000.0 / runs as f64
        );
    };
    time("json value", &mut || drop(parse_json(&text)));
    let value = parse_json(&text).unwrap();
    time("read", &mut || {
        drop(journey_lens::domain::parse::read_journey_value(&value))
    });
    time("whole read", &mut || drop(read_journey(&text)));
    let loaded = read_journey(&text).ok().unwrap();
    time("map model", &mut || drop(MapModel::new(&loaded.journey)));
    time("insights", &mut || {
        drop(journey_lens::domain::insights::insights(&loaded.journey))
    });
    time("layout", &mut || {
        drop(journey_lens::domain::layout::layout(&loaded.journey))
    });
}
