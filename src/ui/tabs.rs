//! Phase tabs (the WAI-ARIA tabs pattern): arrow keys, Home and End move between them, and
//! the selected tab is a deep link (`#phase-N`). The tab list is markup from
//! [`crate::html::tabs`] (each tab names its phase and that phase's status, so a reader sees
//! both without switching), drawn by the build for every state and shown when what is known
//! changes; [`select`] applies a
//! selection to the page.

use super::browser;
use super::clock::Clock;
use super::live;
use super::panel::phase_panel;
use super::Tracker;
use crate::core::params::phase_fragment;
use crate::core::regions::Region;
use crate::html;
use crate::text;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Event, KeyboardEvent};

/// The index a key press moves to from `current` among `count` tabs, if it is a tab key;
/// right to left, the arrows are mirrored, as the APG prescribes (the next tab is to the
/// left).
fn key_target(key: &str, current: usize, count: usize) -> Option<usize> {
    let (next, previous) = if text::RTL {
        ("ArrowLeft", "ArrowRight")
    } else {
        ("ArrowRight", "ArrowLeft")
    };
    match key {
        k if k == next || k == "ArrowDown" => Some((current + 1) % count),
        k if k == previous || k == "ArrowUp" => Some((current + count - 1) % count),
        "Home" => Some(0),
        "End" => Some(count - 1),
        _ => None,
    }
}

/// Selects the tab at `index`: marks it selected, shows its panel, hides the others, and
/// focuses it when asked. A reader's selection (`by_reader`) is put in the URL's fragment; a
/// deep link's is not, so the address keeps the item it names.
pub fn select(selected: RwSignal<usize>, count: usize, index: usize, focus: bool, by_reader: bool) {
    selected.set(index);
    for i in 0..count {
        let on = i == index;
        if let Some(tab) = browser::element(&html::tab_id(i)) {
            let _ = tab.set_attribute("aria-selected", if on { "true" } else { "false" });
            let _ = tab.set_attribute("tabindex", if on { "0" } else { "-1" });
        }
        if let Some(panel) = browser::element(&html::panel_id(i)) {
            panel.set_hidden(!on);
        }
    }
    if by_reader {
        browser::replace_url(&phase_fragment(index));
    }
    if focus {
        browser::focus(&html::tab_id(index));
    }
    super::host::report();
}

/// The tab list and one panel per phase.
pub fn phase_tabs(
    tracker: &'static Tracker,
    clock: Clock,
    selected: RwSignal<usize>,
    compact: bool,
) -> impl IntoView {
    let count = tracker.facts.phases.len();
    // The open phase's panel is drawn with the rest; the others are drawn one task later
    // (`draw_later`), so no single task at start is long. The page rendered at build time
    // draws every panel.
    let initial = selected.get_untracked();
    let tabs = live(move || super::region(tracker, clock, &Region::Tabs(selected.get_untracked())));
    if !clock.built {
        set_timeout(
            move || {
                let Some(list) = browser::element("tablist") else {
                    return;
                };
                browser::on_event(&list, "click", move |event: Event| {
                    let tab =
                        browser::target(&event).and_then(|t| browser::closest(&t, "[role=tab]"));
                    let index = tab
                        .and_then(|t| t.get_attribute("data-index"))
                        .and_then(|i| i.parse().ok());
                    if let Some(i) = index {
                        select(selected, count, i, false, true);
                    }
                });
                browser::on_event(&list, "keydown", move |event: Event| {
                    let key = event.unchecked_into::<KeyboardEvent>();
                    if let Some(next) = key_target(&key.key(), selected.get_untracked(), count) {
                        key.prevent_default();
                        select(selected, count, next, true, true);
                    }
                });
            },
            std::time::Duration::ZERO,
        );
    }
    let panels = tracker
        .facts
        .phases
        .iter()
        .enumerate()
        .map(|(i, phase)| {
            let panel = move || phase_panel(tracker, clock, phase.as_str(), compact);
            let now = clock.built || i == initial;
            if !now {
                draw_later(html::panel_id(i), panel, move || {
                    super::countdown::fill(tracker, clock, true)
                });
            }
            view! {
                <div
                    role="tabpanel"
                    class="tabpanel"
                    id=html::panel_id(i)
                    aria-labelledby=html::tab_id(i)
                    tabindex="0"
                    hidden=i != initial
                >
                    {now.then(panel)}
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="tabs">
            <div role="tablist" class="tablist" id="tablist" aria-label=text::TABS_LABEL inner_html=tabs></div>
            {panels}
        </div>
    }
}

/// Mounts `panel` into the element `id` in a later task, once the tabs are in the page,
/// then calls `then`.
fn draw_later<V: IntoView + 'static>(
    id: String,
    panel: impl FnOnce() -> V + 'static,
    then: impl FnOnce() + 'static,
) {
    set_timeout(
        move || {
            if let Some(el) = browser::element(&id) {
                leptos::mount::mount_to(el, panel).forget();
                then();
            }
        },
        std::time::Duration::ZERO,
    );
}
