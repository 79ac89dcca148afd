//! The few browser calls the widget makes, wrapped so components stay declarative: the wall
//! clock, the URL, the fragment, focus and the console.

use chrono::{DateTime, Utc};
use wasm_bindgen::{JsCast, JsValue};

/// The wall clock, from `Date.now()` (never by counting ticks).
pub fn wall_clock() -> DateTime<Utc> {
    let ms = js_sys::Date::now() as i64;
    DateTime::from_timestamp_millis(ms).unwrap_or_default()
}

/// Calls `tick` just after each whole second of the wall clock, and at once whenever the page
/// becomes visible again, for as long as `tick` returns true.
///
/// One timeout at a time, each aimed at the next whole second as `Date.now()` gives it when it
/// is set, so the widget is woken once per displayed second rather than polling; a timeout
/// that fires early only re-aims at the same second. `tick` should read the wall clock itself:
/// a throttled or sleeping tab then shows the right second on its first callback.
pub fn every_second(tick: impl Fn() -> bool + 'static) {
    use std::cell::OnceCell;
    use std::rc::Rc;
    use wasm_bindgen::{closure::Closure, JsCast};

    let Some(window) = web_sys::window() else {
        return;
    };
    let arm = move |window: &web_sys::Window, f: &js_sys::Function| {
        let delay = 1000 - js_sys::Date::now().rem_euclid(1000.0) as i32;
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(f, delay);
    };
    // The callback re-arms itself, so it needs its own JS function.
    let this: Rc<OnceCell<js_sys::Function>> = Rc::default();
    let callback = Closure::<dyn FnMut(JsValue)>::new({
        let (this, window) = (this.clone(), window.clone());
        move |event: JsValue| {
            // visibilitychange passes its event and leaves the timeout already set alone.
            if tick() && event.is_undefined() {
                if let Some(f) = this.get() {
                    arm(&window, f);
                }
            }
        }
    });
    let f: js_sys::Function = callback.into_js_value().unchecked_into();
    // visibilitychange is fired at the document and bubbles to the window.
    let _ = window.add_event_listener_with_callback("visibilitychange", &f);
    arm(&window, &f);
    let _ = this.set(f);
}

/// Calls `f` with every `event` that reaches `target`, for the page's life.
pub fn on_event(target: &web_sys::EventTarget, event: &str, f: impl Fn(web_sys::Event) + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let callback = Closure::<dyn Fn(web_sys::Event)>::new(f).into_js_value();
    let _ = target.add_event_listener_with_callback(event, callback.unchecked_ref());
}

/// The element an event inside the tracker happened on (clicks and key presses always
/// target elements).
pub fn target(event: &web_sys::Event) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    event.target().map(|t| t.unchecked_into())
}

/// The closest ancestor of `element` (itself included) matching `selector`.
pub fn closest(element: &web_sys::Element, selector: &str) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    element
        .closest(selector)
        .ok()
        .flatten()
        .map(|e| e.unchecked_into())
}

/// Calls `f` on every `event` at the window, for the page's life.
pub fn on_window(event: &str, f: impl Fn() + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    if let Some(window) = web_sys::window() {
        let callback = Closure::<dyn Fn()>::new(f).into_js_value();
        let _ = window.add_event_listener_with_callback(event, callback.unchecked_ref());
    }
}

/// The page's element with this id, if any.
pub fn element(id: &str) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        // Every id the widget looks up is on an HTML element of its own markup.
        .map(|e| e.unchecked_into::<web_sys::HtmlElement>())
}

/// The page's `location.search` and `location.hash`.
pub fn location() -> (String, String) {
    let location = web_sys::window().map(|w| w.location());
    let search = location.as_ref().and_then(|l| l.search().ok());
    let hash = location.as_ref().and_then(|l| l.hash().ok());
    (search.unwrap_or_default(), hash.unwrap_or_default())
}

/// Replaces the page's URL with `url` (relative to it: a fragment alone keeps the path and
/// query) without navigating or adding a history entry.
pub fn replace_url(url: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        // Failing to update the address bar must never break the widget.
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(url));
    }
}

/// Replaces the URL's query with `search` (with its `?`, or "" for none), keeping its path
/// and fragment, without navigating or adding a history entry.
pub fn replace_search(search: &str) {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let (_, hash) = location();
    replace_url(&format!("{path}{search}{hash}"));
}

/// Moves keyboard focus to the element with this id, if it exists.
pub fn focus(id: &str) {
    if let Some(element) = element(id) {
        let _ = element.focus();
    }
}

/// Moves keyboard focus to `element` without scrolling the page or, in a frame, the
/// article around it.
pub fn focus_without_scroll(element: &web_sys::HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
}

/// Writes a warning to the console.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

/// Writes an error to the console.
pub fn error(message: &str) {
    web_sys::console::error_1(&JsValue::from_str(message));
}

/// Sets an attribute on the document's root element (`<html>`).
pub fn set_root_attribute(name: &str, value: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute(name, value);
    }
}

/// Replaces the text of the mount point with a readable message (for panics and bad data).
pub fn show_fallback(message: &str) {
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(root) = document
        .as_ref()
        .and_then(|d| d.get_element_by_id("phase-tracker"))
    {
        let _ = root.set_attribute("aria-busy", "false");
        // No countdown shows as if live (the loader's stops when the wasm has run).
        for cell in all(&root, ".deadline-clock") {
            cell.set_text_content(Some("\u{a0}"));
        }
        if let Some(note) = document
            .as_ref()
            .and_then(|d| d.get_element_by_id("boot-note"))
        {
            note.set_text_content(Some(message));
        } else if let Some(d) = document.as_ref() {
            if let Ok(p) = d.create_element("p") {
                p.set_class_name("boot-note");
                p.set_text_content(Some(message));
                let _ = root.append_child(&p);
            }
        }
    }
}

/// The elements under `root` matching `selector`.
pub fn all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into::<web_sys::Element>())
        .collect()
}
