//! The validated story: the data file's records with their dates read, their references
//! checked and their kinds known. `build.rs` builds it with `Story::from_raw` (the rules are
//! in `core::validate`, host only); the widget decodes it with [`Story::decode`].

use super::date::{Interval, Qualifier, ReportedDate};
use super::encoding::{day, offset};
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// Story-wide facts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    /// Headline shown above the tracker.
    pub title: String,
    /// One-line summary under the title.
    pub dek: String,
    /// The day an editor last checked the data.
    #[serde(with = "day")]
    pub last_reviewed: NaiveDate,
    /// IANA name of the zone deadlines are counted in.
    pub time_zone: String,
    /// That zone's fixed offset from UTC.
    #[serde(with = "offset")]
    pub offset: FixedOffset,
    /// First day of the time axis.
    #[serde(with = "day")]
    pub axis_start: NaiveDate,
    /// Last day of the time axis.
    #[serde(with = "day")]
    pub axis_end: NaiveDate,
}

/// A published report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// Unique id.
    pub id: String,
    /// The outlet readers know it by.
    pub outlet: String,
    /// The headline, when it was seen.
    pub headline: Option<String>,
    /// When it was published.
    pub published: ReportedDate,
    /// Link to the report, when one was found.
    pub url: Option<String>,
    /// The agency or page it reached us through.
    pub via: Option<String>,
}

/// One phase of the story.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Phase {
    /// Unique id.
    pub id: String,
    /// Short name.
    pub name: String,
    /// The year it is known by.
    pub year: i32,
    /// The places it covers.
    pub places: Vec<String>,
    /// What the phase is, in our words.
    pub summary: String,
    /// Ids of the sources for the summary and places.
    pub sources: Vec<String>,
}

/// What a subject's claims say.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SubjectKind {
    /// When the phase began; claims carry dates.
    Start,
    /// When the phase must end; claims carry dates.
    Deadline,
    /// When the phase was completed; claims carry dates.
    Completion,
    /// A disputed fact; claims carry categorical values.
    Fact,
    /// Accounts that take no position: claims carry no value and never conflict.
    Reports,
}

impl SubjectKind {
    /// Parses the data file's name for a kind.
    pub fn parse(name: &str) -> Option<Self> {
        Some(match name {
            "start" => Self::Start,
            "deadline" => Self::Deadline,
            "completion" => Self::Completion,
            "fact" => Self::Fact,
            "reports" => Self::Reports,
            _ => return None,
        })
    }

    /// True when this kind's claims carry dates rather than values.
    pub fn is_dated(self) -> bool {
        matches!(self, Self::Start | Self::Deadline | Self::Completion)
    }
}

/// What claims can disagree about.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Subject {
    /// Unique id.
    pub id: String,
    /// The phase it belongs to, if any.
    pub phase: Option<String>,
    /// What its claims say.
    pub kind: SubjectKind,
    /// How a badge names it ("the deadline").
    pub label: String,
}

/// Who said it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Speaker {
    /// An official on record.
    Named {
        /// Their name.
        name: String,
        /// Their role, if given.
        role: Option<String>,
    },
    /// An unnamed source.
    Anonymous {
        /// How the outlet described them.
        role: Option<String>,
    },
    /// A joint or official statement.
    Statement {
        /// The statement's author or name.
        name: String,
    },
    /// The outlet's own reporting.
    Outlet,
}

/// What a claim says about its subject.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClaimValue {
    /// A date, for start, deadline and completion subjects.
    Date(ReportedDate),
    /// A category, for facts.
    Category {
        /// What claims are compared by.
        key: String,
        /// How it reads.
        label: String,
        /// What it counts and when, for a measure; only equal `counts` are compared.
        counts: Option<String>,
    },
    /// No value: an account on a "reports" subject.
    Account,
}

/// One source's word on one subject.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Unique id.
    pub id: String,
    /// Id of the source.
    pub source: String,
    /// Id of the subject.
    pub subject: String,
    /// Who said it.
    pub speaker: Speaker,
    /// What it says.
    pub value: ClaimValue,
    /// Our summary.
    pub summary: String,
    /// The speaker's exact words, if quoted.
    pub quote: Option<String>,
    /// Who translated the quote into English, when it reached us in translation.
    pub translated_by: Option<String>,
    /// Our translation of the quote into the page's language, on a page in another language
    /// than English (the quote stays in the words it reached us in).
    pub quote_translation: Option<String>,
    /// True when the source expects it rather than reports it.
    pub forecast: bool,
    /// Why the claim's date is what it is, when we inferred it.
    pub inference: Option<String>,
}

impl ClaimValue {
    /// The date, if this is a date.
    pub fn date(&self) -> Option<&ReportedDate> {
        match self {
            ClaimValue::Date(d) => Some(d),
            ClaimValue::Category { .. } | ClaimValue::Account => None,
        }
    }
}

impl Claim {
    /// The claim's date, if it is a dated claim.
    pub fn date(&self) -> Option<&ReportedDate> {
        self.value.date()
    }

    /// The date of a claim that reports something happened (not a forecast), if dated.
    pub fn reported_date(&self) -> Option<&ReportedDate> {
        self.date().filter(|_| !self.forecast)
    }

    /// True for a deadline given only as a floor ("at least until September 2026"): the
    /// earliest end, not a deadline. Floors are never counted down and never disagree.
    pub fn is_floor(&self) -> bool {
        self.date()
            .is_some_and(|d| d.qualifier == Qualifier::AtLeastUntil)
    }
}

/// A dated happening.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Unique id.
    pub id: String,
    /// When it happened.
    pub date: ReportedDate,
    /// Its phase, if any.
    pub phase: Option<String>,
    /// Our summary.
    pub summary: String,
    /// Ids of the sources reporting it.
    pub sources: Vec<String>,
    /// Why its date is what it is, when we inferred it.
    pub inference: Option<String>,
}

/// A whole validated story.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Story {
    /// Story-wide facts.
    pub meta: Meta,
    /// Every cited report.
    pub sources: Vec<Source>,
    /// The phases, in tab order.
    pub phases: Vec<Phase>,
    /// What claims are about.
    pub subjects: Vec<Subject>,
    /// Every claim.
    pub claims: Vec<Claim>,
    /// Every event, in date order.
    pub events: Vec<Event>,
}

impl Story {
    /// The story as the widget embeds it: without what it never shows (the sources'
    /// headlines, kept in the data file for the record), so the wasm does not carry them.
    pub fn for_widget(mut self) -> Story {
        for source in &mut self.sources {
            source.headline = None;
        }
        self
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The sources with these ids, each once, in the order first named (unknown ids left
    /// out): the sources a line of the tracker lists.
    pub fn distinct_sources<'i>(&self, ids: impl IntoIterator<Item = &'i String>) -> Vec<&Source> {
        let mut out: Vec<&Source> = Vec::new();
        for source in ids.into_iter().filter_map(|id| self.source(id)) {
            if !out.iter().any(|s| s.id == source.id) {
                out.push(source);
            }
        }
        out
    }

    /// The phase with this id.
    pub fn phase(&self, id: &str) -> Option<&Phase> {
        self.phases.iter().find(|p| p.id == id)
    }

    /// The instant from which a source's report is known (its publication).
    pub fn published_at(&self, source: &Source) -> DateTime<Utc> {
        source.published.known_from(self.meta.offset)
    }

    /// True when the claim's source had been published by `now`.
    pub fn claim_known(&self, claim: &Claim, now: DateTime<Utc>) -> bool {
        self.source(&claim.source)
            .is_some_and(|s| self.published_at(s) <= now)
    }

    /// True when some source reporting the event had been published by `now`.
    pub fn event_known(&self, event: &Event, now: DateTime<Utc>) -> bool {
        event
            .sources
            .iter()
            .filter_map(|id| self.source(id))
            .any(|s| self.published_at(s) <= now)
    }

    /// Claims on `subject` known by `now`, in data-file order.
    pub fn claims_on<'a>(
        &'a self,
        subject: &'a str,
        now: DateTime<Utc>,
    ) -> impl Iterator<Item = &'a Claim> + 'a {
        self.claims
            .iter()
            .filter(move |c| c.subject == subject && self.claim_known(c, now))
    }

    /// Subjects of `kind` belonging to `phase`.
    pub fn subjects_of<'a>(
        &'a self,
        phase: &'a str,
        kind: SubjectKind,
    ) -> impl Iterator<Item = &'a Subject> + 'a {
        self.subjects
            .iter()
            .filter(move |s| s.kind == kind && s.phase.as_deref() == Some(phase))
    }

    /// Claims of `kind` about `phase` known by `now`.
    pub fn phase_claims<'a>(
        &'a self,
        phase: &'a str,
        kind: SubjectKind,
        now: DateTime<Utc>,
    ) -> impl Iterator<Item = &'a Claim> + 'a {
        self.subjects_of(phase, kind)
            .flat_map(move |s| self.claims_on(&s.id, now))
    }

    /// The newest source's publication day, among those known by `now`.
    pub fn newest_source(&self, now: DateTime<Utc>) -> Option<&Source> {
        self.sources
            .iter()
            .filter(|s| self.published_at(s) <= now)
            .max_by_key(|s| self.published_at(s))
    }

    /// Events of `phase` (or all events for `None`) known by `now`, in date order.
    pub fn events_of<'a>(
        &'a self,
        phase: Option<&'a str>,
        now: DateTime<Utc>,
    ) -> impl Iterator<Item = &'a Event> + 'a {
        self.events.iter().filter(move |e| {
            phase.is_none_or(|p| e.phase.as_deref() == Some(p)) && self.event_known(e, now)
        })
    }

    /// Events of exactly `phase` (the story-wide ones for `None`) known by `now`, in date
    /// order.
    pub fn events_of_phase<'a>(
        &'a self,
        phase: Option<&'a str>,
        now: DateTime<Utc>,
    ) -> impl Iterator<Item = &'a Event> + 'a {
        self.events
            .iter()
            .filter(move |e| e.phase.as_deref() == phase && self.event_known(e, now))
    }

    /// Every instant at which something the widget shows can change, other than the ticking
    /// countdown itself: a report becomes known, a dated start or completion is reached, a
    /// deadline passes. Sorted, without repeats.
    pub fn change_points(&self) -> Vec<DateTime<Utc>> {
        let zone = self.meta.offset;
        let mut points: Vec<DateTime<Utc>> = self
            .sources
            .iter()
            .map(|s| self.published_at(s))
            .chain(
                self.claims
                    .iter()
                    .filter_map(|c| c.date())
                    .flat_map(|d| [d.interval(zone).earliest, Some(d.target(zone))])
                    .flatten(),
            )
            .collect();
        super::sort::sort_by_key(&mut points, |p| *p);
        points.dedup();
        points
    }

    /// The latest change point at or before `now` (see [`Story::change_points`]): every
    /// answer except the countdown's is the same at `now` as at this instant, so a display can
    /// recompute only when it moves. Before the first change point, the earliest instant chrono
    /// knows.
    pub fn settled(&self, points: &[DateTime<Utc>], now: DateTime<Utc>) -> DateTime<Utc> {
        super::regions::settled(points, now)
    }

    /// The span of the time axis as an interval of instants.
    pub fn axis(&self) -> Interval {
        Interval::between(
            super::date::start_of_day(self.meta.axis_start, self.meta.offset),
            super::date::end_of_day(self.meta.axis_end, self.meta.offset),
        )
    }
}
