//! The timeline: markup from [`crate::html::timeline`] (each phase's deadline windows, its
//! deadlines and reported completions as links to their evidence, quarter ticks and a
//! "today" line, with a caption and legend), and below it the replay control
//! ([`super::replay`]).

use super::clock::Clock;
use super::live;
use crate::core::regions::Region;
use crate::core::story::Story;
use crate::html;
use crate::text;
use leptos::prelude::*;

/// The axis across the story's span, with the replay's `control` markup below it.
pub fn axis(story: &'static Story, clock: Clock, control: String) -> impl IntoView {
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
        let frame = super::region(story, clock, &Region::Timeline);
        let today = story
            .axis()
            .contains(now)
            .then(|| crate::core::axis::fraction(story, now));
        html::with_today(
            &frame,
            today,
            story.phases.len(),
            &html::today_legend(story, now, label),
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
