//! Where a phase stands at an instant: what the sources known by then reported, with the
//! claims behind the answer. A status never rests on a forecast, a floor or an inference of
//! ours: a phase has started only when a source reports it started, and is complete only
//! when a source reports it complete.

use super::deadline::{positions, Position};
use super::story::{Claim, Phase, Story, SubjectKind};
use chrono::{DateTime, Duration, Utc};

/// How long a phase past its deadline may go without a new report before the tracker says
/// coverage has gone quiet: about two months.
pub const QUIET_AFTER_DAYS: i64 = 60;

/// A phase's state, as the sources reported it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// No source reports that it has started, and no deadline has passed.
    NoStartReported,
    /// A source reports that it started; no deadline has passed; no completion reported.
    StartReported,
    /// At least one deadline has passed and no source reports it complete.
    DeadlinePassed,
    /// A source reports it complete.
    CompletionReported,
}

/// A phase's state with the claims that decide it.
#[derive(Clone, Debug)]
pub struct PhaseStatus<'a> {
    /// The state.
    pub status: Status,
    /// The claims behind it: the completion reports, the passed deadlines' claims, or the
    /// start reports.
    pub basis: Vec<&'a Claim>,
    /// The deadlines the sources give, earliest first, as known by then.
    pub deadlines: Vec<Position<'a>>,
    /// The instant the status is for.
    pub as_of: DateTime<Utc>,
    /// For a phase past a deadline with no completion reported: the newest report on it,
    /// when that is at least [`QUIET_AFTER_DAYS`] old.
    pub quiet_since: Option<DateTime<Utc>>,
}

impl PhaseStatus<'_> {
    /// How many of the deadlines had passed by the status's instant.
    pub fn deadlines_passed(&self) -> usize {
        self.deadlines
            .iter()
            .filter(|p| p.target <= self.as_of)
            .count()
    }
}

/// The state of `phase` at `now`, using only what had been reported by `now`.
pub fn phase_status<'a>(story: &'a Story, phase: &'a Phase, now: DateTime<Utc>) -> PhaseStatus<'a> {
    let deadlines = positions(story, phase, now);
    let passed: Vec<&Claim> = deadlines
        .iter()
        .filter(|p| p.target <= now)
        .flat_map(|p| p.claims.iter().copied())
        .collect();
    let answer = |status, basis, quiet_since| PhaseStatus {
        status,
        basis,
        deadlines: deadlines.clone(),
        as_of: now,
        quiet_since,
    };

    let done = completions(story, phase, now);
    if !done.is_empty() {
        return answer(Status::CompletionReported, done, None);
    }
    if !passed.is_empty() {
        let quiet = last_report(story, phase, now)
            .filter(|last| now - *last >= Duration::days(QUIET_AFTER_DAYS));
        return answer(Status::DeadlinePassed, passed, quiet);
    }
    let zone = story.meta.offset;
    let starts: Vec<&Claim> = story
        .phase_claims(&phase.id, SubjectKind::Start, now)
        .filter(|c| c.reported_date().is_some_and(|d| d.reached(zone, now)))
        .collect();
    if !starts.is_empty() {
        return answer(Status::StartReported, starts, None);
    }
    answer(Status::NoStartReported, Vec::new(), None)
}

/// Completion claims on `phase` known by `now` that report it done (not forecasts) and
/// whose date had been reached (a completion reported "by" a day counts from its report).
pub fn completions<'a>(story: &'a Story, phase: &'a Phase, now: DateTime<Utc>) -> Vec<&'a Claim> {
    let zone = story.meta.offset;
    story
        .phase_claims(&phase.id, SubjectKind::Completion, now)
        .filter(|c| c.reported_date().is_some_and(|d| d.reached(zone, now)))
        .collect()
}

/// When the newest report on `phase` known by `now` was published: a claim on one of its
/// subjects, one of its events, or a source of its summary.
pub fn last_report(story: &Story, phase: &Phase, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let claims = story
        .claims
        .iter()
        .filter(|c| {
            story
                .subjects
                .iter()
                .any(|s| s.id == c.subject && s.phase.as_deref() == Some(phase.id.as_str()))
        })
        .map(|c| &c.source);
    let events = story
        .events_of(Some(&phase.id), now)
        .flat_map(|e| e.sources.iter());
    claims
        .chain(events)
        .chain(phase.sources.iter())
        .filter_map(|id| story.source(id))
        .map(|s| story.published_at(s))
        .filter(|t| *t <= now)
        .max()
}
