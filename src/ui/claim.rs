//! A claim as a reader sees it, and links to sources: every claim and event shows its
//! outlet, date and link.

use crate::core::date::{format_day, local_day};
use crate::core::story::{Claim, ClaimValue, Source, Story};
use crate::text;
use leptos::prelude::*;

/// What a claim says, in words: the date as the source wrote it, or the value's label.
pub fn value_text(value: &ClaimValue) -> String {
    match value {
        ClaimValue::Date(d) => d.to_string(),
        ClaimValue::Category { label, .. } => label.clone(),
    }
}

/// True when a claim's value is an inferred date.
pub fn value_inferred(value: &ClaimValue) -> bool {
    matches!(value, ClaimValue::Date(d) if d.inferred)
}

/// A link to one source, opening in a new tab; plain text when no link was found.
#[component]
pub fn SourceLink(story: &'static Story, source: &'static Source) -> impl IntoView {
    let day = format_day(local_day(story.published_at(source), story.meta.offset));
    let via = source.via.as_deref().map(text::via);
    let title = source.headline.clone().unwrap_or_default();
    let name = match &via {
        Some(v) => format!("{} ({v})", source.outlet),
        None => source.outlet.clone(),
    };
    let link = match &source.url {
        Some(url) => view! {
            <a href=url.clone() target="_blank" rel="noopener noreferrer" title=title>
                {name}
                <span class="sr-only">" " {text::NEW_TAB}</span>
            </a>
        }
        .into_any(),
        None => view! { <span>{name} " (" {text::NO_LINK} ")"</span> }.into_any(),
    };
    view! {
        <span class="source">
            {link}
            ", "
            <span class="published">{day}</span>
            {source.published.inferred.then(|| view! { <span class="inferred">" (" {text::INFERRED} ")"</span> })}
        </span>
    }
}

/// Links to several sources by id, separated by semicolons.
#[component]
pub fn SourceLinks(story: &'static Story, ids: Vec<String>) -> impl IntoView {
    let links: Vec<_> = ids
        .iter()
        .filter_map(|id| story.source(id))
        .enumerate()
        .map(|(i, source)| {
            view! {
                {(i > 0).then_some("; ")}
                <SourceLink story source/>
            }
        })
        .collect();
    view! { <span class="sources">{links}</span> }
}

/// One claim: value, summary, quote, speaker and source.
#[component]
pub fn ClaimCard(story: &'static Story, claim: &'static Claim) -> impl IntoView {
    let source = story.source(&claim.source);
    let outlet = source.map(|s| s.outlet.as_str()).unwrap_or_default();
    let speaker = text::speaker(&claim.speaker, outlet);
    let quote = claim.quote.clone().map(|q| {
        view! {
            <blockquote class="quote">
                <p>"“" {q} "”"</p>
            </blockquote>
        }
    });
    view! {
        <li class="claim">
            <p class="claim-value">
                <strong>{value_text(&claim.value)}</strong>
                {value_inferred(&claim.value).then(|| view! { <span class="inferred">" (" {text::INFERRED} ")"</span> })}
            </p>
            <p class="claim-summary">{claim.summary.clone()}</p>
            {quote}
            <p class="claim-source">
                <span class="speaker">{speaker}</span>
                " · "
                {source.map(|source| view! { <SourceLink story source/> })}
            </p>
        </li>
    }
}
