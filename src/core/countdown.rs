//! Countdown arithmetic: time left to each deadline position the sources give, or time
//! since it passed, at no more precision than the sources gave, and for a completed phase
//! how early or late it was reported finished. Nothing depends on the machine's time zone.

use super::date::{local_day, Precision, ReportedDate};
use super::deadline::{floors, positions, Position};
use super::story::{Claim, Phase, Story};
use chrono::{DateTime, Duration, FixedOffset, Utc};

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

/// One deadline position and the time to or since it.
#[derive(Clone, Debug)]
pub struct DeadlineCountdown<'a> {
    /// The deadline and the claims that give it.
    pub position: Position<'a>,
    /// `target - now`: positive while it is ahead, zero or negative once it has passed.
    pub remaining: Duration,
}

impl DeadlineCountdown<'_> {
    /// The first instant after the deadline.
    pub fn target(&self) -> DateTime<Utc> {
        self.position.target
    }

    /// True once the deadline has passed.
    pub fn passed(&self) -> bool {
        self.remaining <= Duration::zero()
    }
}

/// How a countdown reads at the precision its sources gave: to the second for a deadline
/// given as a day, in whole days to the close of the window for one given as a week, a
/// month or a year (a month-level deadline is that month, not its last second).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reading {
    /// A day-level deadline: the exact time left or since.
    Exact(Remaining),
    /// A week-, month- or year-level deadline: calendar days, in the story's zone, until the
    /// window's last day (0 on that day) or since the day after it (0 on that day).
    Window {
        /// The precision the sources gave.
        precision: Precision,
        /// True once the window has closed.
        closed: bool,
        /// Whole calendar days.
        days: i64,
    },
}

/// How the countdown to `position` reads at `now`.
pub fn reading(position: &Position, zone: FixedOffset, now: DateTime<Utc>) -> Reading {
    reading_at(position.target, position.precision(), zone, now)
}

/// How the countdown to a deadline passing at `target`, given at `precision`, reads at `now`.
pub fn reading_at(
    target: DateTime<Utc>,
    precision: Precision,
    zone: FixedOffset,
    now: DateTime<Utc>,
) -> Reading {
    match precision {
        Precision::Day => Reading::Exact(time_to(target, now)),
        precision => {
            let closing = super::date::closing_day(target, zone);
            let today = local_day(now, zone);
            let closed = target <= now;
            let days = if closed {
                (today - closing).num_days() - 1
            } else {
                (closing - today).num_days()
            };
            Reading::Window {
                precision,
                closed,
                days: days.max(0),
            }
        }
    }
}

/// How the reported completion(s) compare with one deadline.
#[derive(Clone, Debug)]
pub struct Finish<'a> {
    /// The deadline, as its most precise claim gives it.
    pub deadline: &'a ReportedDate,
    /// The completion reports, in data-file order.
    pub completions: Vec<&'a Claim>,
    /// Calendar days from the deadline's closing day to the earliest and the latest reported
    /// completion day: positive is late, negative early. Equal when sources agree.
    pub days_late: (i64, i64),
}

/// A phase's countdown at an instant.
#[derive(Clone, Debug)]
pub struct Countdown<'a> {
    /// Each deadline position, earliest first. More than one means the sources disagree.
    pub deadlines: Vec<DeadlineCountdown<'a>>,
    /// "At least until" claims: floors, shown apart and never counted down.
    pub floors: Vec<&'a Claim>,
    /// For a phase reported completed: the completion against each deadline.
    pub finished: Vec<Finish<'a>>,
}

impl Countdown<'_> {
    /// True when a deadline is given to the day, so the countdown ticks by the second (and a
    /// reader needs a way to pause it); a count of days moves once a day.
    pub fn ticks_by_second(&self) -> bool {
        self.deadlines
            .iter()
            .any(|d| d.position.precision() == Precision::Day)
    }
}

/// The countdown for `phase` at `now`, from the claims known by `now`.
pub fn countdown<'a>(story: &'a Story, phase: &'a Phase, now: DateTime<Utc>) -> Countdown<'a> {
    let zone = story.meta.offset;
    let deadlines: Vec<DeadlineCountdown> = positions(story, phase, now)
        .into_iter()
        .map(|position| DeadlineCountdown {
            remaining: position.target - now,
            position,
        })
        .collect();
    let completions = super::status::completions(story, phase, now);
    let done_days: Vec<_> = completions
        .iter()
        .filter_map(|c| c.date())
        .map(|d| d.last_day)
        .collect();
    let finished = match (done_days.iter().min(), done_days.iter().max()) {
        (Some(first), Some(last)) => deadlines
            .iter()
            .map(|d| {
                let due = d.position.closing_day(zone);
                Finish {
                    deadline: d.position.date(),
                    completions: completions.clone(),
                    days_late: ((*first - due).num_days(), (*last - due).num_days()),
                }
            })
            .collect(),
        _ => Vec::new(),
    };
    Countdown {
        deadlines,
        floors: floors(story, phase, now).collect(),
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
        .map(|d| d.target())
        .filter(|t| opened < *t && *t <= now)
        .max()
}
