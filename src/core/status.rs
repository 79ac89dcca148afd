//! Where a phase stands at an instant, from the claims known by then, with the claims
//! behind the answer.

use super::story::{Claim, Phase, Story, SubjectKind};
use chrono::{DateTime, Utc};

/// A phase's state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// No source says it has begun.
    Upcoming,
    /// Begun, no deadline passed, no completion reported.
    UnderWay,
    /// At least one reported deadline has passed and no completion is reported.
    Overdue,
    /// A source reports it completed.
    Completed,
}

/// A phase's state with the claims that decide it.
#[derive(Clone, Debug)]
pub struct PhaseStatus<'a> {
    /// The state.
    pub status: Status,
    /// The claims behind it: completions, passed deadlines, or starts.
    pub basis: Vec<&'a Claim>,
    /// How many deadline claims known by then had passed.
    pub deadlines_passed: usize,
    /// How many deadline claims were known by then.
    pub deadlines_known: usize,
}

/// The state of `phase` at `now`, using only what had been reported by `now`.
pub fn phase_status<'a>(story: &'a Story, phase: &'a Phase, now: DateTime<Utc>) -> PhaseStatus<'a> {
    let zone = story.meta.offset;
    let deadlines: Vec<&Claim> = story
        .phase_claims(&phase.id, SubjectKind::Deadline, now)
        .collect();
    let passed: Vec<&Claim> = deadlines
        .iter()
        .copied()
        .filter(|c| c.date().is_some_and(|d| d.target(zone) <= now))
        .collect();
    let counts = |status, basis| PhaseStatus {
        status,
        basis,
        deadlines_passed: passed.len(),
        deadlines_known: deadlines.len(),
    };

    let done = completions(story, phase, now);
    if !done.is_empty() {
        return counts(Status::Completed, done);
    }
    if !passed.is_empty() {
        return counts(Status::Overdue, passed.clone());
    }
    let starts: Vec<&Claim> = story
        .phase_claims(&phase.id, SubjectKind::Start, now)
        .filter(|c| c.date().is_some_and(|d| d.reached(zone, now)))
        .collect();
    if !starts.is_empty() {
        return counts(Status::UnderWay, starts);
    }
    if let Some(previous) = phase.starts_after.as_deref().and_then(|id| story.phase(id)) {
        let before = completions(story, previous, now);
        if !before.is_empty() {
            return counts(Status::UnderWay, before);
        }
    }
    counts(Status::Upcoming, Vec::new())
}

/// Completion claims on `phase` known by `now` whose date had been reached (a completion
/// reported "by" a day counts from its report).
pub fn completions<'a>(story: &'a Story, phase: &'a Phase, now: DateTime<Utc>) -> Vec<&'a Claim> {
    let zone = story.meta.offset;
    story
        .phase_claims(&phase.id, SubjectKind::Completion, now)
        .filter(|c| c.date().is_some_and(|d| d.reached(zone, now)))
        .collect()
}
