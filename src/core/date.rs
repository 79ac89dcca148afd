//! Dates as reporters write them: a calendar period (day, week, month or year), a qualifier
//! ("by", "from", "at least until", ...) and whether we inferred it. Each becomes an
//! [`Interval`] of instants in the story's time zone.

use super::locale;
use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveTime, TimeZone, Utc};
use core::fmt;

/// How precisely a source gave a date.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Precision {
    /// A calendar day, written `YYYY-MM-DD`.
    Day,
    /// An ISO week (Monday to Sunday), written `YYYY-Www`; used for "next week".
    Week,
    /// A calendar month, written `YYYY-MM`.
    Month,
    /// A calendar year, written `YYYY`.
    Year,
}

impl Precision {
    /// The dataset's name for this precision.
    pub fn name(self) -> &'static str {
        match self {
            Self::Day => "day",
            Self::Week => "week",
            Self::Month => "month",
            Self::Year => "year",
        }
    }

    /// Parses the dataset's name for a precision.
    pub fn parse(name: &str) -> Option<Self> {
        Some(match name {
            "day" => Self::Day,
            "week" => Self::Week,
            "month" => Self::Month,
            "year" => Self::Year,
            _ => return None,
        })
    }
}

/// How a source placed an event relative to the period it named.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Qualifier {
    /// Within the period: "in September 2026", "on 18 January".
    On,
    /// No later than the end of the period: "by September 2025".
    By,
    /// Beginning within the period, open-ended after it: "from September 2025".
    From,
    /// Lasting at least through the period's end, with no stated end: "at least until September 2026".
    AtLeastUntil,
    /// On the last day of the period: "at the end of September", "by the end of 2026".
    EndOf,
}

impl Qualifier {
    /// Parses the dataset's name for a qualifier.
    pub fn parse(name: &str) -> Option<Self> {
        Some(match name {
            "on" => Self::On,
            "by" => Self::By,
            "from" => Self::From,
            "at_least_until" => Self::AtLeastUntil,
            "end_of" => Self::EndOf,
            _ => return None,
        })
    }
}

/// Why a date in the dataset could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// The precision is not one of day, week, month, year.
    UnknownPrecision(String),
    /// The qualifier is not one of on, by, from, at_least_until, end_of.
    UnknownQualifier(String),
    /// The value does not name a real period of that precision (e.g. "2026-02-30").
    Impossible {
        /// The value as written in the dataset.
        value: String,
        /// The precision it was read with.
        precision: Precision,
    },
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnknownPrecision(p) => {
                write!(
                    f,
                    "unknown precision {p:?} (expected day, week, month or year)"
                )
            }
            Self::UnknownQualifier(q) => write!(
                f,
                "unknown qualifier {q:?} (expected on, by, from, at_least_until or end_of)"
            ),
            Self::Impossible { value, precision } => {
                write!(f, "{value:?} is not a real {} date", precision.name())
            }
        }
    }
}

/// A date as a source reported it, already checked to name a real period.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct ReportedDate {
    /// How precisely the source gave it.
    pub precision: Precision,
    /// How the source placed the event relative to the period.
    pub qualifier: Qualifier,
    /// First day of the named period.
    #[serde(with = "super::encoding::day")]
    pub first_day: NaiveDate,
    /// Last day of the named period.
    #[serde(with = "super::encoding::day")]
    pub last_day: NaiveDate,
    /// True when the date is our inference, not printed by the source.
    pub inferred: bool,
}

impl ReportedDate {
    /// Reads a date from the dataset's words: `precision` ("month"), `value` ("2026-09") and
    /// `qualifier` ("by"; `None` means "on").
    pub fn parse(
        precision: &str,
        value: &str,
        qualifier: Option<&str>,
        inferred: bool,
    ) -> Result<Self, DateError> {
        let precision = Precision::parse(precision)
            .ok_or_else(|| DateError::UnknownPrecision(precision.to_owned()))?;
        let qualifier = match qualifier {
            None => Qualifier::On,
            Some(q) => {
                Qualifier::parse(q).ok_or_else(|| DateError::UnknownQualifier(q.to_owned()))?
            }
        };
        let impossible = || DateError::Impossible {
            value: value.to_owned(),
            precision,
        };
        let (first_day, last_day) = period(precision, value).ok_or_else(impossible)?;
        Ok(Self {
            precision,
            qualifier,
            first_day,
            last_day,
            inferred,
        })
    }

    /// The instants this date allows, in the story's time zone.
    pub fn interval(&self, zone: FixedOffset) -> Interval {
        let start = start_of_day(self.first_day, zone);
        let end = end_of_day(self.last_day, zone);
        match self.qualifier {
            Qualifier::On => Interval::between(start, end),
            Qualifier::By => Interval {
                earliest: None,
                latest: Some(end),
            },
            Qualifier::From => Interval {
                earliest: Some(start),
                latest: None,
            },
            Qualifier::AtLeastUntil => Interval {
                earliest: Some(end),
                latest: None,
            },
            Qualifier::EndOf => Interval::between(start_of_day(self.last_day, zone), end),
        }
    }

    /// The instant from which something dated this way is known: the start of the allowed
    /// interval (a report dated 18 Jan counts from 18 Jan 00:00), or for a date given only as
    /// "by", its end.
    pub fn known_from(&self, zone: FixedOffset) -> DateTime<Utc> {
        let interval = self.interval(zone);
        interval
            .earliest
            .or(interval.latest)
            .unwrap_or_else(|| start_of_day(self.first_day, zone))
    }

    /// True when `now` is past the start of the allowed interval, so what is dated this way
    /// may have happened: always for a date given only as "by".
    pub fn reached(&self, zone: FixedOffset, now: DateTime<Utc>) -> bool {
        self.interval(zone).earliest.is_none_or(|e| e <= now)
    }

    /// The instant a countdown runs to: the first instant after the allowed interval
    /// ("September 2026" runs to 1 Oct 00:00, when 30 Sep has fully passed), or for an
    /// open-ended date ("at least until"), the first instant after its earliest bound.
    pub fn target(&self, zone: FixedOffset) -> DateTime<Utc> {
        let interval = self.interval(zone);
        let last = interval
            .latest
            .or(interval.earliest)
            .unwrap_or_else(|| end_of_day(self.last_day, zone));
        last + Duration::seconds(1)
    }

    /// The period as a reader would write it, without the qualifier: "18 Jan 2026",
    /// "week of 5 Jan 2026", "September 2026", "2026".
    pub fn period_text(&self) -> String {
        match self.precision {
            Precision::Day => format_day(self.first_day),
            Precision::Week => format!("week of {}", format_day(self.first_day)),
            Precision::Month => {
                locale::month_year(locale::BUILD, self.first_day.year(), self.first_day.month())
            }
            // A year is written ungrouped ("2026", "٢٠٢٦").
            Precision::Year => locale::digits(locale::BUILD, &self.first_day.year().to_string()),
        }
    }
}

impl fmt::Display for ReportedDate {
    /// As the source wrote it: "by September 2025", "at least until September 2026",
    /// "end of 2026", "18 Jan 2026".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let period = self.period_text();
        match self.qualifier {
            Qualifier::On if matches!(self.precision, Precision::Day | Precision::Week) => {
                write!(f, "{period}")
            }
            Qualifier::On => write!(f, "in {period}"),
            Qualifier::By => write!(f, "by {period}"),
            Qualifier::From => write!(f, "from {period}"),
            Qualifier::AtLeastUntil => write!(f, "at least until {period}"),
            Qualifier::EndOf => write!(f, "end of {period}"),
        }
    }
}

/// "2026-01-18": a day as URLs, messages and the page's data write it.
pub fn iso_day(day: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", day.year(), day.month(), day.day())
}

/// A day written `YYYY-MM-DD` (exactly ten characters), or `None`.
pub fn parse_day(text: &str) -> Option<NaiveDate> {
    if text.len() != 10 {
        return None;
    }
    ReportedDate::parse("day", text, None, false)
        .ok()
        .map(|d| d.first_day)
}

/// "18 Jan 2026", in the build's language ([`locale::BUILD`], CLDR's pattern: [`locale::day`]).
pub fn format_day(day: NaiveDate) -> String {
    locale::day(locale::BUILD, day)
}

/// A range of instants, either end possibly open. Invariant: `earliest <= latest` when both
/// are present.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Interval {
    /// The earliest instant allowed, or `None` when unbounded before.
    pub earliest: Option<DateTime<Utc>>,
    /// The latest instant allowed, or `None` when unbounded after.
    pub latest: Option<DateTime<Utc>>,
}

impl Interval {
    /// The closed interval from `a` to `b`, in whichever order they come.
    pub fn between(a: DateTime<Utc>, b: DateTime<Utc>) -> Self {
        Self {
            earliest: Some(a.min(b)),
            latest: Some(a.max(b)),
        }
    }

    /// True when some instant lies in both intervals.
    pub fn overlaps(&self, other: &Interval) -> bool {
        let starts_before_other_ends = match (self.earliest, other.latest) {
            (Some(a), Some(b)) => a <= b,
            _ => true,
        };
        let other_starts_before_self_ends = match (other.earliest, self.latest) {
            (Some(a), Some(b)) => a <= b,
            _ => true,
        };
        starts_before_other_ends && other_starts_before_self_ends
    }

    /// True when `instant` lies in the interval.
    pub fn contains(&self, instant: DateTime<Utc>) -> bool {
        self.earliest.is_none_or(|e| e <= instant) && self.latest.is_none_or(|l| instant <= l)
    }
}

/// The first and last day of the period `value` names at `precision`, if it is real.
fn period(precision: Precision, value: &str) -> Option<(NaiveDate, NaiveDate)> {
    match precision {
        Precision::Day => {
            let (y, rest) = split_year(value)?;
            let (m, d) = rest.split_once('-')?;
            let day =
                NaiveDate::from_ymd_opt(y, two_digits(m.as_bytes())?, two_digits(d.as_bytes())?)?;
            Some((day, day))
        }
        Precision::Week => {
            let (y, rest) = split_year(value)?;
            let week = rest.strip_prefix('W')?;
            let monday =
                NaiveDate::from_isoywd_opt(y, two_digits(week.as_bytes())?, chrono::Weekday::Mon)?;
            Some((monday, monday + Duration::days(6)))
        }
        Precision::Month => {
            let (y, m) = split_year(value)?;
            let first = NaiveDate::from_ymd_opt(y, two_digits(m.as_bytes())?, 1)?;
            let next = first.checked_add_months(chrono::Months::new(1))?;
            Some((first, next.pred_opt()?))
        }
        Precision::Year => {
            let y = four_digit_year(value)?;
            Some((
                NaiveDate::from_ymd_opt(y, 1, 1)?,
                NaiveDate::from_ymd_opt(y, 12, 31)?,
            ))
        }
    }
}

/// Splits "2026-09..." into the year and what follows the first dash.
fn split_year(value: &str) -> Option<(i32, &str)> {
    let (y, rest) = value.split_once('-')?;
    Some((four_digit_year(y)?, rest))
}

fn four_digit_year(s: &str) -> Option<i32> {
    digits(s.as_bytes(), 4).map(|n| n as i32)
}

fn two_digits(b: &[u8]) -> Option<u32> {
    digits(b, 2)
}

/// The number `b` writes in exactly `n` ASCII digits. (By hand on bytes: no string slicing
/// or parsing, whose panics and generic code would weigh in the wasm.)
fn digits(b: &[u8], n: usize) -> Option<u32> {
    (b.len() == n && b.iter().all(u8::is_ascii_digit))
        .then(|| b.iter().fold(0, |acc, d| acc * 10 + u32::from(d - b'0')))
}

/// Midnight at the start of `day` in `zone`, as an instant.
pub fn start_of_day(day: NaiveDate, zone: FixedOffset) -> DateTime<Utc> {
    zone.from_local_datetime(&day.and_time(NaiveTime::MIN))
        .single()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| day.and_time(NaiveTime::MIN).and_utc())
}

/// The last second of `day` (23:59:59) in `zone`, as an instant.
pub fn end_of_day(day: NaiveDate, zone: FixedOffset) -> DateTime<Utc> {
    start_of_day(day, zone) + Duration::days(1) - Duration::seconds(1)
}

/// Parses a time-zone offset written "+03:00" or "-05:30".
pub fn parse_offset(text: &str) -> Option<FixedOffset> {
    let bytes = text.as_bytes();
    if bytes.len() != 6 || bytes[3] != b':' {
        return None;
    }
    let sign = match bytes[0] {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let hours = two_digits(&bytes[1..3])? as i32;
    let minutes = two_digits(&bytes[4..6])? as i32;
    if hours > 14 || minutes > 59 {
        return None;
    }
    FixedOffset::east_opt(sign * (hours * 3600 + minutes * 60))
}

/// Parses an RFC 3339 instant: `2025-10-01T12:00:00Z`, `2025-10-01t12:00:00.5+03:00`.
/// Fractions of a second are dropped. (Hand-written: chrono's parser would add about 2 KB
/// of brotli to the wasm.)
pub fn parse_rfc3339(text: &str) -> Option<DateTime<Utc>> {
    let b = text.as_bytes();
    if b.len() < 20
        || !b[..19].is_ascii()
        || !matches!(b[10], b'T' | b't' | b' ')
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let day = ReportedDate::parse("day", text.get(..10)?, None, false)
        .ok()?
        .first_day;
    let time = NaiveTime::from_hms_opt(
        two_digits(&b[11..13])?,
        two_digits(&b[14..16])?,
        two_digits(&b[17..19])?,
    )?;
    let mut rest = text.get(19..)?;
    if let Some(fraction) = rest.strip_prefix('.') {
        let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        rest = fraction.get(digits..)?;
    }
    let offset = match rest {
        "Z" | "z" => FixedOffset::east_opt(0)?,
        other => parse_offset(other)?,
    };
    offset
        .from_local_datetime(&day.and_time(time))
        .single()
        .map(|t| t.with_timezone(&Utc))
}

/// The calendar day `instant` falls on in `zone`.
pub fn local_day(instant: DateTime<Utc>, zone: FixedOffset) -> NaiveDate {
    instant.with_timezone(&zone).date_naive()
}

/// The day a deadline closes: the local day of the last second before `target` passes
/// (the inverse of [`ReportedDate::target`] for a date with an end: "30 Sep 2026" for a
/// target of 1 Oct 00:00).
pub fn closing_day(target: DateTime<Utc>, zone: FixedOffset) -> NaiveDate {
    local_day(target - Duration::seconds(1), zone)
}
