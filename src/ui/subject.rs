//! A subject's claims: listed in full where sources agree, or summarised with a
//! sources-disagree badge where they conflict.

use super::badge::Badge;
use super::clock::Clock;
use super::live;
use crate::core::disagreement::disagreement;
use crate::core::story::{Phase, Story, Subject, SubjectKind};
use crate::html;
use crate::text;
use leptos::prelude::*;

/// Badges for every disagreement on `phase`'s subjects of `kind`, as of the clock.
#[component]
pub fn Badges(
    story: &'static Story,
    clock: Clock,
    phase: &'static Phase,
    kind: SubjectKind,
) -> impl IntoView {
    move || {
        let now = clock.as_of.get();
        story
            .subjects_of(&phase.id, kind)
            .filter_map(|s| disagreement(story, s, now))
            .map(|d| view! { <Badge story disagreement=d/> })
            .collect_view()
    }
}

/// One subject with its claims.
#[component]
pub fn SubjectSection(
    story: &'static Story,
    clock: Clock,
    subject: &'static Subject,
) -> impl IntoView {
    let id = format!("subject-{}", subject.id.replace('.', "-"));
    let body = live(move || html::subject_body(story, subject, clock.as_of.get()));
    // The badge shows the same disagreement the body summarises; both move only with as_of.
    let badge = move || {
        disagreement(story, subject, clock.as_of.get())
            .map(|d| view! { <Badge story disagreement=d/> })
    };
    let labelled_by = id.clone();
    view! {
        <section class="subject" aria-labelledby=labelled_by>
            <h3 id=id>{text::heading(&subject.label)}</h3>
            <div class="subject-body" inner_html=body></div>
            {badge}
        </section>
    }
}
