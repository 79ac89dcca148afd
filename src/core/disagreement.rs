//! Disagreements, computed from the claims and never hand-flagged: two claims on the same
//! subject conflict when their date intervals do not overlap, or their categorical values
//! differ. A subject with any conflicting pair has a disagreement, listed as its claims
//! grouped by value.

use super::date::Interval;
use super::story::{Claim, ClaimValue, Story, Subject};
use chrono::{DateTime, FixedOffset, Utc};

/// Claims that say the same thing about a subject.
#[derive(Clone, Debug)]
pub struct ValueGroup<'a> {
    /// The claims, in data-file order.
    pub claims: Vec<&'a Claim>,
}

impl<'a> ValueGroup<'a> {
    /// The value they share (the first claim's).
    pub fn value(&self) -> &'a ClaimValue {
        &self.claims[0].value
    }
}

/// A subject on which sources conflict, as it stood at some instant.
#[derive(Clone, Debug)]
pub struct Disagreement<'a> {
    /// What is disputed.
    pub subject: &'a Subject,
    /// The claims, grouped by value, in order of each group's first claim.
    pub groups: Vec<ValueGroup<'a>>,
    /// How many distinct sources made the claims.
    pub source_count: usize,
}

/// What two claims are compared by: the instants a date allows, or a category's key.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Compared<'a> {
    Dates(Interval),
    Category(&'a str),
}

fn compared(value: &ClaimValue, zone: FixedOffset) -> Compared<'_> {
    match value {
        ClaimValue::Date(d) => Compared::Dates(d.interval(zone)),
        ClaimValue::Category { key, .. } => Compared::Category(key),
    }
}

/// True when two values about the same subject cannot both be right.
pub fn conflicts(a: &ClaimValue, b: &ClaimValue, zone: FixedOffset) -> bool {
    match (compared(a, zone), compared(b, zone)) {
        (Compared::Dates(x), Compared::Dates(y)) => !x.overlaps(&y),
        (Compared::Category(x), Compared::Category(y)) => x != y,
        _ => true,
    }
}

/// The disagreement on `subject` among claims known by `now`, if any.
pub fn disagreement<'a>(
    story: &'a Story,
    subject: &'a Subject,
    now: DateTime<Utc>,
) -> Option<Disagreement<'a>> {
    let zone = story.meta.offset;
    let claims: Vec<&Claim> = story.claims_on(&subject.id, now).collect();
    let any_conflict = claims.iter().enumerate().any(|(i, a)| {
        claims[i + 1..]
            .iter()
            .any(|b| conflicts(&a.value, &b.value, zone))
    });
    if !any_conflict {
        return None;
    }
    let mut groups: Vec<(Compared, ValueGroup)> = Vec::new();
    for claim in &claims {
        let key = compared(&claim.value, zone);
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, group)) => group.claims.push(claim),
            None => groups.push((
                key,
                ValueGroup {
                    claims: vec![claim],
                },
            )),
        }
    }
    let mut sources: Vec<&str> = claims.iter().map(|c| c.source.as_str()).collect();
    super::sort::sort_by_key(&mut sources, |s| *s);
    sources.dedup();
    Some(Disagreement {
        subject,
        groups: groups.into_iter().map(|(_, g)| g).collect(),
        source_count: sources.len(),
    })
}

/// Every disagreement known by `now` on subjects of `phase` (or on story-wide subjects,
/// for `None`), in subject order.
pub fn disagreements<'a>(
    story: &'a Story,
    phase: Option<&str>,
    now: DateTime<Utc>,
) -> Vec<Disagreement<'a>> {
    story
        .subjects
        .iter()
        .filter(|s| s.phase.as_deref() == phase)
        .filter_map(|s| disagreement(story, s, now))
        .collect()
}
