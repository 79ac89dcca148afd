//! The phases as WAI-ARIA tabs: arrow keys, Home and End move between them, and the
//! selected tab is a deep link (`#phase-N`).

use super::browser;
use super::clock::Clock;
use super::live;
use super::panel::PhasePanel;
use crate::core::params::phase_fragment;
use crate::core::story::Story;
use crate::html;
use crate::text;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

fn tab_id(index: usize) -> String {
    format!("tab-{}", index + 1)
}

fn panel_id(index: usize) -> String {
    format!("phase-panel-{}", index + 1)
}

/// The index a key press moves to from `current` among `count` tabs, if it is a tab key.
fn key_target(key: &str, current: usize, count: usize) -> Option<usize> {
    match key {
        "ArrowRight" | "ArrowDown" => Some((current + 1) % count),
        "ArrowLeft" | "ArrowUp" => Some((current + count - 1) % count),
        "Home" => Some(0),
        "End" => Some(count - 1),
        _ => None,
    }
}

/// The tab list, each tab naming its phase and that phase's status (so a reader sees both
/// without switching), and one panel per phase.
#[component]
pub fn PhaseTabs(
    story: &'static Story,
    clock: Clock,
    selected: RwSignal<usize>,
    compact: bool,
) -> impl IntoView {
    let count = story.phases.len();
    // The open phase's panel is drawn with the rest; the others are drawn one task later
    // (`draw_later`), so no single task at start is long. The page rendered at build time
    // draws every panel.
    let initial = selected.get_untracked();
    let select = move |index: usize, focus: bool| {
        selected.set(index);
        browser::replace_fragment(&phase_fragment(index));
        if focus {
            browser::focus(&tab_id(index));
        }
    };
    let on_key = move |ev: KeyboardEvent| {
        if let Some(next) = key_target(&ev.key(), selected.get_untracked(), count) {
            ev.prevent_default();
            select(next, true);
        }
    };
    let tabs = story
        .phases
        .iter()
        .enumerate()
        .map(|(i, phase)| {
            view! {
                <button
                    type="button"
                    role="tab"
                    class="tab"
                    id=tab_id(i)
                    aria-controls=panel_id(i)
                    aria-selected=move || (selected.get() == i).to_string()
                    tabindex=move || if selected.get() == i { "0" } else { "-1" }
                    on:click=move |_| select(i, false)
                    inner_html=live(move || html::tab(story, phase, clock.as_of.get()))
                ></button>
            }
        })
        .collect_view();
    let panels = story
        .phases
        .iter()
        .enumerate()
        .map(|(i, phase)| {
            let panel = move || view! { <PhasePanel story clock phase compact/> };
            let now = clock.built || i == initial;
            if !now {
                draw_later(panel_id(i), panel);
            }
            view! {
                <div
                    role="tabpanel"
                    class="tabpanel"
                    id=panel_id(i)
                    aria-labelledby=tab_id(i)
                    tabindex="0"
                    hidden=move || selected.get() != i
                >
                    {now.then(panel)}
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="tabs">
            <div role="tablist" class="tablist" aria-label=text::TABS_LABEL on:keydown=on_key>
                {tabs}
            </div>
            {panels}
        </div>
    }
}

/// Mounts `panel` into the element `id` in a later task, once the tabs are in the page.
fn draw_later<V: IntoView + 'static>(id: String, panel: impl FnOnce() -> V + 'static) {
    set_timeout(
        move || {
            if let Some(el) = browser::element(&id) {
                leptos::mount::mount_to(el, panel).forget();
            }
        },
        std::time::Duration::ZERO,
    );
}
