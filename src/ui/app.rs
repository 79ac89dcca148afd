//! The whole tracker: header, phase tabs (each with its glance and evidence), the timeline
//! with its replay, and the story-wide claims and events in a disclosure; and, in a frame,
//! the article's messages.

use super::axis::axis;
use super::clock::Clock;
use super::live;
use super::panel::more;
use super::tabs::phase_tabs;
use super::Tracker;
use crate::core::params::Params;
use crate::core::regions::Region;
use crate::html;
use leptos::prelude::*;

/// The tracker, configured by the page's URL `params`, showing the instant of
/// `clock`: the Leptos component the widget mounts (a plain function rather than a
/// `#[component]`, so no props builder in the wasm).
pub fn app(tracker: &'static Tracker, params: Params, clock: Clock) -> impl IntoView {
    let selected = RwSignal::new(params.phase.unwrap_or(0));
    let compact = params.compact;
    // Title, dek and dates, redrawn when a newer source becomes known; a banner while a past
    // day is replayed.
    let header = live(move || {
        let banner = clock.replayed().map_or_else(String::new, |t| {
            html::preview_banner(tracker.facts.offset, t)
        });
        banner + &super::region(tracker, clock, &Region::Header)
    });
    super::disagree::wire(tracker, clock, "phase-tracker");
    super::countdown::run(tracker, clock);
    super::embed_code::wire(tracker, clock);
    // The replay control (drawn once, then kept current by ui/replay.rs) and, in a frame, the
    // article's messages; the first view draws the control as of the build.
    let replay = (!clock.built).then(|| super::replay::Replay::new(tracker, clock));
    let control = replay.as_ref().map_or_else(
        || {
            let built = tracker.facts.day_of(clock.now.get_untracked());
            super::replay::markup(tracker, clock, built, None)
        },
        super::replay::Replay::markup,
    );
    if let Some(replay) = replay {
        super::replay::wire(replay.clone());
        let id = params
            .embed_id
            .clone()
            .unwrap_or_else(|| crate::core::embed::DEFAULT_EMBED_ID.to_owned());
        super::host::wire(replay, selected, tracker.facts.phases.len(), id);
    }
    let summary = live(move || super::region(tracker, clock, &Region::ContextSummary));
    let story_wide = live(move || super::region(tracker, clock, &Region::StoryWide));
    let view = view! {
        <header class="tracker-header" inner_html=header></header>
        {phase_tabs(tracker, clock, selected, compact)}
        {(!compact).then(|| axis(tracker, clock, control))}
        <div class="tail">
            {more("more-context".to_owned(), summary, story_wide)}
            <footer class="tracker-footer" inner_html=html::embed_control()></footer>
        </div>
    };
    // After the tabs have queued the drawing of the phases not open at start, so the item a
    // deep link names is in the page when the link is followed.
    super::deep_link::follow(tracker, clock, selected);
    view
}
