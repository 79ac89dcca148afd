//! The widget's entry point: mounts the tracker into the page (wasm only).

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    phase_tracker::ui::start();
    #[cfg(feature = "test-hooks")]
    test_hooks::start();
}

/// Ways for the browser suite to reach what no reader can, in the test build only (the
/// `test-hooks` feature, which a release build refuses).
#[cfg(all(target_arch = "wasm32", feature = "test-hooks"))]
mod test_hooks {
    #[cfg(not(debug_assertions))]
    compile_error!("the test-hooks feature is for the debug test build only, never a release");

    /// With `?test-panic=1` in the URL, panics one task after the widget has mounted, as a
    /// panic in a tick or an event handler would (browser-tests/panic.test.mjs).
    pub fn start() {
        let search = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        if search
            .trim_start_matches('?')
            .split('&')
            .any(|p| p == "test-panic=1")
        {
            leptos::prelude::set_timeout(
                || panic!("test panic (?test-panic=1, test-hooks build)"),
                std::time::Duration::ZERO,
            );
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the phase tracker runs in a browser: use `trunk serve` (see README.md)");
}
