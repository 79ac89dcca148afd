//! The tracker's header: markup from [`crate::html::header`], redrawn when a newer source
//! becomes known.

use super::clock::Clock;
use super::live;
use crate::core::story::Story;
use crate::html;
use leptos::prelude::*;

/// Title, dek and dates; a banner when the clock is frozen for a preview.
#[component]
pub fn Header(story: &'static Story, clock: Clock) -> impl IntoView {
    let preview = clock.frozen.then(|| clock.now.get_untracked());
    let inner = live(move || html::header(story, clock.as_of.get(), preview));
    view! { <header class="tracker-header" inner_html=inner></header> }
}
