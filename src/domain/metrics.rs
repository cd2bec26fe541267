//! Metric scales and targets: the file's definitions over the well-known ids, and whether a
//! measured value meets its target (direction aware: lower is better for effort and time).

use rustc_hash::FxHashMap;

use super::model::MetricDef;

/// The file's metric definitions, each found by its id at once: searched one by one for each
/// reading, a file with 100,000 of them was not drawn in 5 minutes.
pub struct Defs<'a> {
    pub list: &'a [MetricDef],
    index: FxHashMap<&'a str, usize>,
}

impl<'a> Defs<'a> {
    pub fn new(list: &'a [MetricDef]) -> Defs<'a> {
        // Backwards, so that of two with one id the first stays, as a search in order finds.
        let index = list
            .iter()
            .enumerate()
            .rev()
            .map(|(i, d)| (d.id.as_str(), i))
            .collect();
        Defs { list, index }
    }

    fn position(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }
}

/// A metric's scale and target, resolved from the file and the well-known defaults.
#[derive(Clone, Debug, PartialEq)]
pub struct MetricScale {
    pub id: String,
    pub name: String,
    /// The name is the app's own English one for a well-known metric the file does not
    /// name: the UI gives it in its language.
    pub default_name: bool,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub target: Option<f64>,
    pub higher_is_better: bool,
    pub unit: String,
}

/// Whether a value meets its metric's target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetStatus {
    Met,
    Missed,
    /// The metric has no target.
    NoTarget,
}

impl TargetStatus {
    /// A stable name for `data-*` attributes and CSS.
    pub fn as_str(self) -> &'static str {
        match self {
            TargetStatus::Met => "met",
            TargetStatus::Missed => "missed",
            TargetStatus::NoTarget => "none",
        }
    }
}

/// (id, name, min, max, target, higher is better, unit). Targets are common practice
/// (CSAT 4 of 5, first response within a day, FCR 70%); a file's definition overrides them.
type WellKnown = (
    &'static str,
    &'static str,
    f64,
    f64,
    f64,
    bool,
    &'static str,
);
const WELL_KNOWN: &[WellKnown] = &[
    ("nps", "NPS", -100.0, 100.0, 30.0, true, ""),
    ("csat", "CSAT", 1.0, 5.0, 4.0, true, ""),
    ("ces", "Customer effort", 1.0, 7.0, 3.0, false, ""),
    ("fcr", "First-contact resolution", 0.0, 1.0, 0.7, true, ""),
    (
        "frt_hours",
        "First response",
        0.0,
        f64::INFINITY,
        24.0,
        false,
        "h",
    ),
    (
        "aht_minutes",
        "Handling time",
        0.0,
        f64::INFINITY,
        6.0,
        false,
        "min",
    ),
];

/// True when the app knows this metric id without a definition.
pub fn is_well_known(id: &str) -> bool {
    WELL_KNOWN.iter().any(|w| w.0 == id)
}

/// The scale for `id`: the file's definition, field by field over the well-known default.
/// `None` when the id is neither defined nor well known.
pub fn resolve(id: &str, defs: &Defs) -> Option<MetricScale> {
    let known = WELL_KNOWN.iter().find(|w| w.0 == id);
    let def = defs.position(id).map(|i| &defs.list[i]);
    if known.is_none() && def.is_none() {
        return None;
    }
    let finite = |v: f64| v.is_finite().then_some(v);
    let named = def.is_some_and(|d| d.name.is_some());
    Some(MetricScale {
        id: id.to_owned(),
        default_name: !named && known.is_some(),
        name: def
            .and_then(|d| d.name.clone())
            .or_else(|| known.map(|w| w.1.to_owned()))
            .unwrap_or_else(|| id.to_owned()),
        min: def
            .and_then(|d| d.min)
            .or_else(|| known.and_then(|w| finite(w.2))),
        max: def
            .and_then(|d| d.max)
            .or_else(|| known.and_then(|w| finite(w.3))),
        target: def.and_then(|d| d.target).or_else(|| known.map(|w| w.4)),
        higher_is_better: def
            .and_then(|d| d.higher_is_better)
            .or_else(|| known.map(|w| w.5))
            .unwrap_or(true),
        unit: def
            .and_then(|d| d.unit.clone())
            .or_else(|| known.map(|w| w.6.to_owned()))
            .unwrap_or_default(),
    })
}

/// Whether `value` meets the scale's target; reaching the target exactly counts as met.
pub fn status(value: f64, scale: &MetricScale) -> TargetStatus {
    match scale.target {
        None => TargetStatus::NoTarget,
        Some(target) if scale.higher_is_better == (value >= target) || value == target => {
            TargetStatus::Met
        }
        Some(_) => TargetStatus::Missed,
    }
}

/// The order metrics are listed in, by a stable sort of them in the order the file first
/// uses them: the file's definitions first, then well-known ids, then the rest as first used.
pub fn order_key(id: &str, defs: &Defs) -> (usize, usize) {
    if let Some(i) = defs.position(id) {
        (0, i)
    } else if let Some(i) = WELL_KNOWN.iter().position(|w| w.0 == id) {
        (1, i)
    } else {
        (2, 0)
    }
}

/// The lowest, mean and highest of a run of readings, for a chart too dense to draw each.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spread {
    pub low: f64,
    pub mean: f64,
    pub high: f64,
}

/// `values` cut into `count` runs of (nearly) equal length, in order, each told by its
/// spread: how a chart of hundreds of readings shows their level and range without a
/// zigzag denser than its pixels. Fewer values than `count` give one run each.
pub fn spreads(values: &[f64], count: usize) -> Vec<Spread> {
    let count = count.min(values.len());
    (0..count)
        .map(|i| {
            let run = &values[i * values.len() / count..(i + 1) * values.len() / count];
            let (low, high, sum) = run.iter().fold(
                (f64::INFINITY, f64::NEG_INFINITY, 0.0),
                |(low, high, sum), &v| (low.min(v), high.max(v), sum + v),
            );
            Spread {
                low,
                mean: sum / run.len() as f64,
                high,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::json::Fields;

    #[test]
    fn spreads_cut_readings_into_runs_of_nearly_equal_length() {
        let values: Vec<f64> = (1..=10).map(f64::from).collect();
        let runs = spreads(&values, 3);
        // 10 readings in 3 runs: 3, 3 and 4 of them, in order.
        assert_eq!(
            runs,
            vec![
                Spread {
                    low: 1.0,
                    mean: 2.0,
                    high: 3.0
                },
                Spread {
                    low: 4.0,
                    mean: 5.0,
                    high: 6.0
                },
                Spread {
                    low: 7.0,
                    mean: 8.5,
                    high: 10.0
                },
            ]
        );
        // Every reading in exactly one run, whatever the lengths.
        // (Readings 0, 1, 2... so that each run's ends show where it starts and stops.)
        for (n, count) in [(1000, 70), (61, 70), (999, 7), (5, 5)] {
            let values: Vec<f64> = (0..n).map(f64::from).collect();
            let runs = spreads(&values, count);
            assert_eq!(runs.len(), count.min(n as usize));
            assert_eq!(runs[0].low, 0.0);
            assert_eq!(runs[runs.len() - 1].high, f64::from(n - 1));
            for pair in runs.windows(2) {
                assert_eq!(pair[1].low, pair[0].high + 1.0, "{n} in {count}");
            }
            assert!(runs.iter().all(|r| r.low <= r.mean && r.mean <= r.high));
        }
        assert_eq!(spreads(&[], 70), vec![]);
        assert_eq!(
            spreads(&[2.5], 70),
            vec![Spread {
                low: 2.5,
                mean: 2.5,
                high: 2.5
            }]
        );
    }

    fn def(id: &str, target: Option<f64>, higher: Option<bool>) -> MetricDef {
        MetricDef {
            id: id.into(),
            name: None,
            min: None,
            max: None,
            target,
            higher_is_better: higher,
            unit: None,
            extra: Fields::default(),
        }
    }

    #[test]
    fn well_known_ids_have_scales_and_directions() {
        let ces = resolve("ces", &Defs::new(&[])).unwrap();
        assert_eq!(
            (ces.min, ces.max, ces.target),
            (Some(1.0), Some(7.0), Some(3.0))
        );
        assert!(!ces.higher_is_better);
        let frt = resolve("frt_hours", &Defs::new(&[])).unwrap();
        assert_eq!((frt.max, frt.unit.as_str()), (None, "h"));
        assert!(resolve("mystery", &Defs::new(&[])).is_none());
    }

    #[test]
    fn a_definition_overrides_the_default_field_by_field() {
        let csat = resolve("csat", &Defs::new(&[def("csat", Some(4.5), None)])).unwrap();
        assert_eq!(csat.target, Some(4.5));
        assert_eq!(csat.max, Some(5.0));
        assert!(csat.higher_is_better);
        let custom = resolve("wait", &Defs::new(&[def("wait", Some(10.0), Some(false))])).unwrap();
        assert_eq!(custom.name, "wait");
        assert!(!custom.higher_is_better);
    }

    #[test]
    fn targets_are_direction_aware() {
        let csat = resolve("csat", &Defs::new(&[])).unwrap();
        assert_eq!(status(4.6, &csat), TargetStatus::Met);
        assert_eq!(status(4.0, &csat), TargetStatus::Met);
        assert_eq!(status(1.8, &csat), TargetStatus::Missed);
        let ces = resolve("ces", &Defs::new(&[])).unwrap();
        assert_eq!(status(3.0, &ces), TargetStatus::Met);
        assert_eq!(status(2.0, &ces), TargetStatus::Met);
        assert_eq!(status(6.0, &ces), TargetStatus::Missed);
        let none = resolve("x", &Defs::new(&[def("x", None, None)])).unwrap();
        assert_eq!(status(1.0, &none), TargetStatus::NoTarget);
    }

    #[test]
    fn only_a_well_known_metric_the_file_does_not_name_has_the_default_name() {
        assert!(resolve("ces", &Defs::new(&[])).unwrap().default_name);
        let named = MetricDef {
            name: Some("Effort".into()),
            ..def("ces", None, None)
        };
        let ces = resolve("ces", &Defs::new(&[named])).unwrap();
        assert!(!ces.default_name);
        assert_eq!(ces.name, "Effort");
        assert!(
            !resolve("x", &Defs::new(&[def("x", None, None)]))
                .unwrap()
                .default_name
        );
    }

    #[test]
    fn definitions_are_found_by_id_the_first_of_two_and_in_file_order() {
        let list = [
            def("wait", Some(10.0), Some(false)),
            def("csat", Some(4.5), None),
            def("wait", Some(99.0), None),
        ];
        let defs = Defs::new(&list);
        assert_eq!(resolve("wait", &defs).unwrap().target, Some(10.0));
        assert_eq!(order_key("csat", &defs), (0, 1));
        assert_eq!(order_key("wait", &defs), (0, 0));
        assert_eq!(order_key("nps", &defs).0, 1);
        assert_eq!(
            order_key("zzz", &defs),
            order_key("aaa", &defs),
            "as first used"
        );
    }
}
