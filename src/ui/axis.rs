//! The timeline: markup from [`crate::html::timeline`] (each phase's deadline windows, its
//! deadlines and reported completions as links to their evidence, quarter ticks and a
//! "today" line, with a caption and legend).

use super::clock::Clock;
use super::live;
use crate::core::axis::marks;
use crate::core::story::Story;
use crate::html;
use crate::text;
use leptos::prelude::*;

/// The axis across the story's span.
pub fn axis(story: &'static Story, clock: Clock) -> impl IntoView {
    // Redrawn when a claim becomes known, a deadline passes, or a minute turns (the story's
    // offset is whole minutes, so its days turn on the clock's minutes; a memo of the day
    // would cost more wasm than the redraw costs time).
    let figure = live(move || {
        clock.as_of.track();
        clock.minute.track();
        let now = clock.now.get_untracked();
        let label = if clock.built {
            text::AXIS_AS_OF
        } else {
            text::AXIS_TODAY
        };
        html::timeline(story, &marks(story, now), now, label)
    });
    view! { <figure class="timeline" inner_html=figure></figure> }
}
