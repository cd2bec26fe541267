//! The wasm entry point: install the panic hook and mount the app. Nothing else.

fn main() {
    console_error_panic_hook::set_once();
    journey_lens::app::mark_start();
    leptos::mount::mount_to_body(journey_lens::app::App);
    journey_lens::app::mark_mounted();
}
