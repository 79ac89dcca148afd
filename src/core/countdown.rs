//! Countdown arithmetic: time left to each distinct deadline the sources give, or time
//! since it passed, and for a completed phase how early or late it finished. All in whole
//! seconds with chrono; nothing depends on the machine's time zone.

use super::story::{Claim, Phase, Story, SubjectKind};
use chrono::{DateTime, Duration, Utc};

/// A span split into days, hours, minutes and seconds (always non-negative).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Parts {
    /// Whole days.
    pub days: i64,
    /// Hours past the days, 0 to 23.
    pub hours: i64,
    /// Minutes past the hours, 0 to 59.
    pub minutes: i64,
    /// Seconds past the minutes, 0 to 59.
    pub seconds: i64,
}

impl Parts {
    /// Splits the magnitude of `span`.
    pub fn of(span: Duration) -> Self {
        let total = span.num_seconds().unsigned_abs() as i64;
        Self {
            days: total / 86_400,
            hours: total % 86_400 / 3_600,
            minutes: total % 3_600 / 60,
            seconds: total % 60,
        }
    }

    /// The span in seconds.
    pub fn total_seconds(&self) -> i64 {
        self.days * 86_400 + self.hours * 3_600 + self.minutes * 60 + self.seconds
    }
}

/// Time to an instant, or since it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Remaining {
    /// The instant is still ahead by this much.
    Left(Parts),
    /// The instant has passed (or is now), this long ago.
    Passed(Parts),
}

/// Time from `now` to `target`: [`Remaining::Passed`] from the target instant on.
pub fn time_to(target: DateTime<Utc>, now: DateTime<Utc>) -> Remaining {
    let span = target - now;
    if span > Duration::zero() {
        Remaining::Left(Parts::of(span))
    } else {
        Remaining::Passed(Parts::of(span))
    }
}

/// One distinct deadline and the time to or since it.
#[derive(Clone, Debug)]
pub struct DeadlineCountdown<'a> {
    /// The instant the deadline falls (the first instant after the period it names).
    pub target: DateTime<Utc>,
    /// The claims that give this deadline, in data-file order.
    pub claims: Vec<&'a Claim>,
    /// `target - now`: positive while it is ahead, zero or negative once it has passed.
    pub remaining: Duration,
}

impl DeadlineCountdown<'_> {
    /// True once the deadline has passed.
    pub fn passed(&self) -> bool {
        self.remaining <= Duration::zero()
    }

    /// Time left, or time since it passed.
    pub fn time(&self) -> Remaining {
        if self.passed() {
            Remaining::Passed(Parts::of(self.remaining))
        } else {
            Remaining::Left(Parts::of(self.remaining))
        }
    }
}

/// How the reported completion(s) compare with one deadline.
#[derive(Clone, Debug)]
pub struct Finish<'a> {
    /// The first claim giving the deadline.
    pub deadline: &'a Claim,
    /// The completion claims, in data-file order.
    pub completions: Vec<&'a Claim>,
    /// Calendar days from the deadline's last day to the earliest and the latest reported
    /// completion day: positive is late, negative early. Equal when sources agree.
    pub days_late: (i64, i64),
}

/// A phase's countdown at an instant.
#[derive(Clone, Debug)]
pub struct Countdown<'a> {
    /// Each distinct deadline, earliest first. More than one means the sources disagree and
    /// the countdown is a range.
    pub deadlines: Vec<DeadlineCountdown<'a>>,
    /// For a phase reported completed: the completion against each distinct deadline.
    pub finished: Vec<Finish<'a>>,
}

impl Countdown<'_> {
    /// True when the sources give more than one deadline.
    pub fn is_range(&self) -> bool {
        self.deadlines.len() > 1
    }
}

/// The countdown for `phase` at `now`, from the claims known by `now`.
pub fn countdown<'a>(story: &'a Story, phase: &'a Phase, now: DateTime<Utc>) -> Countdown<'a> {
    let zone = story.meta.offset;
    let mut deadlines: Vec<DeadlineCountdown> = Vec::new();
    for claim in story.phase_claims(&phase.id, SubjectKind::Deadline, now) {
        let Some(date) = claim.date() else { continue };
        let target = date.target(zone);
        match deadlines.iter_mut().find(|d| d.target == target) {
            Some(d) => d.claims.push(claim),
            None => deadlines.push(DeadlineCountdown {
                target,
                claims: vec![claim],
                remaining: target - now,
            }),
        }
    }
    super::sort::sort_by_key(&mut deadlines, |d| d.target);

    let completions = super::status::completions(story, phase, now);
    let done_days: Vec<_> = completions
        .iter()
        .filter_map(|c| c.date())
        .map(|d| d.last_day)
        .collect();
    let finished = match (done_days.iter().min(), done_days.iter().max()) {
        (Some(first), Some(last)) => deadlines
            .iter()
            .filter_map(|d| {
                let due = d.claims[0].date()?.last_day;
                Some(Finish {
                    deadline: d.claims[0],
                    completions: completions.clone(),
                    days_late: ((*first - due).num_days(), (*last - due).num_days()),
                })
            })
            .collect(),
        _ => Vec::new(),
    };
    Countdown {
        deadlines,
        finished,
    }
}

/// The latest deadline of `phase` that passed after `opened` and by `now`, to announce once
/// to a reader who had the page open when it passed.
pub fn newly_passed(
    story: &Story,
    phase: &Phase,
    opened: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    countdown(story, phase, now)
        .deadlines
        .iter()
        .map(|d| d.target)
        .filter(|t| opened < *t && *t <= now)
        .max()
}
