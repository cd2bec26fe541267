//! The Leptos shell: state at the top, thin components that bind the core's view models.

mod alert;
mod browser;
mod curve_text;
mod dom;
mod drop_overlay;
mod embed;
mod emotion_lane;
mod empty_state;
mod export;
mod filter_bar;
pub mod i18n;
mod insights_view;
mod keyboard;
mod lane_cell;
mod lanes_menu;
mod language;
mod linking;
pub mod loader;
mod marks;
mod metric_chart;
mod passphrase_dialog;
mod paste_dialog;
mod phase_row;
mod present;
mod present_sync;
mod print;
mod priority_matrix;
mod share;
mod share_dialog;
mod shortcuts_dialog;
mod slide;
pub mod state;
mod step_details;
mod step_header;
mod swimlane;
mod theme_menu;
mod toolbar;
mod url_params;
mod view_url;

use leptos::prelude::*;

use alert::Alert;
use curve_text::CurveTable;
use drop_overlay::DropOverlay;
use empty_state::EmptyState;
use filter_bar::FilterBar;
use insights_view::InsightsView;
use passphrase_dialog::PassphraseDialog;
use paste_dialog::PasteDialog;
use share_dialog::ShareDialog;
use shortcuts_dialog::ShortcutsDialog;
use state::{effect, AppState, ViewMode};
use step_details::StepDetails;
use swimlane::Swimlane;
use toolbar::Toolbar;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    // The presenter view gets its journey from the presentation's window.
    if !state.presenter {
        loader::open_from_url(state);
    }
    // Back and forward: another journey is opened again; within one, only the view changes.
    let popstate =
        window_event_listener(
            leptos::ev::popstate,
            move |_| match url_params::source_moved() {
                true => loader::open_from_url(state),
                false => view_url::apply(state, view_url::from_url()),
            },
        );
    on_cleanup(move || popstate.remove());
    print::install(state);
    marks::install(state);
    filter_bar::follow_matches(state);
    keyboard::install(state);
    curve_text::install(state);
    view_url::install(state);
    present::install(state);
    phase_row::install(state);
    effect(move || {
        let _ = browser::document()
            .document_element()
            .map(|html| html.set_attribute("lang", state.lang.get().code()));
    });

    // A memo, so that switching between the map and the curve does not redraw the stage.
    let insights_view = Memo::new(move |_| state.view.get() == ViewMode::Insights);
    // A language switch draws the stage again, in the new language.
    let stage = move || {
        state.lang.track();
        // (The map as drawn: collapsing a phase draws the map again.)
        match state.map.get() {
            Some(model) => {
                let journey = state
                    .opened
                    .get_untracked()
                    .map(|o| o.journey)
                    .expect("a model comes from an opened journey");
                // The insights are read only for their view: the map must not be redrawn when
                // they arrive after its first frame.
                if insights_view.get() {
                    state.want_insights();
                    if let Some(insights) = state.insights.get() {
                        return view! { <InsightsView journey=journey insights=insights /> }
                            .into_any();
                    }
                }
                view! { <Swimlane journey=journey model=model /> }.into_any()
            }
            None if state.loading.with(Option::is_some) => ().into_any(),
            None => view! { <EmptyState /> }.into_any(),
        }
    };

    let loading = move || {
        state
            .loading
            .get()
            .filter(|l| !l.is_empty())
            .map(|what| view! { <p class="loading">{(state.t().loading)(&what)}</p> })
    };
    view! {
        <div class="app" data-busy=move || state.loading.with(Option::is_some).to_string()>
            <Toolbar />
            <FilterBar />
            <Alert />
            <div class="status" role="status">{loading}</div>
            <main class="stage">{stage}<StepDetails /></main>
            <DropOverlay />
            <PasteDialog />
            <ShareDialog />
            <PassphraseDialog />
            <ShortcutsDialog />
            <CurveTable />
        </div>
    }
}

/// Marks the start of the app, for benchmarks.
pub fn mark_start() {
    browser::mark("jl:start");
}

/// Marks the app mounted, for benchmarks; embedded, restyles it and starts telling the host
/// page its height. The controls are told their shortcuts after the first frame.
pub fn after_mount() {
    browser::mark("jl:mounted");
    browser::tell_keys_soon();
    embed::start_if_embedded();
}
