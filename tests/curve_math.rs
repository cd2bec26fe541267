//! The emotion curve: inside its band, through every point, never past the data between two
//! points, and aligned with the swimlane columns.

use journey_lens::domain::curve::{
    frame, path, point_position, series, tangents, Band, Feeling, SeriesPoint,
};
use journey_lens::domain::layout::{column_center, layout};
use journey_lens::domain::read_journey;

const BAND: Band = Band {
    height: 160.0,
    pad: 12.0,
};

fn pts(values: &[(usize, f64)]) -> Vec<SeriesPoint> {
    values
        .iter()
        .map(|&(column, value)| SeriesPoint { column, value })
        .collect()
}

type Segment = [(f64, f64); 4];

/// Parses "M x y C x1 y1 x2 y2 x y ... M x y ..." into its points, in order (each `M`'s and
/// each cubic's end), and its cubic segments.
fn parse(d: &str) -> (Vec<(f64, f64)>, Vec<Segment>) {
    let (mut points, mut segs) = (Vec::new(), Vec::new());
    let mut rest = d;
    while let Some(letter) = rest.chars().next() {
        let end = rest[1..].find(['M', 'C']).map_or(rest.len(), |i| i + 1);
        let nums: Vec<f64> = rest[1..end]
            .split_whitespace()
            .map(|n| n.parse().unwrap())
            .collect();
        let at = (nums[nums.len() - 2], nums[nums.len() - 1]);
        if letter == 'C' {
            let from = *points.last().unwrap();
            segs.push([from, (nums[0], nums[1]), (nums[2], nums[3]), at]);
        }
        points.push(at);
        rest = &rest[end..];
    }
    (points, segs)
}

fn segments(d: &str) -> Vec<Segment> {
    parse(d).1
}

fn bezier(s: &[(f64, f64); 4], t: f64) -> (f64, f64) {
    let u = 1.0 - t;
    let f = |i: usize| -> f64 {
        let (a, b, c, d) = match i {
            0 => (s[0].0, s[1].0, s[2].0, s[3].0),
            _ => (s[0].1, s[1].1, s[2].1, s[3].1),
        };
        u * u * u * a + 3.0 * u * u * t * b + 3.0 * u * t * t * c + t * t * t * d
    };
    (f(0), f(1))
}

/// Deterministic pseudo-random feelings in -2..=2, with some repeats and gaps.
fn random_series(seed: u64, n: usize) -> Vec<SeriesPoint> {
    let mut x = seed;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut column = 0;
    (0..n)
        .map(|_| {
            column += 1 + (next() % 3 == 0) as usize; // some columns without a feeling
            let value = ((next() % 9) as f64 - 4.0) / 2.0;
            SeriesPoint { column, value }
        })
        .collect()
}

#[test]
fn the_band_maps_plus_two_to_the_top_and_minus_two_to_the_bottom() {
    assert_eq!(BAND.y(2.0), 12.0);
    assert_eq!(BAND.y(-2.0), 148.0);
    assert_eq!(BAND.y(0.0), 80.0);
}

#[test]
fn the_curve_never_overshoots_between_two_points() {
    for seed in 1..60 {
        let points = random_series(seed, 40);
        let t = tangents(&points);
        let d = path(&points, &t, &(0..200), 100.0, &BAND);
        let segs = segments(&d);
        let gaps = points
            .windows(2)
            .filter(|w| w[1].column > w[0].column + 1)
            .count();
        assert_eq!(segs.len(), points.len() - 1 - gaps);
        for s in &segs {
            let (lo, hi) = (s[0].1.min(s[3].1), s[0].1.max(s[3].1));
            for k in 0..=50 {
                let (x, y) = bezier(s, k as f64 / 50.0);
                assert!(
                    y >= lo - 0.11 && y <= hi + 0.11,
                    "seed {seed}: y {y} outside {lo}..{hi} in {s:?}"
                );
                assert!(
                    x >= s[0].0 - 1e-9 && x <= s[3].0 + 1e-9,
                    "x must advance monotonically"
                );
                assert!(
                    // 0.05: the path's coordinates are rounded to one decimal.
                    (BAND.pad - 0.05..=BAND.height - BAND.pad + 0.05).contains(&y),
                    "outside the band"
                );
            }
        }
    }
}

#[test]
fn the_curve_passes_through_every_point_at_its_column_centre() {
    let points = pts(&[(0, 1.0), (1, -1.0), (3, 2.0), (4, 2.0), (5, -2.0)]);
    let d = path(&points, &tangents(&points), &(0..6), 200.0, &BAND);
    let ends = parse(&d).0;
    assert_eq!(ends.len(), points.len());
    for (p, end) in points.iter().zip(ends) {
        let (x, y) = point_position(*p, 0, 200.0, &BAND);
        assert_eq!(
            (x, y),
            ((end.0 * 10.0).round() / 10.0, (end.1 * 10.0).round() / 10.0)
        );
        assert_eq!(x, column_center(p.column, 0, 200.0));
    }
}

#[test]
fn flat_runs_and_extrema_have_flat_tangents() {
    let points = pts(&[(0, 0.0), (1, 2.0), (2, 2.0), (3, -1.0), (4, 0.0)]);
    let t = tangents(&points);
    assert_eq!(t[1], 0.0, "peak");
    assert_eq!(t[2], 0.0, "flat then falling");
    assert_eq!(t[3], 0.0, "trough");
}

#[test]
fn two_points_make_a_straight_line_and_one_point_no_line() {
    let points = pts(&[(0, -2.0), (1, 2.0)]);
    let segs = segments(&path(&points, &tangents(&points), &(0..2), 90.0, &BAND));
    let (a, b) = (segs[0][0], segs[0][3]);
    for c in [segs[0][1], segs[0][2]] {
        let along = (c.0 - a.0) / (b.0 - a.0);
        assert!((a.1 + along * (b.1 - a.1) - c.1).abs() < 0.2);
    }
    let one = pts(&[(3, 1.0)]);
    assert_eq!(
        segments(&format!(
            "{} ",
            path(&one, &tangents(&one), &(0..5), 90.0, &BAND)
        ))
        .len(),
        0
    );
    assert_eq!(path(&[], &[], &(0..5), 90.0, &BAND), "");
}

#[test]
fn a_window_draws_its_columns_and_one_point_beyond_each_side() {
    let points: Vec<SeriesPoint> = (0..100)
        .map(|c| SeriesPoint {
            column: c,
            value: ((c % 5) as f64) - 2.0,
        })
        .collect();
    let t = tangents(&points);
    let segs = segments(&path(&points, &t, &(40..50), 100.0, &BAND));
    assert_eq!(segs.len(), 11, "from column 39 to column 50");
    assert_eq!(
        segs[0][0].0, -50.0,
        "column 39 sits half a column left of the window"
    );
    assert_eq!(
        segs[10][3].0, 1050.0,
        "column 50 sits half a column right of the window"
    );
    // The same segment drawn in a window or in the whole map has the same shape.
    let whole = segments(&path(&points, &t, &(0..100), 100.0, &BAND));
    for (a, b) in segs.iter().zip(&whole[39..50]) {
        for k in 0..4 {
            assert!((a[k].0 + 4000.0 - b[k].0).abs() < 0.11 && (a[k].1 - b[k].1).abs() < 1e-9);
        }
    }
}

#[test]
fn series_follow_the_columns_and_skip_missing_feelings() {
    let text = std::fs::read_to_string(format!(
        "{}/public/examples/b2b-software.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let j = read_journey(&text).unwrap().journey;
    let map = layout(&j);
    let ana = series(&j, &map, "ana");
    let luis = series(&j, &map, "luis");
    assert_eq!(ana.len(), 12);
    assert_eq!(luis.len(), 9);
    assert_eq!(
        ana[9],
        SeriesPoint {
            column: 9,
            value: -2.0
        },
        "the upgrade is the low point"
    );
    assert!(
        luis.iter().all(|p| p.column != 3),
        "Luis has no feeling for the demo request"
    );
}

#[test]
fn a_single_emotion_belongs_to_the_first_persona() {
    let j = read_journey(r#"{"version": 1, "title": "T", "personas": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
        "phases": [{"id": "p", "name": "P"}], "steps": [{"id": "s", "phase": "p", "name": "S", "emotion": -1}]}"#).unwrap().journey;
    let map = layout(&j);
    assert_eq!(series(&j, &map, "a").len(), 1);
    assert_eq!(series(&j, &map, "b").len(), 0);
}

#[test]
fn feelings_read_in_five_bands() {
    let names: Vec<&str> = [-2.0, -1.6, -1.0, -0.4, 0.0, 0.4, 1.0, 1.5, 2.0]
        .iter()
        .map(|v| Feeling::of(*v).as_str())
        .collect();
    assert_eq!(
        names,
        [
            "very-negative",
            "very-negative",
            "negative",
            "neutral",
            "neutral",
            "neutral",
            "positive",
            "very-positive",
            "very-positive"
        ]
    );
}

#[test]
fn a_slide_frames_a_long_journey_around_what_it_tells() {
    // Short journeys: the whole curve.
    assert_eq!(frame(12, 3..4, 40), 0..12);
    assert_eq!(frame(40, 0..1, 40), 0..40);
    // A step of a long journey: 40 columns around it, kept inside the journey.
    assert_eq!(frame(1000, 500..501, 40), 480..520);
    assert_eq!(frame(1000, 0..1, 40), 0..40);
    assert_eq!(frame(1000, 999..1000, 40), 960..1000);
    // A phase: around its middle, or the phase alone when it is wider.
    assert_eq!(frame(1000, 100..108, 40), 84..124);
    assert_eq!(frame(1000, 100..300, 40), 100..300);
    // Whatever the focus, the frame holds it.
    for start in 0..1000 {
        for len in [1, 7, 39] {
            let focus = start..(start + len).min(1000);
            let f = frame(1000, focus.clone(), 40);
            assert!(f.start <= focus.start && focus.end <= f.end && f.len() == 40);
        }
    }
}

#[test]
fn a_step_without_a_feeling_is_a_gap_in_the_line() {
    // Columns 0, 1, then 3: the line was drawn on through column 2 as if it had a feeling.
    let points = pts(&[(0, 1.0), (1, -1.0), (3, 2.0), (4, 0.0)]);
    let d = path(&points, &tangents(&points), &(0..5), 100.0, &BAND);
    let commands: String = d.chars().filter(|c| c.is_ascii_alphabetic()).collect();
    assert_eq!(commands, "MCMC", "{d}");
    let (ends, segs) = parse(&d);
    assert_eq!(ends[2], (350.0, BAND.y(2.0)));
    assert!(
        segs.iter().all(|s| s[3].0 - s[0].0 == 100.0),
        "only neighbours are joined"
    );
}

#[test]
fn each_run_of_the_line_has_its_own_tangents() {
    // The end of a run leaned toward the point past the gap: at column 1, rising from 0 to
    // 1, its tangent was flat, as if the point at column 3 (-2) were its neighbour.
    let points = pts(&[(0, 0.0), (1, 1.0), (3, -2.0), (4, 2.0), (6, 1.0)]);
    assert_eq!(tangents(&points), vec![1.0, 1.0, 4.0, 4.0, 0.0]);
}
