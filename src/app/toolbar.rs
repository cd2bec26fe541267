//! The top bar: the journey's title, and the ways in (open file, paste, examples) and the
//! view switch (map, or the emotion curve on its own).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::lanes_menu::LanesMenu;
use super::loader::{open_example, open_file, EXAMPLES};
use super::state::{use_state, Source, ViewMode};

#[component]
pub fn Toolbar() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let title = move || {
        state
            .opened
            .with(|o| o.as_ref().map(|o| o.journey.title.clone()))
    };
    let description = move || {
        state
            .opened
            .with(|o| o.as_ref().and_then(|o| o.journey.description.clone()))
    };
    let current_example = move || {
        state.opened.with(|o| match o.as_ref().map(|o| &o.source) {
            Some(Source::Example(file)) => file.clone(),
            _ => String::new(),
        })
    };
    // Embedded only (shown by style/embed.css). Recomputed with the journey: a share link's
    // fragment is part of the address.
    let full_view = move || {
        state.opened.track();
        state.embed.then(super::embed::full_view_href)
    };
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = ev.target().unwrap().unchecked_into();
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            open_file(state, file);
        }
        input.set_value(""); // choosing the same file again must load it again
    };
    let on_example = move |ev: leptos::ev::Event| {
        let select: web_sys::HtmlSelectElement = ev.target().unwrap().unchecked_into();
        let file = select.value();
        if !file.is_empty() {
            super::url_params::push("src", Some(&format!("examples/{file}")));
            open_example(state, &file);
        }
    };
    let view_button = move |mode: ViewMode, label: fn(&super::i18n::Texts) -> &'static str| {
        view! {
            <button
                type="button"
                aria-pressed=move || (state.view.get() == mode).to_string()
                on:click=move |_| state.view.set(mode)
            >
                {move || label(t())}
            </button>
        }
    };
    view! {
        <header class="toolbar">
            <div class="brand" aria-label=move || t().app_name>
                <svg class="logo" viewBox="0 0 32 32" width="26" height="26" aria-hidden="true">
                    <rect x="1" y="1" width="30" height="30" rx="8"></rect>
                    <path d="M6 21C10 21 11 12 15 12S20 19 26 9"></path>
                    <circle cx="15" cy="12" r="2.4"></circle>
                </svg>
                <span>{move || t().app_name}</span>
            </div>
            <div class="journey-heading">
                <h1 title=title>{title}</h1>
                {move || description().map(|d| view! { <p class="journey-description" title=d.clone()>{d.clone()}</p> })}
            </div>
            <a class="full-view" href=full_view target="_blank" rel="noopener noreferrer">{move || t().open_full_view}</a>
            <nav class="actions">
                <label class="button primary file-button">
                    <input type="file" accept=".json,.svg,.png,.html,application/json,image/svg+xml,image/png,text/html" class="visually-hidden" on:change=on_file />
                    <span>{move || t().open_file}</span>
                </label>
                <button type="button" class="button" on:click=move |_| state.paste_open.set(true)>
                    {move || t().paste_json}
                </button>
                <select class="button examples" aria-label=move || t().examples prop:value=current_example on:change=on_example>
                    <option value="" disabled=true>{move || t().choose_example}</option>
                    {EXAMPLES.iter().map(|(file, title)| view! { <option value=*file>{*title}</option> }).collect_view()}
                </select>
                <button type="button" class="button" on:click=move |_| state.share_open.set(true) disabled=move || state.opened.with(Option::is_none)>
                    {move || t().share}
                </button>
                <LanesMenu />
                <div class="segmented" role="group" aria-label=move || t().view>
                    {view_button(ViewMode::Map, |t| t.view_map)}
                    {view_button(ViewMode::Curve, |t| t.view_curve)}
                    {view_button(ViewMode::Insights, |t| t.view_insights)}
                </div>
            </nav>
        </header>
    }
}
