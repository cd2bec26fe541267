//! The wasm entry point: the allocator, the panic hook, and mounting the app. Nothing else.

// Talc instead of the standard library's dlmalloc: the app allocates in small pieces (a
// 1,000-step journey is tens of thousands of strings), and dlmalloc's malloc and free were
// the largest share of the wasm's own time in a profile of the first screen. Talc is faster
// there and smaller. Small blocks come from size classes in front of it, faster again (see
// `size_classes`).
#[cfg(target_family = "wasm")]
#[global_allocator]
static ALLOCATOR: journey_lens::size_classes::SizeClasses<talc::wasm::WasmDynamicTalc> =
    journey_lens::size_classes::SizeClasses::new(talc::wasm::new_wasm_dynamic_allocator());

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
