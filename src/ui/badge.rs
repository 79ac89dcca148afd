//! The sources-disagree badge: a button named for what is disputed and how many sources,
//! opening a panel with the conflicting claims side by side, grouped by value. Escape closes
//! it and focus returns to the badge.

use super::browser;
use super::live;
use crate::core::disagreement::Disagreement;
use crate::core::story::Story;
use crate::html;
use crate::text;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

/// The badge and its panel for one disagreement.
#[component]
pub fn Badge(story: &'static Story, disagreement: Disagreement<'static>) -> impl IntoView {
    let subject = disagreement.subject;
    let key = subject.id.replace('.', "-");
    let button_id = format!("badge-{key}");
    let panel_id = format!("disagree-{key}");
    let open = RwSignal::new(false);
    let close = {
        let button_id = button_id.clone();
        move || {
            open.set(false);
            browser::focus(&button_id);
        }
    };
    let on_key = {
        let close = close.clone();
        move |ev: KeyboardEvent| {
            if ev.key() == "Escape" && open.get_untracked() {
                ev.prevent_default();
                ev.stop_propagation();
                close();
            }
        }
    };
    // The side-by-side claims are drawn only while the panel is open: nobody sees them
    // before, and the build-time page and the first mount stay light.
    let groups = {
        let disagreement = disagreement.clone();
        live(move || {
            if open.get() {
                html::groups(story, &disagreement)
            } else {
                String::new()
            }
        })
    };
    let heading = text::panel_heading(&subject.label);
    let region_name = heading.clone();
    view! {
        <div class="disagree" on:keydown=on_key>
            <button
                type="button"
                class="badge"
                id=button_id
                aria-expanded=move || open.get().to_string()
                aria-controls=panel_id.clone()
                aria-label=text::badge_name(&subject.label, disagreement.source_count)
                on:click=move |_| open.update(|o| *o = !*o)
            >
                <span class="badge-icon" aria-hidden="true">"≠"</span>
                {text::badge_lead(&subject.label)}
                " "
                <span class="badge-count">{text::badge_count(disagreement.source_count)}</span>
            </button>
            <div class="disagree-panel" id=panel_id role="region" aria-label=region_name hidden=move || !open.get()>
                <div class="panel-head">
                    <p class="panel-title">{heading}</p>
                    <button type="button" class="close" on:click=move |_| close()>{text::CLOSE}</button>
                </div>
                <div class="groups" inner_html=groups></div>
            </div>
        </div>
    }
}
