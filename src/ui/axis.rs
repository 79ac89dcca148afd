//! The time axis: markup from [`crate::html::axis_figure`] (each phase's deadline windows,
//! completions and a "today" line, with a caption in words).

use super::clock::Clock;
use super::live;
use crate::core::axis::marks;
use crate::core::date::local_day;
use crate::core::story::Story;
use crate::html;
use crate::text;
use leptos::prelude::*;

/// The axis across the story's span.
#[component]
pub fn Axis(story: &'static Story, clock: Clock) -> impl IntoView {
    // The story's offset is whole minutes, so its days turn on the clock's minutes.
    let day = Memo::new(move |_| local_day(clock.minute.get(), story.meta.offset));
    // Redrawn when a claim becomes known, a deadline passes, or the day changes.
    let figure = live(move || {
        clock.as_of.track();
        day.track();
        let now = clock.now.get_untracked();
        let label = if clock.built {
            text::AXIS_AS_OF
        } else {
            text::AXIS_TODAY
        };
        html::axis_figure(story, &marks(story, now), now, label)
    });
    view! { <figure class="axis" inner_html=figure></figure> }
}
