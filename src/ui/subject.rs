//! A subject's claims: listed in full where sources agree, or summarised with a
//! sources-disagree badge where they conflict.

use super::badge::Badge;
use super::clock::Clock;
use crate::core::disagreement::disagreement;
use crate::core::story::{Phase, Story, Subject, SubjectKind};
use crate::html;
use crate::text;
use leptos::prelude::*;

/// "the deadline" → "The deadline".
fn heading(label: &str) -> String {
    let mut chars = label.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

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
    let body = move || {
        let now = clock.as_of.get();
        match disagreement(story, subject, now) {
            Some(d) => format!("<p class=\"values\">{}</p>", html::values_summary(&d)),
            None => {
                let claims = html::claims(story, story.claims_on(&subject.id, now));
                if claims.is_empty() {
                    format!("<p class=\"empty\">{}</p>", text::NO_CLAIMS)
                } else {
                    format!("<ul class=\"claim-list\">{claims}</ul>")
                }
            }
        }
    };
    let badge = move || {
        disagreement(story, subject, clock.as_of.get())
            .map(|d| view! { <Badge story disagreement=d/> })
    };
    let labelled_by = id.clone();
    view! {
        <section class="subject" aria-labelledby=labelled_by>
            <h3 id=id>{heading(&subject.label)}</h3>
            <div class="subject-body" inner_html=body></div>
            {badge}
        </section>
    }
}
