//! Turns a [`RawDataset`] into a [`Story`], or lists every problem, each naming the record
//! id and the field: unknown, duplicate or malformed ids, dangling references, impossible
//! dates, unknown precisions or qualifiers, non-http(s) URLs, empty texts, places on more
//! than one line, long quotes, phases without a deadline claim, forecasts on deadlines,
//! translators without a quote, and measures that do not all say what they count.

use super::date::{parse_offset, ReportedDate};
use super::schema::{RawClaim, RawDataset, RawDate, RawSpeaker};
use super::story::{
    Claim, ClaimValue, Event, Meta, Phase, Source, Speaker, Story, Subject, SubjectKind,
};
use chrono::NaiveDate;
use core::fmt;

/// The longest quote allowed, in words.
pub const MAX_QUOTE_WORDS: usize = 25;

/// One problem in a data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationError {
    /// The record: "meta", or a kind and id such as `claim "C01"`.
    pub record: String,
    /// The field, dotted: "date.precision".
    pub field: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, field {}: {}", self.record, self.field, self.message)
    }
}

/// Every problem in a data file, in file order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationErrors(pub Vec<ValidationError>);

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "the data file has {} problem(s):", self.0.len())?;
        for e in &self.0 {
            writeln!(f, "- {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationErrors {}

/// True for the characters an id may have: ASCII letters and digits, `-`, `_` and `.`. Ids
/// name deep links (`#claim-C26`) and are listed one per line in the spreadsheet files, so
/// they hold no space, line break or punctuation that a URL or a list would need to escape.
pub fn is_id_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')
}

/// The ids seen so far in one collection.
type Ids = Vec<String>;

/// Collects problems while reading one data file.
struct Checker {
    errors: Vec<ValidationError>,
}

impl Checker {
    fn fail(&mut self, record: &str, field: &str, message: impl Into<String>) {
        self.errors.push(ValidationError {
            record: record.to_owned(),
            field: field.to_owned(),
            message: message.into(),
        });
    }

    fn non_empty(&mut self, record: &str, field: &str, text: &str) {
        if text.trim().is_empty() {
            self.fail(record, field, "must not be empty");
        }
    }

    fn day(&mut self, record: &str, field: &str, text: &str) -> NaiveDate {
        match ReportedDate::parse("day", text, None, false) {
            Ok(d) => d.first_day,
            Err(e) => {
                self.fail(record, field, e.to_string());
                NaiveDate::MIN
            }
        }
    }

    fn date(&mut self, record: &str, field: &str, raw: &RawDate) -> Option<ReportedDate> {
        if raw.inferred && raw.inference.as_deref().is_none_or(|r| r.trim().is_empty()) {
            self.fail(
                record,
                &format!("{field}.inference"),
                "an inferred date needs the reason it was inferred",
            );
        } else if !raw.inferred && raw.inference.is_some() {
            self.fail(
                record,
                &format!("{field}.inference"),
                "a reason is given but the date is not marked inferred (set inferred to true)",
            );
        }
        match ReportedDate::parse(
            &raw.precision,
            &raw.value,
            raw.qualifier.as_deref(),
            raw.inferred,
        ) {
            Ok(d) => Some(d),
            Err(e) => {
                let part = match e {
                    super::date::DateError::UnknownPrecision(_) => "precision",
                    super::date::DateError::UnknownQualifier(_) => "qualifier",
                    super::date::DateError::Impossible { .. } => "value",
                };
                self.fail(record, &format!("{field}.{part}"), e.to_string());
                None
            }
        }
    }

    /// Checks that `id` is non-empty, made of [`is_id_char`] characters and unique within
    /// `seen`, then adds it (a list: data files hold dozens of records).
    fn id(&mut self, record: &str, id: &str, seen: &mut Ids) {
        if id.trim().is_empty() {
            self.fail(record, "id", "must not be empty");
        } else if !id.chars().all(is_id_char) {
            self.fail(
                record,
                "id",
                format!("{id:?} is not an id: use only letters a-z and A-Z, digits, \"-\", \"_\" and \".\""),
            );
        } else if seen.iter().any(|s| s == id) {
            self.fail(record, "id", format!("duplicate id {id:?}"));
        } else {
            seen.push(id.to_owned());
        }
    }

    fn reference(&mut self, record: &str, field: &str, id: &str, known: &Ids, what: &str) {
        if !known.iter().any(|k| k == id) {
            self.fail(record, field, format!("no {what} has the id {id:?}"));
        }
    }

    fn url(&mut self, record: &str, url: &str) {
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"));
        match rest {
            Some(host)
                if !host.is_empty()
                    && !host.starts_with('/')
                    && !url.contains(char::is_whitespace) => {}
            _ => self.fail(record, "url", format!("{url:?} is not an http(s) URL")),
        }
    }

    fn speaker(&mut self, record: &str, raw: &RawSpeaker) -> Speaker {
        // A blank name or role is an error, never silently dropped (a named speaker's or a
        // statement's blank name is reported below as missing).
        let needs_name = matches!(raw.kind.as_str(), "named" | "statement");
        if let Some(name) = raw.name.as_deref().filter(|_| !needs_name) {
            self.non_empty(record, "speaker.name", name);
        }
        if let Some(role) = &raw.role {
            self.non_empty(record, "speaker.role", role);
        }
        let name = raw.name.clone().filter(|n| !n.trim().is_empty());
        let role = raw.role.clone().filter(|r| !r.trim().is_empty());
        match (raw.kind.as_str(), name) {
            ("named", Some(name)) => Speaker::Named { name, role },
            ("statement", Some(name)) => Speaker::Statement { name },
            ("named" | "statement", None) => {
                self.fail(
                    record,
                    "speaker.name",
                    "a named speaker or statement needs a name",
                );
                Speaker::Outlet
            }
            ("anonymous", _) => Speaker::Anonymous { role },
            ("outlet", _) => Speaker::Outlet,
            (other, _) => {
                self.fail(
                    record,
                    "speaker.kind",
                    format!("unknown speaker kind {other:?} (expected named, anonymous, statement or outlet)"),
                );
                Speaker::Outlet
            }
        }
    }

    /// On each subject, either every value claim says what it counts or none does: a
    /// measure compared with a value that does not say what it counts would be a guess.
    fn counts_all_or_none(&mut self, claims: &[Claim]) {
        let counts = |c: &Claim| match &c.value {
            ClaimValue::Category { counts, .. } => Some(counts.is_some()),
            _ => None,
        };
        for claim in claims.iter().filter(|c| counts(c) == Some(false)) {
            let given = claims
                .iter()
                .find(|o| o.subject == claim.subject && counts(o) == Some(true));
            if let Some(given) = given {
                self.fail(
                    &format!("claim {:?}", claim.id),
                    "value.counts",
                    format!(
                        "claim {:?} on the same subject says what it counts, so this one must too",
                        given.id
                    ),
                );
            }
        }
    }

    fn claim(&mut self, raw: &RawClaim, kinds: &[(String, SubjectKind)]) -> Option<Claim> {
        let record = format!("claim {:?}", raw.id);
        self.non_empty(&record, "summary", &raw.summary);
        if let Some(q) = &raw.quote {
            let words = q.split_whitespace().count();
            if words == 0 {
                self.fail(&record, "quote", "must not be empty when present");
            } else if words > MAX_QUOTE_WORDS {
                self.fail(
                    &record,
                    "quote",
                    format!("{words} words; a quote may have at most {MAX_QUOTE_WORDS}"),
                );
            }
        }
        if let Some(t) = &raw.translated_by {
            if raw.quote.is_none() {
                self.fail(
                    &record,
                    "translated_by",
                    "names a translator but there is no quote",
                );
            } else {
                self.non_empty(&record, "translated_by", t);
            }
        }
        let speaker = self.speaker(&record, &raw.speaker);
        let kind = kinds
            .iter()
            .find(|(id, _)| *id == raw.subject)
            .map(|(_, k)| *k);
        let value = match (kind, &raw.date, &raw.value) {
            (None, _, _) => {
                self.fail(
                    &record,
                    "subject",
                    format!("no subject has the id {:?}", raw.subject),
                );
                return None;
            }
            (Some(SubjectKind::Deadline), Some(_), None) if raw.forecast => {
                self.fail(
                    &record,
                    "forecast",
                    "a deadline is not a forecast (forecast marks an expected start, completion or fact)",
                );
                return None;
            }
            (Some(k), Some(date), None) if k.is_dated() => {
                ClaimValue::Date(self.date(&record, "date", date)?)
            }
            (Some(k), _, _) if k.is_dated() => {
                self.fail(
                    &record,
                    "date",
                    "a start, deadline or completion claim needs a date and no value",
                );
                return None;
            }
            (Some(SubjectKind::Reports), None, None) => ClaimValue::Account,
            (Some(SubjectKind::Reports), _, _) => {
                self.fail(
                    &record,
                    "value",
                    "a claim on a reports subject takes no position: no date and no value",
                );
                return None;
            }
            (Some(_), None, Some(v)) => {
                self.non_empty(&record, "value.key", &v.key);
                self.non_empty(&record, "value.label", &v.label);
                if let Some(counts) = &v.counts {
                    self.non_empty(&record, "value.counts", counts);
                }
                ClaimValue::Category {
                    key: v.key.clone(),
                    label: v.label.clone(),
                    counts: v.counts.clone(),
                }
            }
            (Some(_), _, _) => {
                self.fail(&record, "value", "a fact claim needs a value and no date");
                return None;
            }
        };
        Some(Claim {
            id: raw.id.clone(),
            source: raw.source.clone(),
            subject: raw.subject.clone(),
            speaker,
            value,
            summary: raw.summary.clone(),
            quote: raw.quote.clone(),
            translated_by: raw.translated_by.clone(),
            forecast: raw.forecast,
            inference: raw.date.as_ref().and_then(|d| d.inference.clone()),
        })
    }
}

impl Story {
    /// Validates a parsed data file. On failure, every problem found is listed.
    pub fn from_raw(raw: RawDataset) -> Result<Story, ValidationErrors> {
        let mut c = Checker { errors: Vec::new() };
        if raw.format != 1 {
            c.fail(
                "dataset",
                "format",
                format!("format {} is not supported (expected 1)", raw.format),
            );
        }

        let m = &raw.meta;
        c.non_empty("meta", "title", &m.title);
        c.non_empty("meta", "dek", &m.dek);
        c.non_empty("meta", "time_zone", &m.time_zone);
        let offset = parse_offset(&m.utc_offset).unwrap_or_else(|| {
            c.fail(
                "meta",
                "utc_offset",
                format!("{:?} is not an offset like \"+03:00\"", m.utc_offset),
            );
            chrono::FixedOffset::east_opt(0).expect("zero offset")
        });
        let meta = Meta {
            title: m.title.clone(),
            dek: m.dek.clone(),
            last_reviewed: c.day("meta", "last_reviewed", &m.last_reviewed),
            time_zone: m.time_zone.clone(),
            offset,
            axis_start: c.day("meta", "axis_start", &m.axis_start),
            axis_end: c.day("meta", "axis_end", &m.axis_end),
        };
        if meta.axis_start >= meta.axis_end {
            c.fail("meta", "axis_end", "must come after axis_start");
        }

        let mut ids = Ids::new();
        let mut sources = Vec::new();
        for s in &raw.sources {
            let record = format!("source {:?}", s.id);
            c.id(&record, &s.id, &mut ids);
            c.non_empty(&record, "outlet", &s.outlet);
            if let Some(h) = &s.headline {
                c.non_empty(&record, "headline", h);
            }
            if let Some(u) = &s.url {
                c.url(&record, u);
            }
            if let Some(v) = &s.via {
                c.non_empty(&record, "via", v);
            }
            if let Some(published) = c.date(&record, "published", &s.published) {
                sources.push(Source {
                    id: s.id.clone(),
                    outlet: s.outlet.clone(),
                    headline: s.headline.clone(),
                    published,
                    url: s.url.clone(),
                    via: s.via.clone(),
                });
            }
        }
        let source_ids = ids;

        let mut phase_ids = Ids::new();
        for p in &raw.phases {
            c.id(&format!("phase {:?}", p.id), &p.id, &mut phase_ids);
        }
        if raw.phases.is_empty() {
            c.fail("dataset", "phases", "a story needs at least one phase");
        }
        let phases: Vec<Phase> = raw
            .phases
            .iter()
            .map(|p| {
                let record = format!("phase {:?}", p.id);
                c.non_empty(&record, "name", &p.name);
                c.non_empty(&record, "summary", &p.summary);
                if p.places.iter().any(|pl| pl.trim().is_empty()) {
                    c.fail(&record, "places", "a place must not be empty");
                }
                if p.places.iter().any(|pl| pl.contains(['\n', '\r'])) {
                    c.fail(&record, "places", "a place must be on one line");
                }
                if p.sources.is_empty() {
                    c.fail(&record, "sources", "a phase needs at least one source");
                }
                for s in &p.sources {
                    c.reference(&record, "sources", s, &source_ids, "source");
                }
                Phase {
                    id: p.id.clone(),
                    name: p.name.clone(),
                    year: p.year,
                    places: p.places.clone(),
                    summary: p.summary.clone(),
                    sources: p.sources.clone(),
                }
            })
            .collect();

        let mut subject_ids = Ids::new();
        let mut subjects = Vec::new();
        for s in &raw.subjects {
            let record = format!("subject {:?}", s.id);
            c.id(&record, &s.id, &mut subject_ids);
            c.non_empty(&record, "label", &s.label);
            if let Some(p) = &s.phase {
                c.reference(&record, "phase", p, &phase_ids, "phase");
            }
            match SubjectKind::parse(&s.kind) {
                Some(kind) => subjects.push(Subject {
                    id: s.id.clone(),
                    phase: s.phase.clone(),
                    kind,
                    label: s.label.clone(),
                }),
                None => c.fail(
                    &record,
                    "kind",
                    format!(
                        "unknown kind {:?} (expected start, deadline, completion, fact or reports)",
                        s.kind
                    ),
                ),
            }
        }
        let kinds: Vec<(String, SubjectKind)> =
            subjects.iter().map(|s| (s.id.clone(), s.kind)).collect();

        let mut claim_ids = Ids::new();
        let mut claims = Vec::new();
        for raw_claim in &raw.claims {
            let record = format!("claim {:?}", raw_claim.id);
            c.id(&record, &raw_claim.id, &mut claim_ids);
            c.reference(&record, "source", &raw_claim.source, &source_ids, "source");
            if let Some(claim) = c.claim(raw_claim, &kinds) {
                claims.push(claim);
            }
        }

        c.counts_all_or_none(&claims);

        let mut event_ids = Ids::new();
        let mut events = Vec::new();
        for e in &raw.events {
            let record = format!("event {:?}", e.id);
            c.id(&record, &e.id, &mut event_ids);
            c.non_empty(&record, "summary", &e.summary);
            if let Some(p) = &e.phase {
                c.reference(&record, "phase", p, &phase_ids, "phase");
            }
            if e.sources.is_empty() {
                c.fail(&record, "sources", "an event needs at least one source");
            }
            for s in &e.sources {
                c.reference(&record, "sources", s, &source_ids, "source");
            }
            if let Some(date) = c.date(&record, "date", &e.date) {
                events.push(Event {
                    id: e.id.clone(),
                    date,
                    phase: e.phase.clone(),
                    summary: e.summary.clone(),
                    sources: e.sources.clone(),
                    inference: e.date.inference.clone(),
                });
            }
        }
        super::sort::sort_by_key(&mut events, |e| (e.date.first_day, e.date.last_day));

        for p in &phases {
            let has_deadline = subjects.iter().any(|s| {
                s.kind == SubjectKind::Deadline
                    && s.phase.as_deref() == Some(p.id.as_str())
                    && claims.iter().any(|c| c.subject == s.id)
            });
            if !has_deadline {
                c.fail(
                    &format!("phase {:?}", p.id),
                    "deadline",
                    "no claim gives this phase a deadline",
                );
            }
        }

        if c.errors.is_empty() {
            Ok(Story {
                meta,
                sources,
                phases,
                subjects,
                claims,
                events,
            })
        } else {
            Err(ValidationErrors(c.errors))
        }
    }
}
