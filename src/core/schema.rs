//! The data file's format, exactly as written on disk (JSON). Nothing here is checked yet:
//! [`crate::core::story::Story::from_raw`] validates it and names the record and field of
//! every problem. The README documents each field with an example.
//!
//! Unknown fields are rejected. Only `build.rs` and the host tools read this format; the
//! wasm embeds the validated story instead ([`crate::core::encoding`]).
//!
//! Written back (`Serialize`, by the `story` tool's `import`), each record keeps its fields
//! in the order declared here, the order of the data files. An optional field is left out
//! when absent and a flag when false, except the fields the README documents as written
//! `null` when there is none (a source's `headline` and `url`, a subject's and an event's
//! `phase`, a speaker's `name` and `role`), which are always written.

use serde::{Deserialize, Serialize};

/// A whole data file: one phased story.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a data file {format, meta, sources, phases, subjects, claims, events}"
)]
pub struct RawDataset {
    /// Format version; must be 1.
    pub format: u32,
    /// The story's title, dek, review date and clock.
    pub meta: RawMeta,
    /// Every report the claims and events cite.
    pub sources: Vec<RawSource>,
    /// The phases shown as tabs, in order.
    pub phases: Vec<RawPhase>,
    /// What claims are about: a phase's start, deadline or completion, or a disputed fact.
    pub subjects: Vec<RawSubject>,
    /// Atomic statements: one source's word on one subject.
    pub claims: Vec<RawClaim>,
    /// Dated happenings for the timeline, each with its sources.
    pub events: Vec<RawEvent>,
}

/// Story-wide facts.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(
    deny_unknown_fields,
    expecting = "the meta {title, dek, last_reviewed, time_zone, utc_offset, axis_start, axis_end}"
)]
pub struct RawMeta {
    /// Headline shown above the tracker.
    pub title: String,
    /// One-line summary under the title.
    pub dek: String,
    /// The day an editor last checked the data, `YYYY-MM-DD`.
    pub last_reviewed: String,
    /// IANA name of the zone deadlines are counted in, for display ("Asia/Baghdad").
    pub time_zone: String,
    /// That zone's fixed UTC offset, "+03:00" (zones with daylight saving are not supported).
    pub utc_offset: String,
    /// First day of the time axis, `YYYY-MM-DD`.
    pub axis_start: String,
    /// Last day of the time axis, `YYYY-MM-DD`.
    pub axis_end: String,
}

/// A date as written in the data file.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a date {precision, value, qualifier, inferred, inference}"
)]
pub struct RawDate {
    /// "day", "week", "month" or "year".
    pub precision: String,
    /// "2026-01-18", "2026-W02", "2026-09" or "2026", matching the precision.
    pub value: String,
    /// "on" (default), "by", "from", "at_least_until" or "end_of".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    /// True when the source did not print this date and we worked it out.
    #[serde(default, skip_serializing_if = "is_false")]
    pub inferred: bool,
    /// Why an inferred date is what it is; required when `inferred` is true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inference: Option<String>,
}

/// A published report.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a source {id, outlet, headline, published, url, via}"
)]
pub struct RawSource {
    /// Unique id, e.g. "rudaw-2025-08-17".
    pub id: String,
    /// The outlet readers know it by.
    pub outlet: String,
    /// The headline, or null when it was not seen.
    #[serde(default)]
    pub headline: Option<String>,
    /// When it was published.
    pub published: RawDate,
    /// Link to the report (http or https), or null when none was found.
    #[serde(default)]
    pub url: Option<String>,
    /// The agency or page it reached us through, e.g. "Reuters" or "AFP via SpaceWar".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
}

/// One phase of the story, shown as a tab.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a phase {id, name, year, places, summary, sources}"
)]
pub struct RawPhase {
    /// Unique id, e.g. "federal"; also the deep-link name.
    pub id: String,
    /// Short name, e.g. "Federal Iraq".
    pub name: String,
    /// The year it is known by, shown in the tab.
    pub year: i32,
    /// The places it covers.
    pub places: Vec<String>,
    /// What the phase is, in our words.
    pub summary: String,
    /// Ids of the sources for the summary and places (at least one).
    pub sources: Vec<String>,
}

/// What claims can disagree about.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields, expecting = "a subject {id, phase, kind, label}")]
pub struct RawSubject {
    /// Unique id, e.g. "federal.deadline".
    pub id: String,
    /// The phase it belongs to, or null for a story-wide subject.
    #[serde(default)]
    pub phase: Option<String>,
    /// "start", "deadline" or "completion" (claims carry a `date`), "fact" (claims carry a
    /// `value`), or "reports" (claims carry neither: accounts that take no position and never
    /// conflict).
    pub kind: String,
    /// How the badge names it: "the deadline", "Ain al-Asad's status".
    pub label: String,
}

/// Who said it.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields, expecting = "a speaker {kind, name, role}")]
pub struct RawSpeaker {
    /// "named" (an official on record), "anonymous", "statement" (a joint or official text) or
    /// "outlet" (the outlet's own reporting).
    pub kind: String,
    /// The person's or statement's name; null for "anonymous" and "outlet".
    #[serde(default)]
    pub name: Option<String>,
    /// Their role, e.g. "adviser to the prime minister" or "senior US defense official".
    #[serde(default)]
    pub role: Option<String>,
}

/// A categorical value of a fact claim.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields, expecting = "a value {key, label, counts}")]
pub struct RawValue {
    /// The category claims are compared by: equal keys agree, different keys conflict.
    pub key: String,
    /// How the value reads to a reader.
    pub label: String,
    /// What the value counts and when ("US troops in Iraq before the federal drawdown"), for
    /// values that are measures. Only values that count the same thing can disagree; on one
    /// subject, either every claim says what it counts or none does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counts: Option<String>,
}

/// One source's word on one subject.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a claim {id, source, subject, speaker, date or value, summary, ...}"
)]
pub struct RawClaim {
    /// Unique id, e.g. "C01".
    pub id: String,
    /// Id of the source that reported it.
    pub source: String,
    /// Id of the subject it is about.
    pub subject: String,
    /// Who said it.
    pub speaker: RawSpeaker,
    /// The date claimed, for start, deadline and completion subjects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<RawDate>,
    /// The value claimed, for fact subjects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<RawValue>,
    /// What the source said, in our own words.
    pub summary: String,
    /// The speaker's exact words, at most 25 words, only where the wording is the point.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// Who put the quote into English, when it reached us in translation ("Rudaw"). Needs a
    /// quote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translated_by: Option<String>,
    /// True when the source expects this (a start or completion still to come, "next week"):
    /// shown as expected, and never counted as a report that it happened.
    #[serde(default, skip_serializing_if = "is_false")]
    pub forecast: bool,
}

/// A dated happening on the timeline.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(
    deny_unknown_fields,
    expecting = "an event {id, date, phase, summary, sources}"
)]
pub struct RawEvent {
    /// Unique id, e.g. "E01".
    pub id: String,
    /// When it happened.
    pub date: RawDate,
    /// The phase it belongs to, or null for context.
    #[serde(default)]
    pub phase: Option<String>,
    /// What happened, in our own words.
    pub summary: String,
    /// Ids of the sources that report it (at least one).
    pub sources: Vec<String>,
}

/// For `skip_serializing_if`: a flag that is false is left out, as the data files write it.
fn is_false(flag: &bool) -> bool {
    !*flag
}
