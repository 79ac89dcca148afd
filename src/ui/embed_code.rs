//! The "Embed" control: a button (markup from [`crate::html::embed_control`]) that reveals
//! the copy-paste snippet an editor puts in an article, filled in with the page's own address
//! when opened (only the browser knows where the widget is published).

use super::browser;
use super::clock::Clock;
use super::Tracker;
use crate::html::snippet;
use web_sys::Event;

/// The page's own address without query or fragment.
fn widget_url() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split(['?', '#']).next().unwrap_or_default().to_owned()
}

/// Wires the embed button: it opens and closes the snippet.
pub fn wire(tracker: &'static Tracker, clock: Clock) {
    if clock.built {
        return;
    }
    let Some(root) = browser::element("phase-tracker") else {
        return;
    };
    browser::on_event(&root, "click", move |event: Event| {
        let toggle = browser::target(&event).and_then(|t| browser::closest(&t, ".embed-toggle"));
        let Some(toggle) = toggle else { return };
        let open = toggle.get_attribute("aria-expanded").as_deref() != Some("true");
        let _ = toggle.set_attribute("aria-expanded", if open { "true" } else { "false" });
        if let Some(code) = browser::element("embed-code") {
            code.set_hidden(!open);
        }
        // A text box's text content is its value until someone edits it (it is read-only).
        if let Some(area) = browser::element("embed-snippet") {
            area.set_text_content(Some(&snippet(
                &widget_url(),
                &tracker.fixed(&crate::core::regions::Region::Title),
                crate::core::embed::INITIAL_HEIGHT,
            )));
        }
    });
}
