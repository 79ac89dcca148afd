//! One phase's panel: the answer first (status, deadlines with their countdown, and whether
//! sources disagree), then the evidence in disclosures that say what they hold (what
//! happened, what sources say, the phase and its places). Everything is markup from
//! [`crate::html`], drawn by the build for every state and shown when what is known changes; the badges are wired by
//! `ui::disagree` and the countdown's clock cells filled by `ui::countdown`'s ticker.

use super::clock::Clock;
use super::countdown::countdown_section;
use super::live;
use super::Live;
use super::Tracker;
use crate::core::regions::Region;
use crate::html;
use leptos::prelude::*;

/// The id of a phase's disclosure: `more-events-federal`.
pub fn disclosure_id(kind: &str, phase: &str) -> String {
    format!("more-{kind}-{phase}")
}

/// A disclosure: a `<details>` whose summary, a heading, says what is inside. It works
/// without JavaScript, and the browser's find-in-page opens it. (A plain function rather
/// than a component with `Children`, whose type-erased views cost wasm.)
pub fn more(id: String, summary: Live, body: Live) -> impl IntoView {
    view! {
        <details class="more" id=id>
            <summary><h2 class="more-title">{summary}</h2></summary>
            <div class="more-body" inner_html=body></div>
        </details>
    }
}

/// Everything about one phase.
pub fn phase_panel(
    tracker: &'static Tracker,
    clock: Clock,
    phase: &'static str,
    compact: bool,
) -> impl IntoView {
    let status = live(move || super::region(tracker, clock, &Region::Status(phase)));
    let events = (!compact).then(|| {
        let summary = live(move || super::region(tracker, clock, &Region::EventsSummary(phase)));
        more(
            disclosure_id("events", phase),
            summary,
            live(move || super::region(tracker, clock, &Region::Events(phase))),
        )
    });
    let claims_summary = live(move || super::region(tracker, clock, &Region::ClaimsSummary(phase)));
    let sections = live(move || super::region(tracker, clock, &Region::Sections(phase)));
    let badges = live(move || super::region(tracker, clock, &Region::CompletionBadges(phase)));
    let about = live(move || tracker.fixed(&Region::About(phase)));
    view! {
        <div class="phase">
            <h2 class="sr-only" id=html::phase_name_id(phase) inner_html=tracker.fixed(&Region::PhaseName(phase))></h2>
            <div class="glance">
                <div class="status-row">
                    <div class="status-box" inner_html=status></div>
                    <div class="badges" inner_html=badges></div>
                </div>
                {countdown_section(tracker, clock, phase)}
            </div>
            <div class="evidence">
                {events}
                {more(disclosure_id("claims", phase), claims_summary, sections)}
                {more(
                    disclosure_id("about", phase),
                    about,
                    live(move || tracker.fixed(&Region::Intro(phase))),
                )}
            </div>
        </div>
    }
}
