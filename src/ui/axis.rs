//! The timeline: markup from [`crate::html::timeline_frame`], drawn by the build for every
//! state (each phase's deadline windows, its deadlines and reported completions as links to
//! their evidence, quarter ticks, with a caption and legend), with the "today" line and its
//! legend put in for the clock's instant ([`crate::html::with_today`]); and below it the
//! replay control ([`super::replay`]).

use super::clock::Clock;
use super::live;
use super::Tracker;
use crate::core::regions::Region;
use crate::html;
use crate::text;
use leptos::prelude::*;

/// The axis across the story's span, with the replay's `control` markup below it.
pub fn axis(tracker: &'static Tracker, clock: Clock, control: String) -> impl IntoView {
    // Redrawn when a claim becomes known, a deadline passes, or a minute turns (the story's
    // offset is whole minutes, so its days turn on the clock's minutes; a memo of the day
    // would cost more wasm than the redraw costs time).
    let figure = live(move || {
        clock.as_of.track();
        clock.minute.track();
        let now = clock.now.get_untracked();
        let label = if clock.built || clock.replayed().is_some() {
            text::AXIS_AS_OF
        } else {
            text::AXIS_TODAY
        };
        let frame = super::region(tracker, clock, &Region::Timeline);
        let facts = &tracker.facts;
        html::with_today(
            &frame,
            facts.fraction(now),
            facts.phases.len(),
            &html::today_legend(facts.offset, now, label),
        )
    });
    // The replay `control`: drawn once, then kept current by the shell (ui/replay.rs), so a
    // drag is never redrawn under the pointer.
    let control = live(move || control.clone());
    view! {
        <figure class="timeline" inner_html=figure></figure>
        <div class="replay" inner_html=control></div>
    }
}
