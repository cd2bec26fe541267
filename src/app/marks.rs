//! Marks on steps wherever they are drawn (step header, lane cells, curve points): hovered
//! or focused, shown from the insights, selected, matching the search, dimmed by a filter. Each kind is one adopted
//! stylesheet giving the steps' elements a flag (`--hover: 1`…) that `style/explore.css`
//! turns into a look, so columns drawn later by the scroll window carry their marks
//! without any code, and a mark costs one rule however many elements show the step.

use crate::domain::id_set::OwnedIds;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::state::{watch, AppState};
use crate::domain::explore::{attribute_selector, step_selector};

#[wasm_bindgen(module = "/src/app/marks.js")]
extern "C" {
    #[wasm_bindgen(js_name = setMarks)]
    fn set_marks(slot: &str, text: &str);
    /// Lower case, with combining marks (accents) taken off.
    pub fn fold(text: &str) -> String;
    #[wasm_bindgen(js_name = highlightText)]
    fn highlight_text(root: &web_sys::Element, query: &str);
}

/// Keeps the marks in step with the state.
pub fn install(state: AppState) {
    watch(state, |state| {
        set_marks(
            "hover",
            &state.hovered.with(|h| rule(h.iter(), "--hover:1")),
        );
    });
    watch(state, |state| {
        set_marks(
            "focused",
            &state.focus_step.with(|s| rule(s.iter(), "--focused:1")),
        );
    });
    watch(state, |state| {
        set_marks(
            "selected",
            &state.selected.with(|s| rule(s.iter(), "--selected:1")),
        );
    });
    watch(state, |state| {
        let matches = state.matches.get();
        let current = matches.get(state.current_match.get()).copied();
        let text = [
            rule(state.step_ids(&matches).iter(), "--match:1").as_str(),
            &rule(state.step_ids(current.as_slice()).iter(), "--current:1"),
            // A collapsed phase holding a match is marked as its steps would be.
            &summary_rule(state, &matches, "--match:1"),
            &summary_rule(state, current.as_slice(), "--current:1"),
        ]
        .concat();
        set_marks("match", &text);
    });
    watch(state, |state| {
        let text = match state.kept.get() {
            None => String::new(),
            Some(kept) => [
                ".map-grid [data-step-id]{--dim:1}",
                &rule(state.step_ids(&kept).iter(), "--dim:0"),
                // A phase none of whose steps is kept recedes with them: its band, and its
                // summary when collapsed.
                ".map-grid [data-phase-id]{--dim:1}",
                &phase_rule(state, &kept, "[data-phase-id]", false, "--dim:0"),
                // Screen readers hear it after the step's name (the column header of every
                // cell under it), and a phase's: CSS's alternative text, where nothing is drawn.
                "@container style(--dim:1){.map-grid :is(.step-name,.phase-name)::after{content:\"\"/\"",
                state.t().filtered_out,
                "\"}}",
            ]
            .concat(),
        };
        set_marks("dim", &text);
    });
}

/// A rule giving the elements of the steps `ids` in the map the declarations `body`.
fn rule<'a>(ids: impl Iterator<Item = &'a String>, body: &str) -> String {
    let selector = step_selector(ids.map(String::as_str));
    match selector.is_empty() {
        true => String::new(),
        false => [".map-grid :is(", &selector, "){", body, "}"].concat(),
    }
}

/// A rule giving the summaries of the collapsed phases that hold any of `columns` (of the
/// whole map) the declarations `body`.
fn summary_rule(state: AppState, columns: &[usize], body: &str) -> String {
    phase_rule(state, columns, ".phase-summary", true, body)
}

/// A rule giving the elements `of` (a selector: phase bands, collapsed phases' summaries) of the
/// phases that hold any of `columns` (of the whole map), collapsed ones only when
/// `collapsed_only`, the declarations `body`.
fn phase_rule(
    state: AppState,
    columns: &[usize],
    of: &str,
    collapsed_only: bool,
    body: &str,
) -> String {
    let phases_of = |collapsed: &OwnedIds| {
        if collapsed_only && collapsed.is_empty() {
            return Vec::new();
        }
        let opened = state.opened.read_untracked();
        let (Some(o), Some(m)) = (opened.as_ref(), state.model.get_untracked()) else {
            return Vec::new();
        };
        let mut ids: Vec<String> = Vec::new();
        for c in columns.iter().filter_map(|c| m.layout.columns.get(*c)) {
            let id = &o.journey.phases[c.phase].id;
            if (!collapsed_only || collapsed.contains(id.as_str())) && !ids.contains(id) {
                ids.push(id.clone());
            }
        }
        ids
    };
    // (Which phases are collapsed matters only to `collapsed_only`: the dimming, say, need
    // not run again when a phase is collapsed.)
    let phases: Vec<String> = match collapsed_only {
        true => state.collapsed.with(phases_of),
        false => state.collapsed.with_untracked(phases_of),
    };
    if phases.is_empty() {
        return String::new();
    }
    let selector: Vec<String> = phases
        .iter()
        .map(|id| attribute_selector("data-phase-id", id))
        .collect();
    [
        ".map-grid ",
        of,
        ":is(",
        &crate::domain::text::join(&selector, ","),
        "){",
        body,
        "}",
    ]
    .concat()
}

/// Highlights the search text in what is drawn now (call after the DOM changes).
pub fn highlight(state: AppState) {
    if let Some(app) = super::browser::document()
        .query_selector(".app")
        .ok()
        .flatten()
    {
        state.query.with_untracked(|q| highlight_text(&app, q));
    }
}
