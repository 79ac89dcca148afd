//! Disagreements, computed from the claims and never hand-flagged. Each claim holds a
//! position on its subject:
//! - a deadline claim, the instant its deadline closes (a floor holds none);
//! - a start or completion claim, the instants its date allows;
//! - a fact claim, its value's key, compared only with values that count the same thing.
//!
//! Two positions conflict when the deadlines differ, the dates cannot both be right, or
//! the keys differ. A subject with any conflicting pair has a disagreement: the claims of
//! every measure in conflict, grouped by position, and the rest listed apart.

use super::date::Interval;
use super::deadline::distinct_sources;
use super::story::{Claim, ClaimValue, Story, Subject, SubjectKind};
use chrono::{DateTime, FixedOffset, Utc};

/// Claims that hold the same position on a subject.
#[derive(Clone, Debug)]
pub struct ValueGroup<'a> {
    /// The claims, in data-file order.
    pub claims: Vec<&'a Claim>,
}

impl<'a> ValueGroup<'a> {
    /// The value of the group's first claim.
    pub fn value(&self) -> &'a ClaimValue {
        &self.claims[0].value
    }

    /// How many distinct sources hold this position.
    pub fn source_count(&self) -> usize {
        distinct_sources(&self.claims)
    }
}

/// A subject on which sources conflict, as it stood at some instant.
#[derive(Clone, Debug)]
pub struct Disagreement<'a> {
    /// What is disputed.
    pub subject: &'a Subject,
    /// The positions in conflict, in order of each group's first claim.
    pub groups: Vec<ValueGroup<'a>>,
    /// Claims on the subject that hold no conflicting position (floors, accounts, values
    /// counting something else), in data-file order.
    pub others: Vec<&'a Claim>,
    /// How many distinct sources hold the conflicting positions.
    pub source_count: usize,
}

/// A claim's stance: the position it holds, what it is compared by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stance<'a> {
    /// A deadline: the instant it closes.
    Closes(DateTime<Utc>),
    /// A start or completion: the instants its date allows.
    Dates(Interval),
    /// A fact: what the value counts (if it is a measure) and its key.
    Value {
        /// What it counts, for a measure.
        counts: Option<&'a str>,
        /// The category.
        key: &'a str,
    },
}

impl Stance<'_> {
    /// The measure it belongs to: positions are compared only within one measure.
    fn measure(&self) -> Option<&str> {
        match self {
            Stance::Value { counts, .. } => *counts,
            _ => None,
        }
    }
}

/// The position `claim` holds on a subject of `kind`, or `None` when it holds none (a
/// floor, an account).
pub fn stance(claim: &Claim, kind: SubjectKind, zone: FixedOffset) -> Option<Stance<'_>> {
    match (&claim.value, kind) {
        (ClaimValue::Date(_), SubjectKind::Deadline) if claim.is_floor() => None,
        (ClaimValue::Date(d), SubjectKind::Deadline) => Some(Stance::Closes(d.target(zone))),
        (ClaimValue::Date(d), _) => Some(Stance::Dates(d.interval(zone))),
        (ClaimValue::Category { key, counts, .. }, _) => Some(Stance::Value {
            counts: counts.as_deref(),
            key,
        }),
        (ClaimValue::Account, _) => None,
    }
}

/// True when two positions on the same subject cannot both be right.
pub fn conflicts(a: &Stance, b: &Stance) -> bool {
    match (a, b) {
        (Stance::Closes(x), Stance::Closes(y)) => x != y,
        (Stance::Dates(x), Stance::Dates(y)) => !x.overlaps(y),
        (
            Stance::Value {
                counts: c1,
                key: k1,
            },
            Stance::Value {
                counts: c2,
                key: k2,
            },
        ) => c1 == c2 && k1 != k2,
        _ => false,
    }
}

/// The disagreement on `subject` among claims known by `now`, if any.
pub fn disagreement<'a>(
    story: &'a Story,
    subject: &'a Subject,
    now: DateTime<Utc>,
) -> Option<Disagreement<'a>> {
    let zone = story.meta.offset;
    let held: Vec<(&Claim, Option<Stance>)> = story
        .claims_on(&subject.id, now)
        .map(|c| (c, stance(c, subject.kind, zone)))
        .collect();
    let positions: Vec<&Stance> = held.iter().filter_map(|(_, p)| p.as_ref()).collect();
    let mut disputed: Vec<Option<&str>> = Vec::new();
    for (i, a) in positions.iter().enumerate() {
        if positions[i + 1..].iter().any(|b| conflicts(a, b)) && !disputed.contains(&a.measure()) {
            disputed.push(a.measure());
        }
    }
    if disputed.is_empty() {
        return None;
    }
    let mut groups: Vec<(&Stance, ValueGroup)> = Vec::new();
    let mut others = Vec::new();
    for (claim, held) in &held {
        match held.as_ref().filter(|p| disputed.contains(&p.measure())) {
            None => others.push(*claim),
            Some(p) => match groups.iter_mut().find(|(k, _)| *k == p) {
                Some((_, group)) => group.claims.push(claim),
                None => groups.push((
                    p,
                    ValueGroup {
                        claims: vec![claim],
                    },
                )),
            },
        }
    }
    let grouped: Vec<&Claim> = groups
        .iter()
        .flat_map(|(_, g)| g.claims.iter().copied())
        .collect();
    Some(Disagreement {
        subject,
        source_count: distinct_sources(&grouped),
        groups: groups.into_iter().map(|(_, g)| g).collect(),
        others,
    })
}

/// How many subjects `phase` (or the story, for `None`) has, and on how many sources
/// disagreed at `now`: what a disclosure's summary counts.
pub fn subject_counts(story: &Story, phase: Option<&str>, now: DateTime<Utc>) -> (usize, usize) {
    let subjects = story
        .subjects
        .iter()
        .filter(|s| s.phase.as_deref() == phase);
    let disputed = subjects
        .clone()
        .filter(|s| disagreement(story, s, now).is_some())
        .count();
    (subjects.count(), disputed)
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
