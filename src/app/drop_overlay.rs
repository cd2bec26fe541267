//! Drag and drop: a journey file (or JSON text) dropped anywhere on the page opens it. An
//! overlay says so while something is dragged over the page.

use leptos::prelude::*;

use super::loader::open_file;
use super::state::{use_state, Source};

#[component]
pub fn DropOverlay() -> impl IntoView {
    let state = use_state();
    let visible = RwSignal::new(false);
    // dragenter/dragleave fire for every child element crossed; count them.
    let depth = StoredValue::new(0i32);
    let carries_data = |ev: &web_sys::DragEvent| {
        ev.data_transfer().is_some_and(|dt| {
            let types = dt.types();
            (0..types.length()).any(|i| {
                matches!(
                    types.get(i).as_string().as_deref(),
                    Some("Files" | "text/plain")
                )
            })
        })
    };
    // Embedded, the map is read-only: nothing dropped opens, and the frame never navigates
    // to a dropped file.
    let enter = window_event_listener(leptos::ev::dragenter, move |ev| {
        if !state.embed && carries_data(&ev) {
            depth.update_value(|d| *d += 1);
            visible.set(true);
        }
    });
    let leave = window_event_listener(leptos::ev::dragleave, move |_| {
        depth.update_value(|d| *d = (*d - 1).max(0));
        if depth.get_value() == 0 {
            visible.set(false);
        }
    });
    let over = window_event_listener(leptos::ev::dragover, move |ev| {
        if state.embed {
            ev.prevent_default();
            if let Some(dt) = ev.data_transfer() {
                dt.set_drop_effect("none");
            }
        } else if carries_data(&ev) {
            ev.prevent_default(); // allows the drop
        }
    });
    let drop = window_event_listener(leptos::ev::drop, move |ev| {
        ev.prevent_default();
        if state.embed {
            return;
        }
        depth.set_value(0);
        visible.set(false);
        let Some(dt) = ev.data_transfer() else { return };
        if let Some(file) = dt.files().and_then(|f| f.get(0)) {
            open_file(state, file);
        } else if let Ok(text) = dt.get_data("text/plain") {
            if !text.trim().is_empty() {
                super::paste_dialog::open_or_mend(state, Source::Dropped, text);
            }
        }
    });
    on_cleanup(move || {
        enter.remove();
        leave.remove();
        over.remove();
        drop.remove();
    });
    view! {
        <div class="drop-overlay" class:visible=visible aria-hidden="true">
            <div class="drop-card">
                <p class="drop-title">{move || state.t().drop_here}</p>
                <p>{move || state.t().drop_hint}</p>
            </div>
        </div>
    }
}
