//! Which lanes (rows) a map has, in which order, and which are shown at first.
//!
//! With a `lanes` list, the file's order and titles rule; built-in lanes it does not list are
//! still available but start hidden. Without one, the built-in lanes come in the format's
//! order. Custom lanes come from `step.custom`. Lanes with no content start hidden.

use super::model::{Emotion, Journey};

/// The built-in lane ids, in the format's default order.
pub const BUILTIN_LANES: &[&str] = &[
    "actions",
    "touchpoints",
    "channels",
    "owner",
    "thoughts",
    "emotion",
    "pains",
    "opportunities",
    "metrics",
    "backstage",
];

/// What a lane shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LaneKind {
    /// The user actions: the step names, shown as the map's column headers.
    Actions,
    Touchpoints,
    Channels,
    Owner,
    Thoughts,
    Emotion,
    Pains,
    Opportunities,
    Metrics,
    Backstage,
    /// Content from `step.custom[lane id]`.
    Custom,
}

impl LaneKind {
    pub fn of(id: &str) -> LaneKind {
        match id {
            "actions" => LaneKind::Actions,
            "touchpoints" => LaneKind::Touchpoints,
            "channels" => LaneKind::Channels,
            "owner" => LaneKind::Owner,
            "thoughts" => LaneKind::Thoughts,
            "emotion" => LaneKind::Emotion,
            "pains" => LaneKind::Pains,
            "opportunities" => LaneKind::Opportunities,
            "metrics" => LaneKind::Metrics,
            "backstage" => LaneKind::Backstage,
            _ => LaneKind::Custom,
        }
    }

    /// The kind's name, for `data-lane-kind` hooks and styles.
    pub fn as_str(self) -> &'static str {
        match self {
            LaneKind::Custom => "custom",
            builtin => BUILTIN_LANES[builtin as usize],
        }
    }

    /// The English title used when the file gives none.
    pub fn default_title_en(self) -> Option<&'static str> {
        Some(match self {
            LaneKind::Actions => "User actions",
            LaneKind::Touchpoints => "Touchpoints",
            LaneKind::Channels => "Channels",
            LaneKind::Owner => "Owner",
            LaneKind::Thoughts => "User thoughts",
            LaneKind::Emotion => "Emotion",
            LaneKind::Pains => "Pain points",
            LaneKind::Opportunities => "Opportunities",
            LaneKind::Metrics => "Metrics",
            LaneKind::Backstage => "Backstage",
            LaneKind::Custom => return None,
        })
    }
}

/// One lane of the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    pub id: String,
    pub kind: LaneKind,
    /// The file's title, if it gives one.
    pub title: Option<String>,
    /// True when at least one step has content for this lane.
    pub has_data: bool,
    /// Shown when the map opens.
    pub shown_at_first: bool,
}

impl Lane {
    /// The title to show: the file's, else the built-in English one, else the id.
    pub fn title_en(&self) -> String {
        self.title_with(|kind| kind.default_title_en().unwrap_or(""))
    }

    /// The title to show: the file's, else `builtin`'s title for the kind (in the UI's
    /// language; empty for custom lanes), else the id.
    pub fn title_with(&self, builtin: impl Fn(LaneKind) -> &'static str) -> String {
        self.title
            .clone()
            .unwrap_or_else(|| match builtin(self.kind) {
                "" => self.id.clone(),
                title => title.to_owned(),
            })
    }
}

/// Resolves the lanes of a journey, in display order.
pub fn resolve_lanes(journey: &Journey) -> Vec<Lane> {
    let make = |id: &str, title: Option<String>, listed_hidden: Option<bool>| {
        let kind = LaneKind::of(id);
        let has_data = lane_has_data(journey, id, kind);
        Lane {
            id: id.to_owned(),
            kind,
            title,
            has_data,
            shown_at_first: has_data && listed_hidden != Some(true),
        }
    };
    // An empty list names no lane: it is no list (it hid every lane).
    let defs = journey.lanes.as_ref().filter(|defs| !defs.is_empty());
    let mut lanes: Vec<Lane> = match defs {
        Some(defs) => defs
            .iter()
            .map(|d| make(&d.id, d.title.clone(), Some(d.hidden)))
            .chain(
                BUILTIN_LANES
                    .iter()
                    .filter(|id| !defs.iter().any(|d| d.id == **id))
                    .map(|id| make(id, None, Some(true))),
            )
            .collect(),
        None => BUILTIN_LANES
            .iter()
            .map(|id| make(id, None, None))
            .collect(),
    };
    let listed = defs.is_some();
    for id in custom_lane_ids(journey) {
        if !lanes.iter().any(|l| l.id == id) {
            lanes.push(make(&id, None, Some(listed)));
        }
    }
    // The actions lane heads the map: it is always shown, first.
    if let Some(i) = lanes.iter().position(|l| l.kind == LaneKind::Actions) {
        let mut actions = lanes.remove(i);
        actions.shown_at_first = true;
        lanes.insert(0, actions);
    }
    lanes
}

/// Custom lane ids in order of first use.
fn custom_lane_ids(journey: &Journey) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for step in &journey.steps {
        for id in step.custom.keys() {
            if !ids.contains(id) {
                ids.push(id.clone());
            }
        }
    }
    ids
}

fn lane_has_data(journey: &Journey, id: &str, kind: LaneKind) -> bool {
    journey.steps.iter().any(|s| match kind {
        LaneKind::Actions => true,
        LaneKind::Touchpoints => !s.touchpoints.is_empty(),
        LaneKind::Channels => !s.channels.is_empty(),
        LaneKind::Owner => s.owner.is_some(),
        LaneKind::Thoughts => !s.thoughts.is_empty(),
        LaneKind::Emotion => match &s.emotion {
            Some(Emotion::Single(_)) => true,
            Some(Emotion::PerPersona(map)) => !map.is_empty(),
            None => false,
        },
        LaneKind::Pains => !s.pains.is_empty(),
        LaneKind::Opportunities => !s.opportunities.is_empty(),
        LaneKind::Metrics => !s.metrics.is_empty(),
        LaneKind::Backstage => !s.backstage.is_empty(),
        LaneKind::Custom => s.custom.contains_key(id),
    })
}
