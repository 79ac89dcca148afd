//! The time axis: the SVG from [`crate::html::axis`] (each phase's deadline windows,
//! completions and a "today" line) with a caption in words.

use super::clock::Clock;
use crate::core::axis::marks;
use crate::core::date::{format_day, local_day};
use crate::core::story::Story;
use crate::html;
use crate::text;
use leptos::prelude::*;

/// The axis across the story's span.
#[component]
pub fn Axis(story: &'static Story, clock: Clock) -> impl IntoView {
    let day = Memo::new(move |_| local_day(clock.now.get(), story.meta.offset));
    // Redrawn when a claim becomes known, a deadline passes, or the day changes.
    let drawing = move || {
        clock.as_of.track();
        day.track();
        html::axis(story, &marks(story, clock.now.get_untracked()))
    };
    let span = format!(
        "{} – {}",
        format_day(story.meta.axis_start),
        format_day(story.meta.axis_end)
    );
    let today = move || format_day(day.get());
    view! {
        <figure class="axis">
            <div class="axis-box" inner_html=drawing></div>
            <figcaption>
                <span>{text::AXIS} " (" {span} ")"</span>
                <span class="legend">
                    <span class="key window-key" aria-hidden="true"></span>{text::AXIS_DEADLINE}
                    <span class="key done-key" aria-hidden="true"></span>{text::AXIS_DONE}
                    <span class="key today-key" aria-hidden="true"></span>{text::AXIS_TODAY} " " {today}
                </span>
            </figcaption>
        </figure>
    }
}
