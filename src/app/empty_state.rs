//! What the page shows when no journey is open: how to open one.

use leptos::prelude::*;

use super::loader::{open_example, EXAMPLES};
use super::state::use_state;

#[component]
pub fn EmptyState() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    view! {
        <section class="empty-state">
            <h2>{move || t().empty_title}</h2>
            <p>{move || t().empty_body}</p>
            <ul class="example-list">
                {EXAMPLES
                    .iter()
                    .map(|(file, title)| {
                        view! {
                            <li>
                                <button type="button" class="button" on:click=move |_| {
                                    super::url_params::push("src", Some(&format!("examples/{file}")));
                                    open_example(state, file);
                                }>{*title}</button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
