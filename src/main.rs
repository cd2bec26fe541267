//! The wasm entry point: install the panic hook and mount the app. Nothing else.

fn main() {
    // A panic's message goes to the console. (Smaller than console_error_panic_hook, which
    // also adds a JS stack trace: the size budget counts every KB.)
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
    journey_lens::app::mark_start();
    leptos::mount::mount_to_body(journey_lens::app::App);
    journey_lens::app::after_mount();
}
