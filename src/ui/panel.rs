//! One phase's panel: status, places, countdown, events and claims.

use super::clock::Clock;
use super::countdown::Countdown;
use super::subject::{Badges, SubjectSection};
use crate::core::status::{phase_status, Status};
use crate::core::story::{Phase, Story, SubjectKind};
use crate::html;
use crate::text;
use leptos::prelude::*;

/// A symbol for a status, so it is never told by colour alone.
fn status_symbol(status: Status) -> &'static str {
    match status {
        Status::Upcoming => "○",
        Status::UnderWay => "◐",
        Status::Overdue => "!",
        Status::Completed => "✓",
    }
}

/// Everything about one phase.
#[component]
pub fn PhasePanel(
    story: &'static Story,
    clock: Clock,
    phase: &'static Phase,
    compact: bool,
) -> impl IntoView {
    let status = move || {
        let now = clock.as_of.get();
        let st = phase_status(story, phase, now);
        let class = format!("status {}", text::status_class(st.status));
        let symbol = status_symbol(st.status);
        let detail = html::status_detail(story, &st);
        view! {
            <p class=class>
                <span class="status-symbol" aria-hidden="true">{symbol}</span>
                <strong class="status-text">{text::status(st.status)}</strong>
                " "
                <span class="status-detail" inner_html=detail></span>
            </p>
        }
    };
    let places = phase
        .places
        .iter()
        .map(|p| view! { <li>{p.clone()}</li> })
        .collect_view();
    let events = (!compact).then(|| {
        let list = move || {
            let items = html::events(story, story.events_of(Some(&phase.id), clock.as_of.get()));
            if items.is_empty() {
                view! { <p class="empty">{text::NO_EVENTS}</p> }.into_any()
            } else {
                view! { <ol class="events" inner_html=items></ol> }.into_any()
            }
        };
        view! {
            <section class="events-section" aria-labelledby=format!("events-{}", phase.id)>
                <h2 id=format!("events-{}", phase.id)>{text::EVENTS}</h2>
                {list}
            </section>
        }
    });
    let subjects = story
        .subjects
        .iter()
        .filter(|s| s.phase.as_deref() == Some(phase.id.as_str()))
        .filter(|s| !matches!(s.kind, SubjectKind::Deadline | SubjectKind::Completion))
        .map(|s| view! { <SubjectSection story clock subject=s/> })
        .collect_view();
    view! {
        <div class="phase">
            <div class="status-row">
                {status}
                <Badges story clock phase=phase kind=SubjectKind::Completion/>
            </div>
            <p class="phase-summary">{phase.summary.clone()}</p>
            <section class="places" aria-labelledby=format!("places-{}", phase.id)>
                <h2 id=format!("places-{}", phase.id)>{text::PLACES}</h2>
                <ul>{places}</ul>
            </section>
            <Countdown story clock phase/>
            {events}
            <section class="claims" aria-labelledby=format!("claims-{}", phase.id)>
                <h2 id=format!("claims-{}", phase.id)>{text::CLAIMS}</h2>
                {subjects}
            </section>
        </div>
    }
}
