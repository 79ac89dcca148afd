//! What the live widget knows of the story besides its regions' markup
//! ([`crate::core::regions`]): its zone, its change points, the span of its timeline, the day
//! of its first report and its phases' ids. The build works them out from the story
//! ([`Facts::of`], host only) and writes them into the table, whose text form
//! ([`Facts::encode`]) the wasm reads back ([`Facts::decode`]); the wasm carries neither the
//! story nor the code that reads it.

use super::date::{local_day, parse_day, start_of_day};
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};

/// The story's facts the live widget needs.
#[derive(Clone, Debug, PartialEq)]
pub struct Facts {
    /// The story's zone.
    pub offset: FixedOffset,
    /// Its change points, in order ([`crate::core::story::Story::change_points`]).
    pub points: Vec<DateTime<Utc>>,
    /// The first and last instants of its timeline.
    pub axis: (DateTime<Utc>, DateTime<Utc>),
    /// The day of its first report, in its zone (`None` for a story without sources).
    pub first_day: Option<NaiveDate>,
    /// Its phases' ids, in tab order.
    pub phases: Vec<String>,
}

impl Facts {
    /// The facts of `story`.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn of(story: &super::story::Story) -> Self {
        let axis = story.axis();
        let (start, end) = (
            axis.earliest.unwrap_or(DateTime::<Utc>::MIN_UTC),
            axis.latest.unwrap_or(DateTime::<Utc>::MAX_UTC),
        );
        Self {
            offset: story.meta.offset,
            points: story.change_points(),
            axis: (start, end),
            first_day: super::replay::first_day(story),
            phases: story.phases.iter().map(|p| p.id.clone()).collect(),
        }
    }

    /// The text form: one line each for the zone's offset in seconds, the timeline's span in
    /// Unix seconds, the first report's day (`-` for none), the change points in Unix
    /// seconds and the phases' ids (the last two comma-separated).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn encode(&self) -> String {
        let seconds = |list: &[DateTime<Utc>]| -> String {
            let list: Vec<String> = list.iter().map(|t| t.timestamp().to_string()).collect();
            list.join(",")
        };
        format!(
            "{}\n{} {}\n{}\n{}\n{}",
            self.offset.local_minus_utc(),
            self.axis.0.timestamp(),
            self.axis.1.timestamp(),
            self.first_day
                .map_or_else(|| "-".to_owned(), |d| d.format("%Y-%m-%d").to_string()),
            seconds(&self.points),
            self.phases.join(",")
        )
    }

    /// Reads the text form back; an error names the line that does not read.
    pub fn decode(text: &str) -> Result<Self, String> {
        let mut lines = text.split('\n');
        let mut line = |name: &str| {
            lines
                .next()
                .ok_or_else(|| format!("the story's facts have no {name}"))
        };
        let bad = |name: &str| format!("the story's facts have a bad {name}");
        let instant = |s: &str| s.parse().ok().and_then(|s| DateTime::from_timestamp(s, 0));
        let offset = line("zone")?
            .parse()
            .ok()
            .and_then(FixedOffset::east_opt)
            .ok_or_else(|| bad("zone"))?;
        let axis = line("timeline")?
            .split_once(' ')
            .and_then(|(a, b)| Some((instant(a)?, instant(b)?)))
            .ok_or_else(|| bad("timeline"))?;
        let first_day = match line("first report")? {
            "-" => None,
            day => Some(parse_day(day).ok_or_else(|| bad("first report"))?),
        };
        let points = line("change points")?;
        let points = if points.is_empty() {
            Vec::new()
        } else {
            points
                .split(',')
                .map(instant)
                .collect::<Option<Vec<_>>>()
                .ok_or_else(|| bad("change points"))?
        };
        let phases = line("phases")?
            .split(',')
            .filter(|p| !p.is_empty())
            .map(str::to_owned)
            .collect();
        Ok(Self {
            offset,
            points,
            axis,
            first_day,
            phases,
        })
    }

    /// The day `t` falls on in the story's zone.
    pub fn day_of(&self, t: DateTime<Utc>) -> NaiveDate {
        local_day(t, self.offset)
    }

    /// The first instant of `day` in the story's zone.
    pub fn instant(&self, day: NaiveDate) -> DateTime<Utc> {
        start_of_day(day, self.offset)
    }

    /// Where `t` stands along the timeline, from 0 (its start) to 1 (its end), or `None` off
    /// it (as [`crate::core::axis::marks`] places "today").
    pub fn fraction(&self, t: DateTime<Utc>) -> Option<f64> {
        let (start, end) = self.axis;
        (start <= t && t <= end).then(|| super::axis::fraction_within(self.axis, t))
    }
}
