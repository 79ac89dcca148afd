//! The sources-disagree badges' behaviour, for every badge in the tracker at once: one click
//! and one keydown listener on the tracker's root (the badges themselves are markup from
//! [`crate::html::badge`], shown anew whenever what is known changes). A badge opens its panel
//! and puts in the conflicting claims side by side, as the build drew them for the state; the panel's Close button and Escape close
//! it and put focus back on the badge.

use super::browser;
use super::clock::Clock;
use super::Tracker;
use crate::core::regions::Region;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement, KeyboardEvent};

/// Wires every badge inside the element `root_id`, now and as they are redrawn.
pub fn wire(tracker: &'static Tracker, clock: Clock, root_id: &str) {
    if clock.built {
        return;
    }
    let Some(root) = browser::element(root_id) else {
        return;
    };
    browser::on_event(&root, "click", move |event: Event| {
        let Some(target) = browser::target(&event) else {
            return;
        };
        let Some(box_) = browser::closest(&target, ".disagree") else {
            return;
        };
        if browser::closest(&target, ".badge").is_some() {
            let open = button(&box_).and_then(|b| b.get_attribute("aria-expanded"));
            set_open(tracker, clock, &box_, open.as_deref() != Some("true"));
        } else if browser::closest(&target, ".close").is_some() {
            close(tracker, clock, &box_);
        }
    });
    browser::on_event(&root, "keydown", move |event: Event| {
        let key = event.unchecked_into::<KeyboardEvent>();
        if key.key() != "Escape" {
            return;
        }
        let open_box = browser::target(&key)
            .and_then(|t| browser::closest(&t, ".disagree"))
            .filter(|b| {
                button(b)
                    .and_then(|b| b.get_attribute("aria-expanded"))
                    .as_deref()
                    == Some("true")
            });
        if let Some(box_) = open_box {
            key.prevent_default();
            key.stop_propagation();
            close(tracker, clock, &box_);
        }
    });
}

/// The badge button of a `.disagree` box.
fn button(box_: &Element) -> Option<HtmlElement> {
    box_.query_selector(".badge")
        .ok()
        .flatten()
        .map(|b| b.unchecked_into::<HtmlElement>())
}

/// Closes a box's panel and returns focus to its badge.
fn close(tracker: &'static Tracker, clock: Clock, box_: &Element) {
    set_open(tracker, clock, box_, false);
    if let Some(b) = button(box_) {
        let _ = b.focus();
    }
}

/// Opens or closes a box's panel; its claims are drawn only while it is open.
fn set_open(tracker: &'static Tracker, clock: Clock, box_: &Element, open: bool) {
    let subject_id = box_.get_attribute("data-subject").unwrap_or_default();
    let anchored = box_.get_attribute("data-place").as_deref() == Some("subject");
    let groups = open
        .then(|| {
            let groups = leptos::prelude::untrack(|| {
                super::region(tracker, clock, &Region::Groups(&subject_id))
            });
            (!groups.is_empty()).then_some(groups)
        })
        .flatten()
        .unwrap_or_default();
    if let Some(b) = button(box_) {
        let _ = b.set_attribute("aria-expanded", if open { "true" } else { "false" });
    }
    if let Some(panel) = box_
        .query_selector(".disagree-panel")
        .ok()
        .flatten()
        .map(|p| p.unchecked_into::<HtmlElement>())
    {
        panel.set_hidden(!open);
        if let Some(g) = panel.query_selector(".groups").ok().flatten() {
            g.set_inner_html(&groups);
            // The table's claims are anchored, as in the subject's own section; elsewhere
            // they go without their deep-link ids and links, so each id stays unique.
            if !anchored {
                for link in browser::all(&g, ".permalink") {
                    link.remove();
                }
                for claim in browser::all(&g, "[id]") {
                    let _ = claim.remove_attribute("id");
                    let _ = claim.remove_attribute("tabindex");
                }
            }
        }
    }
}
