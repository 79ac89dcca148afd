//! The tracker's header: title, dek, review date, newest source, and the preview banner.

use super::clock::Clock;
use crate::core::date::{format_day, local_day};
use crate::core::story::Story;
use crate::text;
use leptos::prelude::*;

/// Title, dek and dates; a banner when the clock is frozen for a preview.
#[component]
pub fn Header(story: &'static Story, clock: Clock) -> impl IntoView {
    let zone = story.meta.offset;
    let newest = move || {
        story
            .newest_source(clock.as_of.get())
            .map(|s| text::newest_source(&format_day(local_day(story.published_at(s), zone))))
    };
    let banner = clock.frozen.then(|| {
        let day = format_day(local_day(clock.now.get_untracked(), zone));
        view! { <p class="preview-banner" role="note">{text::preview(&day)}</p> }
    });
    view! {
        <header class="tracker-header">
            {banner}
            <h1 class="title">{story.meta.title.clone()}</h1>
            <p class="dek">{story.meta.dek.clone()}</p>
            <p class="dates">
                <span>{text::last_reviewed(&format_day(story.meta.last_reviewed))}</span>
                <span class="sep" aria-hidden="true">" · "</span>
                <span>{newest}</span>
            </p>
        </header>
    }
}
