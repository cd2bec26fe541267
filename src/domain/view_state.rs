//! The view of a map as URL query parameters, so that reloading or sending the address shows
//! the same view: the selected step, lanes and personas, filters, search and zoom.
//!
//! | parameter | meaning |
//! |---|---|
//! | `view` | `curve` or `insights` (the map when absent) |
//! | `step` | the selected step's id (its details are open) |
//! | `show`, `hide` | a lane shown or hidden against the file's defaults (repeated) |
//! | `hide-persona` | a persona whose curve is hidden (repeated) |
//! | `collapse` | a phase drawn as one summary column, by id (repeated) |
//! | `q` | the search text |
//! | `channel`, `owner` | steps of other channels or owners are dimmed |
//! | `zoom` | `fit`, or a percentage from 25 to 200 (100 when absent) |

/// How large the map is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zoom {
    /// As wide as the window (never under `MIN_ZOOM`).
    Fit,
    Percent(u16),
}

pub const MIN_ZOOM: u16 = 25;
pub const MAX_ZOOM: u16 = 200;
/// The zoom steps of the − and + buttons.
pub const ZOOM_STEPS: [u16; 9] = [25, 33, 50, 67, 80, 100, 125, 150, 200];

impl Default for Zoom {
    fn default() -> Self {
        Zoom::Percent(100)
    }
}

impl Zoom {
    fn param(self) -> Option<String> {
        match self {
            Zoom::Fit => Some("fit".into()),
            Zoom::Percent(100) => None,
            Zoom::Percent(p) => Some(p.to_string()),
        }
    }

    fn parse(text: &str) -> Option<Zoom> {
        match text {
            "fit" => Some(Zoom::Fit),
            _ => {
                let p: u16 = text.parse().ok()?;
                (MIN_ZOOM..=MAX_ZOOM)
                    .contains(&p)
                    .then_some(Zoom::Percent(p))
            }
        }
    }

    /// The next step in (`in_ = true`) or out from `current` (a percentage), within bounds.
    pub fn step(current: u16, in_: bool) -> Zoom {
        let next = match in_ {
            true => ZOOM_STEPS.iter().find(|&&z| z > current),
            false => ZOOM_STEPS.iter().rev().find(|&&z| z < current),
        };
        Zoom::Percent(*next.unwrap_or(&current.clamp(MIN_ZOOM, MAX_ZOOM)))
    }
}

/// Everything about the view that the URL carries.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewState {
    pub view: String,
    pub step: Option<String>,
    /// Lanes shown (`true`) or hidden against the file's defaults, in the order given.
    pub lanes: Vec<(String, bool)>,
    pub hidden_personas: Vec<String>,
    /// Collapsed phases, by id.
    pub collapsed: Vec<String>,
    pub query: String,
    pub channel: Option<String>,
    pub owner: Option<String>,
    pub zoom: Zoom,
}

/// The parameter names, so that a new journey can drop the old view's.
pub const PARAMS: [&str; 10] = [
    "view",
    "step",
    "show",
    "hide",
    "hide-persona",
    "collapse",
    "q",
    "channel",
    "owner",
    "zoom",
];

impl ViewState {
    /// Reads the view from query pairs, in order. Unknown values are left out: a bad
    /// `zoom` is 100%, a `view` other than `curve` or `insights` is the map.
    pub fn from_pairs<'a>(pairs: impl Iterator<Item = (&'a str, &'a str)>) -> ViewState {
        let mut state = ViewState::default();
        for (name, value) in pairs {
            let text = || value.to_owned();
            let some = || (!value.is_empty()).then(text);
            match name {
                "view" if matches!(value, "curve" | "insights") => state.view = text(),
                "step" => state.step = some(),
                "show" | "hide" if !value.is_empty() => {
                    state.lanes.retain(|(id, _)| id != value);
                    state.lanes.push((text(), name == "show"));
                }
                "hide-persona" if !value.is_empty() => state.hidden_personas.push(text()),
                "collapse" if !value.is_empty() && !state.collapsed.iter().any(|c| c == value) => {
                    state.collapsed.push(text())
                }
                "q" => state.query = text(),
                "channel" => state.channel = some(),
                "owner" => state.owner = some(),
                "zoom" => state.zoom = Zoom::parse(value).unwrap_or_default(),
                _ => {}
            }
        }
        state
    }

    /// The query pairs that give this view (none for the default view).
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        let mut one = |name: &'static str, value: Option<&String>| {
            if let Some(v) = value.filter(|v| !v.is_empty()) {
                pairs.push((name, v.clone()));
            }
        };
        one("view", Some(&self.view));
        one("step", self.step.as_ref());
        one("q", Some(&self.query));
        one("channel", self.channel.as_ref());
        one("owner", self.owner.as_ref());
        one("zoom", self.zoom.param().as_ref());
        for (id, shown) in &self.lanes {
            pairs.push((if *shown { "show" } else { "hide" }, id.clone()));
        }
        for id in &self.hidden_personas {
            pairs.push(("hide-persona", id.clone()));
        }
        for id in &self.collapsed {
            pairs.push(("collapse", id.clone()));
        }
        pairs
    }

    /// Whether anything filters or dims the steps (the filter bar's "Clear" applies).
    pub fn filtering(&self) -> bool {
        !self.query.trim().is_empty() || self.channel.is_some() || self.owner.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(query: &str) -> ViewState {
        let pairs: Vec<(&str, &str)> = query.split('&').filter_map(|p| p.split_once('=')).collect();
        ViewState::from_pairs(pairs.into_iter())
    }

    #[test]
    fn round_trips_every_part() {
        let state = ViewState {
            view: "curve".into(),
            step: Some("s 3".into()),
            lanes: vec![("backstage".into(), true), ("thoughts".into(), false)],
            hidden_personas: vec!["luis".into()],
            collapsed: vec!["buy".into(), "use it".into()],
            query: "demo".into(),
            channel: Some("web".into()),
            owner: Some("sales".into()),
            zoom: Zoom::Percent(67),
        };
        let pairs = state.to_pairs();
        let back = ViewState::from_pairs(pairs.iter().map(|(n, v)| (*n, v.as_str())));
        assert_eq!(back, state);
        assert!(ViewState::default().to_pairs().is_empty());
        assert!(state.filtering());
        assert!(!ViewState::default().filtering());
    }

    #[test]
    fn ignores_what_it_does_not_know() {
        let s = read("view=table&zoom=5000&step=&q=&src=x.json&theme=dark&show=&other=1");
        assert_eq!(s, ViewState::default());
        assert_eq!(read("zoom=fit").zoom, Zoom::Fit);
        assert_eq!(read("zoom=25").zoom, Zoom::Percent(25));
        assert_eq!(read("zoom=24").zoom, Zoom::Percent(100));
        assert_eq!(read("zoom=-1").zoom, Zoom::Percent(100));
    }

    #[test]
    fn the_last_word_on_a_lane_wins() {
        let s = read("hide=metrics&show=metrics&hide=pains");
        assert_eq!(
            s.lanes,
            vec![("metrics".into(), true), ("pains".into(), false)]
        );
    }

    #[test]
    fn a_phase_is_collapsed_once() {
        let s = read("collapse=buy&collapse=&collapse=use&collapse=buy");
        assert_eq!(s.collapsed, vec!["buy".to_owned(), "use".to_owned()]);
    }

    #[test]
    fn zoom_steps_stay_in_bounds() {
        assert_eq!(Zoom::step(100, true), Zoom::Percent(125));
        assert_eq!(Zoom::step(100, false), Zoom::Percent(80));
        assert_eq!(Zoom::step(90, false), Zoom::Percent(80));
        assert_eq!(Zoom::step(200, true), Zoom::Percent(200));
        assert_eq!(Zoom::step(25, false), Zoom::Percent(25));
        assert_eq!(Zoom::step(40, true), Zoom::Percent(50));
    }
}
