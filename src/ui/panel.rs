//! One phase's panel: status, places, countdown, events and claims. Read-only parts are
//! markup from [`crate::html`]; the badges and the countdown are live components.

use super::clock::Clock;
use super::countdown::Countdown;
use super::live;
use super::subject::{Badges, SubjectSection};
use crate::core::status::phase_status;
use crate::core::story::{Phase, Story, SubjectKind};
use crate::html;
use crate::text;
use leptos::prelude::*;

/// Everything about one phase.
#[component]
pub fn PhasePanel(
    story: &'static Story,
    clock: Clock,
    phase: &'static Phase,
    compact: bool,
) -> impl IntoView {
    let status = live(move || html::status(story, &phase_status(story, phase, clock.as_of.get())));
    let events = (!compact).then(|| {
        view! {
            <div class="events-box" inner_html=live(move || html::events_section(story, phase, clock.as_of.get()))></div>
        }
    });
    let subjects = story
        .subjects
        .iter()
        .filter(|s| s.phase.as_deref() == Some(phase.id.as_str()))
        .filter(|s| !matches!(s.kind, SubjectKind::Deadline | SubjectKind::Completion))
        .map(|s| view! { <SubjectSection story clock subject=s/> })
        .collect_view();
    let name_id = html::phase_name_id(&phase.id);
    let claims_id = format!("claims-{}", phase.id);
    let labelled_by = format!("{name_id} {claims_id}");
    view! {
        <div class="phase">
            <h2 class="sr-only" id=name_id>{text::tab(&phase.name, phase.year)}</h2>
            <div class="status-row">
                <div class="status-box" inner_html=status></div>
                <Badges story clock phase=phase kind=SubjectKind::Completion/>
            </div>
            <div class="phase-intro" inner_html=html::phase_intro(story, phase)></div>
            <Countdown story clock phase/>
            {events}
            <section class="claims" aria-labelledby=labelled_by>
                <h2 id=claims_id>{text::CLAIMS}</h2>
                {subjects}
            </section>
        </div>
    }
}
