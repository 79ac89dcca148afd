//! Replaying the reporting: the tracker as it stood on any day, the days on which what it
//! shows changed, and what changed on each. A replayed day shows what had been reported by
//! its first instant in the story's zone, exactly as `?now=YYYY-MM-DD` does, so a report
//! dated that day is part of it. The build works out what changed on each day
//! ([`change_days`], [`change_on`]) and writes it into the page in the page's words
//! ([`Note`]); the wasm only reads those notes and moves the day ([`step`], [`snap`]).

use super::date::{local_day, start_of_day};
use super::disagreement::disagreement;
use super::status::{phase_status, Status};
use super::story::{Claim, Event, Phase, Source, Story, Subject};
use chrono::{DateTime, Days, Months, NaiveDate, Utc};

/// What changed in the tracker on one day, compared with the day before.
#[derive(Clone, Debug, Default)]
pub struct Change<'a> {
    /// The day.
    pub day: NaiveDate,
    /// Events that became known (a source reporting them was published), in date order.
    pub events: Vec<&'a Event>,
    /// Claims that became known, in data-file order.
    pub claims: Vec<&'a Claim>,
    /// Subjects on which the sources began to disagree.
    pub disputes: Vec<&'a Subject>,
    /// Phases whose status changed, with the new status.
    pub statuses: Vec<(&'a Phase, Status)>,
    /// The sources published that day that the new claims and events come from, each once,
    /// in the order of those claims and events.
    pub sources: Vec<&'a Source>,
}

impl Change<'_> {
    /// True when nothing the tracker shows changed.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
            && self.claims.is_empty()
            && self.disputes.is_empty()
            && self.statuses.is_empty()
    }
}

/// The instant a replay of `day` shows: its first instant in the story's zone.
pub fn instant(story: &Story, day: NaiveDate) -> DateTime<Utc> {
    start_of_day(day, story.meta.offset)
}

/// The day a replay at `now` stands on, in the story's zone.
pub fn day_of(story: &Story, now: DateTime<Utc>) -> NaiveDate {
    local_day(now, story.meta.offset)
}

/// What changed on `day`: what the tracker shows at its first instant against what it showed
/// at the first instant of the day before.
pub fn change_on(story: &Story, day: NaiveDate) -> Change<'_> {
    let at = instant(story, day);
    let before = instant(story, day.pred_opt().unwrap_or(day));
    let new = |known: &dyn Fn(DateTime<Utc>) -> bool| known(at) && !known(before);
    let mut change = Change {
        day,
        events: story
            .events
            .iter()
            .filter(|e| new(&|t| story.event_known(e, t)))
            .collect(),
        claims: story
            .claims
            .iter()
            .filter(|c| new(&|t| story.claim_known(c, t)))
            .collect(),
        disputes: story
            .subjects
            .iter()
            .filter(|s| new(&|t| disagreement(story, s, t).is_some()))
            .collect(),
        statuses: story
            .phases
            .iter()
            .filter_map(|p| {
                let now = phase_status(story, p, at).status;
                (now != phase_status(story, p, before).status).then_some((p, now))
            })
            .collect(),
        sources: Vec::new(),
    };
    let ids = change.claims.iter().map(|c| &c.source);
    let ids = ids.chain(change.events.iter().flat_map(|e| &e.sources));
    change.sources = story.distinct_sources(ids);
    change
        .sources
        .retain(|s| new(&|t| story.published_at(s) <= t));
    change
}

/// The day the replay begins: the day the earliest source was published.
pub fn first_day(story: &Story) -> Option<NaiveDate> {
    story
        .sources
        .iter()
        .map(|s| day_of(story, story.published_at(s)))
        .min()
}

/// Every day from the first report to `today` on which something the tracker shows changed,
/// in order: the days of the story's change points (a report published, a dated start or
/// completion reached, a deadline passed), less those on which nothing visible changed.
pub fn change_days(story: &Story, today: NaiveDate) -> Vec<NaiveDate> {
    let mut days: Vec<NaiveDate> = story
        .change_points()
        .into_iter()
        .map(|p| {
            // The first day whose first instant is at or after the change.
            let day = day_of(story, p);
            if instant(story, day) < p {
                day.succ_opt().unwrap_or(day)
            } else {
                day
            }
        })
        .filter(|d| *d <= today)
        .collect();
    days.dedup();
    days.retain(|d| !change_on(story, *d).is_empty());
    days
}

/// A move of the replay's day, as the slider's keys make it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// A day later (positive) or earlier (negative).
    Days(i64),
    /// A month later (positive) or earlier (negative).
    Months(i32),
    /// The first report's day.
    First,
    /// Today.
    Last,
    /// The latest change day before the day.
    PreviousChange,
    /// The earliest change day after the day.
    NextChange,
}

/// The move a key makes on the slider (the APG slider's keys): the arrows a day, Page Up
/// and Page Down a month, Home and End the first report and today; on a right-to-left page
/// (`rtl`) the slider runs from the right, so the left arrow goes forward. `None` for any
/// other key.
pub fn key_step(key: &str, rtl: bool) -> Option<Step> {
    let forward = if rtl { "ArrowLeft" } else { "ArrowRight" };
    Some(match key {
        "ArrowUp" => Step::Days(1),
        "ArrowDown" => Step::Days(-1),
        k if k == forward => Step::Days(1),
        "ArrowLeft" | "ArrowRight" => Step::Days(-1),
        "PageUp" => Step::Months(1),
        "PageDown" => Step::Months(-1),
        "Home" => Step::First,
        "End" => Step::Last,
        _ => return None,
    })
}

/// The day a replay on `day` moves to with `step`, kept within `first ..= today`; `days` are
/// the change days ([`change_days`]).
pub fn step(
    day: NaiveDate,
    step: Step,
    first: NaiveDate,
    today: NaiveDate,
    days: &[NaiveDate],
) -> NaiveDate {
    let moved = match step {
        Step::Days(n) if n >= 0 => day.checked_add_days(Days::new(n.unsigned_abs())),
        Step::Days(n) => day.checked_sub_days(Days::new(n.unsigned_abs())),
        Step::Months(n) if n >= 0 => day.checked_add_months(Months::new(n.unsigned_abs())),
        Step::Months(n) => day.checked_sub_months(Months::new(n.unsigned_abs())),
        Step::First => Some(first),
        Step::Last => Some(today),
        Step::PreviousChange => days.iter().rev().find(|d| **d < day).copied(),
        Step::NextChange => days.iter().find(|d| **d > day).copied().or(Some(today)),
    };
    moved.unwrap_or(day).clamp(first, today.max(first))
}

/// The change day nearest to `day` (the later on a tie), or `day` when there is none: where
/// a dragged slider comes to rest.
pub fn snap(day: NaiveDate, days: &[NaiveDate]) -> NaiveDate {
    days.iter()
        .copied()
        .min_by_key(|d| ((*d - day).num_days().abs(), *d < day))
        .unwrap_or(day)
}

/// Where a dragged slider comes to rest: its value `offset` (days after `first`; a negative
/// or unreadable one counts as `first`) snapped to the nearest change day of `days` or to
/// `today`, the live tracker.
pub fn drag_rest(first: NaiveDate, offset: f64, today: NaiveDate, days: &[NaiveDate]) -> NaiveDate {
    // `as` saturates: NaN and negatives give 0.
    let day = first
        .checked_add_days(Days::new(offset as u64))
        .unwrap_or(today);
    let mut ends: Vec<NaiveDate> = days.to_vec();
    ends.push(today);
    snap(day, &ends)
}

/// A change day with its note, as the page's table carries them for the wasm
/// ([`crate::core::regions::Region::Notes`]): one line each, `YYYY-MM-DD` then a tab then the
/// note's plain text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// The day.
    pub day: NaiveDate,
    /// What changed on it, in the page's language (plain text, never markup).
    pub text: String,
}

/// The notes as the page's table holds them: one `YYYY-MM-DD<TAB>text` line each
/// (a text's own tabs and line breaks become spaces).
pub fn write_notes(notes: &[Note]) -> String {
    let mut out = String::new();
    for note in notes {
        out.push_str(&super::date::iso_day(note.day));
        out.push('\t');
        out.extend(note.text.chars().map(|c| {
            if matches!(c, '\t' | '\n' | '\r') {
                ' '
            } else {
                c
            }
        }));
        out.push('\n');
    }
    out
}

/// Reads the notes [`write_notes`] wrote; a line that is not a day, a tab and a text is
/// skipped.
pub fn read_notes(text: &str) -> Vec<Note> {
    text.lines()
        .filter_map(|line| {
            let (day, text) = line.split_once('\t')?;
            Some(Note {
                day: super::date::parse_day(day)?,
                text: text.to_owned(),
            })
        })
        .collect()
}
