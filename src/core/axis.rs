//! The timeline as fractions of its span (0 = start, 1 = end): each phase's deadline
//! windows, its marks (deadlines and reported completions), quarter ticks, and "today".
//! Marks closer than a mark's width are clustered, for each of a few widget widths, so no
//! two ever overlap.

use super::date::{local_day, start_of_day};
use super::deadline::positions;
use super::status::completions;
use super::story::{Claim, Story};
use chrono::{DateTime, Datelike, NaiveDate, Utc};

/// What a mark stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkKind {
    /// A deadline position closes here.
    Deadline,
    /// A source reports the phase complete by here.
    Completion,
}

/// One mark on a phase's row.
#[derive(Clone, Debug)]
pub struct Mark<'a> {
    /// What it stands for.
    pub kind: MarkKind,
    /// Where it falls.
    pub at: f64,
    /// The day it stands at: a deadline's closing day, a completion's reported day.
    pub day: NaiveDate,
    /// The claims behind it, in data-file order.
    pub claims: Vec<&'a Claim>,
}

/// One phase's row.
#[derive(Clone, Debug)]
pub struct PhaseRow<'a> {
    /// The phase's index, in tab order.
    pub phase: usize,
    /// Deadline windows as `(from, to)`: the period each position's most precise claim names
    /// (a month, a year), or its last day for "end of".
    pub windows: Vec<(f64, f64)>,
    /// Its marks, in the order they fall.
    pub marks: Vec<Mark<'a>>,
}

/// A tick at the first day of a quarter.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tick {
    /// Where it falls.
    pub at: f64,
    /// The quarter's first month, 1, 4, 7 or 10.
    pub month: u32,
    /// Its year.
    pub year: i32,
}

/// Everything the timeline draws.
#[derive(Clone, Debug)]
pub struct AxisMarks<'a> {
    /// One row per phase, in tab order.
    pub rows: Vec<PhaseRow<'a>>,
    /// The first day of each quarter inside the span.
    pub ticks: Vec<Tick>,
    /// Where `now` falls, if inside the span.
    pub today: Option<f64>,
}

/// The widths, in px, from which each clustering of the marks applies; the marks are
/// clustered for the narrowest width of each band.
pub const WIDTHS: [u32; 2] = [280, 600];

/// Marks nearer than this many px (a mark's width and a gap) are clustered.
pub const MARK_SPACE: f64 = 28.0;

/// Where `t` falls on the axis, clamped to 0..=1.
pub fn fraction(story: &Story, t: DateTime<Utc>) -> f64 {
    let axis = story.axis();
    let (Some(start), Some(end)) = (axis.earliest, axis.latest) else {
        return 0.0;
    };
    fraction_within((start, end), t)
}

/// Where `t` falls between `start` and `end`, clamped to 0..=1 (the live widget places
/// "today" with it, [`crate::core::facts::Facts::fraction`]).
pub fn fraction_within((start, end): (DateTime<Utc>, DateTime<Utc>), t: DateTime<Utc>) -> f64 {
    let span = (end - start).num_seconds().max(1) as f64;
    ((t - start).num_seconds() as f64 / span).clamp(0.0, 1.0)
}

/// Splits positions sorted in order into runs whose neighbours are less than `gap` apart:
/// each run is drawn as one mark. Returns each run's index range.
pub fn clusters(at: &[f64], gap: f64) -> Vec<core::ops::Range<usize>> {
    let mut runs: Vec<core::ops::Range<usize>> = Vec::new();
    for (i, x) in at.iter().enumerate() {
        match runs.last_mut() {
            Some(run) if x - at[run.end - 1] < gap => run.end = i + 1,
            _ => runs.push(i..i + 1),
        }
    }
    runs
}

/// The timeline at `now`, from claims known by then.
pub fn marks(story: &Story, now: DateTime<Utc>) -> AxisMarks<'_> {
    let zone = story.meta.offset;
    let rows = story
        .phases
        .iter()
        .enumerate()
        .map(|(i, phase)| {
            let positions = positions(story, phase, now);
            let windows = positions
                .iter()
                .map(|p| {
                    let d = p.date();
                    let from = d
                        .interval(zone)
                        .earliest
                        .unwrap_or_else(|| start_of_day(d.first_day, zone));
                    (fraction(story, from), fraction(story, p.target))
                })
                .collect();
            let mut marks: Vec<Mark> = positions
                .into_iter()
                .map(|p| Mark {
                    kind: MarkKind::Deadline,
                    at: fraction(story, p.target),
                    day: p.closing_day(zone),
                    claims: p.claims,
                })
                .collect();
            for claim in completions(story, phase, now) {
                let Some(date) = claim.date() else { continue };
                let known = date.known_from(zone);
                match marks
                    .iter_mut()
                    .find(|m| m.kind == MarkKind::Completion && m.day == local_day(known, zone))
                {
                    Some(m) => m.claims.push(claim),
                    None => marks.push(Mark {
                        kind: MarkKind::Completion,
                        at: fraction(story, known),
                        day: local_day(known, zone),
                        claims: vec![claim],
                    }),
                }
            }
            super::sort::sort_by_key(&mut marks, |m| m.at);
            PhaseRow {
                phase: i,
                windows,
                marks,
            }
        })
        .collect();
    let axis = story.axis();
    AxisMarks {
        rows,
        ticks: quarter_ticks(story),
        today: axis.contains(now).then(|| fraction(story, now)),
    }
}

/// The first day of every quarter inside the axis's span.
fn quarter_ticks(story: &Story) -> Vec<Tick> {
    let (start, end) = (story.meta.axis_start, story.meta.axis_end);
    let mut ticks = Vec::new();
    for year in start.year()..=end.year() {
        for month in [1, 4, 7, 10] {
            let Some(day) = NaiveDate::from_ymd_opt(year, month, 1) else {
                continue;
            };
            if day > start && day <= end {
                ticks.push(Tick {
                    at: fraction(story, start_of_day(day, story.meta.offset)),
                    month,
                    year,
                });
            }
        }
    }
    ticks
}
