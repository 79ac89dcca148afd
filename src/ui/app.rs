//! The whole tracker: header, phase tabs, time axis and the story-wide claims.

use super::clock::Clock;
use super::embed_code::EmbedCode;
use super::header::Header;
use super::subject::SubjectSection;
use super::tabs::PhaseTabs;
use crate::core::params::Params;
use crate::core::story::Story;
use crate::text;
use leptos::prelude::*;

/// The tracker for `story`, configured by the page's URL `params`, showing the instant of
/// `clock`.
#[component]
pub fn App(story: &'static Story, params: Params, clock: Clock) -> impl IntoView {
    let selected = RwSignal::new(params.phase.unwrap_or(0));
    let compact = params.compact;
    let story_wide = story
        .subjects
        .iter()
        .filter(|s| s.phase.is_none())
        .map(|s| view! { <SubjectSection story clock subject=s/> })
        .collect_view();
    view! {
        <Header story clock/>
        <PhaseTabs story clock selected compact/>
        <section class="context" aria-labelledby="context-heading">
            <h2 id="context-heading">{text::CONTEXT}</h2>
            {story_wide}
        </section>
        <EmbedCode story clock/>
    }
}
