//! The time axis as fractions of its span (0 = left, 1 = right): each phase's deadline
//! windows and reported completions, year boundaries, and "today".

use super::date::start_of_day;
use super::deadline::positions;
use super::status::completions;
use super::story::Story;
use chrono::{DateTime, Datelike, NaiveDate, Utc};

/// One phase's row on the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct PhaseRow {
    /// The phase's id.
    pub phase: String,
    /// Deadline windows as `(from, to)` fractions, one per deadline position: the period
    /// its most precise claim names (a month, a year), or its last day for "end of".
    pub windows: Vec<(f64, f64)>,
    /// Reported completions as fractions.
    pub completions: Vec<f64>,
}

/// Everything the axis draws.
#[derive(Clone, Debug, PartialEq)]
pub struct AxisMarks {
    /// One row per phase, in tab order.
    pub rows: Vec<PhaseRow>,
    /// 1 January of each year inside the span, with its fraction.
    pub years: Vec<(i32, f64)>,
    /// Where `now` falls, if inside the span.
    pub today: Option<f64>,
}

/// Where `t` falls on the axis, clamped to 0..=1.
pub fn fraction(story: &Story, t: DateTime<Utc>) -> f64 {
    let axis = story.axis();
    let (Some(start), Some(end)) = (axis.earliest, axis.latest) else {
        return 0.0;
    };
    let span = (end - start).num_seconds().max(1) as f64;
    ((t - start).num_seconds() as f64 / span).clamp(0.0, 1.0)
}

/// The axis marks at `now`, from claims known by then.
pub fn marks(story: &Story, now: DateTime<Utc>) -> AxisMarks {
    let zone = story.meta.offset;
    let rows = story
        .phases
        .iter()
        .map(|phase| {
            let windows: Vec<(f64, f64)> = positions(story, phase, now)
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
            let completions = completions(story, phase, now)
                .iter()
                .filter_map(|c| c.date())
                .map(|d| fraction(story, d.known_from(zone)))
                .collect();
            PhaseRow {
                phase: phase.id.clone(),
                windows,
                completions,
            }
        })
        .collect();
    let years = (story.meta.axis_start.year() + 1..=story.meta.axis_end.year())
        .filter_map(|y| NaiveDate::from_ymd_opt(y, 1, 1))
        .map(|d| (d.year(), fraction(story, start_of_day(d, zone))))
        .collect();
    let axis = story.axis();
    AxisMarks {
        rows,
        years,
        today: axis.contains(now).then(|| fraction(story, now)),
    }
}
