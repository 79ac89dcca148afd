//! What readers see at an instant, as plain text: the same core answers the widget draws
//! (`crate::html`, `crate::ui`) in the same words (`crate::text`), one line each. Evidence
//! the widget keeps in its disclosures is summarized by their titles; the badges are listed
//! with their positions and how many sources hold each.

use crate::core::countdown::{countdown, reading_at};
use crate::core::date::{format_day, local_day, parse_rfc3339, start_of_day, ReportedDate};
use crate::core::disagreement::{disagreement, subject_counts};
use crate::core::status::{phase_status, PhaseStatus, Status};
use crate::core::story::{Phase, Source, Story, SubjectKind};
use crate::html::{basis_lines, passed_and_ahead, position_name, positions_text, value_text};
use crate::text;
use chrono::{DateTime, FixedOffset, Utc};
use std::fmt::Write;

/// The languages `show` can speak: the widget's strings exist in English only
/// (`src/text.rs`).
pub const LANGUAGES: [&str; 1] = ["en"];

/// Reads `--now`: a day `YYYY-MM-DD` (midnight in the story's zone `zone`) or an RFC 3339
/// instant, as the widget reads its `now` URL parameter.
pub fn instant(text: &str, zone: FixedOffset) -> Option<DateTime<Utc>> {
    if text.len() == 10 {
        let day = ReportedDate::parse("day", text, None, false).ok()?;
        return Some(start_of_day(day.first_day, zone));
    }
    parse_rfc3339(text)
}

/// The tracker at `now` as text. With `preview`, it opens with the widget's banner for a
/// frozen clock.
pub fn render(story: &Story, now: DateTime<Utc>, preview: bool) -> String {
    let day = |t: DateTime<Utc>| format_day(local_day(t, story.meta.offset));
    let mut out = String::new();
    if preview {
        let _ = writeln!(out, "{}\n", text::preview(&day(now)));
    }
    let _ = writeln!(out, "{}\n{}", story.meta.title, story.meta.dek);
    let mut dates = text::last_reviewed(&format_day(story.meta.last_reviewed));
    if let Some(newest) = story.newest_source(now) {
        let _ = write!(
            dates,
            " · {}",
            text::newest_source(&day(story.published_at(newest)))
        );
    }
    let _ = writeln!(out, "{dates}");
    for phase in &story.phases {
        out.push('\n');
        out.push_str(&phase_text(story, phase, now));
    }
    let (subjects, disputed) = subject_counts(story, None, now);
    let events = story.events_of_phase(None, now).count();
    let _ = writeln!(
        out,
        "\n{}",
        text::context_summary(subjects, disputed, events)
    );
    out.push_str(&badges(story, None, None, now, "  "));
    out
}

/// One phase: its tab, status and detail, the badges at a glance, the deadline rows with
/// their countdown, the floors, then what its disclosures hold.
fn phase_text(story: &Story, phase: &Phase, now: DateTime<Utc>) -> String {
    let status = phase_status(story, phase, now);
    let mut out = format!(
        "{}: {}\n",
        text::tab(&phase.name, phase.year),
        text::status(status.status)
    );
    for line in status_detail(story, &status) {
        let _ = writeln!(out, "  {line}");
    }
    out.push_str(&badges(
        story,
        Some(&phase.id),
        Some(SubjectKind::Completion),
        now,
        "  ",
    ));
    let _ = writeln!(out, "  {}", text::COUNTDOWN);
    out.push_str(&badges(
        story,
        Some(&phase.id),
        Some(SubjectKind::Deadline),
        now,
        "    ",
    ));
    let cd = countdown(story, phase, now);
    for (i, d) in cd.deadlines.iter().enumerate() {
        let position = &d.position;
        let precision = position.precision();
        let mut line = position_name(position);
        let note = text::precision_note(precision);
        if !note.is_empty() {
            let _ = write!(line, " ({note})");
        }
        let reading = reading_at(d.target(), precision, story.meta.offset, now);
        let _ = write!(line, ": {}", text::reading(reading));
        if let Some(f) = cd.finished.get(i) {
            let _ = write!(line, "; {}", text::finished(f.days_late));
        }
        let _ = writeln!(out, "    {line}");
        let list = sources(story, position.claims.iter().map(|c| &c.source));
        let count = position.source_count();
        if count > 2 {
            let _ = writeln!(out, "      {}: {list}", text::badge_count(count));
        } else {
            let _ = writeln!(out, "      {list}");
        }
    }
    for floor in &cd.floors {
        let _ = writeln!(
            out,
            "    {}: {}",
            value_text(floor),
            sources(story, [&floor.source])
        );
    }
    let events = story.events_of_phase(Some(&phase.id), now).count();
    let _ = writeln!(out, "  {}", text::events_summary(events));
    let (subjects, disputed) = subject_counts(story, Some(&phase.id), now);
    let _ = writeln!(out, "  {}", text::claims_summary(subjects, disputed));
    out.push_str(&badges(story, Some(&phase.id), None, now, "    "));
    let _ = writeln!(out, "  {}", text::about_summary(phase.places.len()));
    if !phase.places.is_empty() {
        let _ = writeln!(out, "    {}: {}", text::PLACES, phase.places.join("; "));
    }
    out
}

/// What follows a status in words (as `crate::html::status_detail` draws it): the reports
/// it rests on with their sources, one line per date or summary, or which deadlines passed
/// and which are still ahead, and the line saying coverage has gone quiet.
fn status_detail(story: &Story, status: &PhaseStatus) -> Vec<String> {
    match status.status {
        Status::CompletionReported | Status::StartReported => basis_lines(status)
            .into_iter()
            .map(|(words, ids)| format!("{words} {}", sources(story, ids)))
            .collect(),
        Status::DeadlinePassed => {
            let mut lines = vec![passed_and_ahead(status)];
            if let Some(last) = status.quiet_since {
                lines.push(text::quiet_since(&format_day(local_day(
                    last,
                    story.meta.offset,
                ))));
            }
            lines
        }
        Status::NoStartReported => Vec::new(),
    }
}

/// A line per sources-disagree badge at `now` on the subjects of `phase` (the story-wide
/// ones for `None`), of `kind` or of every kind: what is disputed, then each position and
/// how many sources hold it.
fn badges(
    story: &Story,
    phase: Option<&str>,
    kind: Option<SubjectKind>,
    now: DateTime<Utc>,
    indent: &str,
) -> String {
    story
        .subjects
        .iter()
        .filter(|s| s.phase.as_deref() == phase && kind.is_none_or(|k| s.kind == k))
        .filter_map(|s| disagreement(story, s, now))
        .map(|d| {
            format!(
                "{indent}{} {}: {}\n",
                text::BADGE_LEAD,
                text::badge_subject(&d.subject.label),
                positions_text(story, &d)
            )
        })
        .collect()
}

/// Sources by id, each once, separated by semicolons (as `crate::html::sources` lists them).
fn sources<'a>(story: &Story, ids: impl IntoIterator<Item = &'a String>) -> String {
    let mut seen: Vec<&str> = Vec::new();
    ids.into_iter()
        .filter(|id| {
            let new = !seen.contains(&id.as_str());
            seen.push(id);
            new
        })
        .filter_map(|id| story.source(id))
        .map(|s| source(story, s))
        .collect::<Vec<_>>()
        .join("; ")
}

/// One source as `crate::html::source` shows it: outlet (and the agency it came through),
/// "no link found" when there is no link, its publication day, and whether that day is
/// inferred.
fn source(story: &Story, source: &Source) -> String {
    let day = format_day(local_day(story.published_at(source), story.meta.offset));
    let mut name = match &source.via {
        Some(v) => format!("{} ({})", source.outlet, text::via(v)),
        None => source.outlet.clone(),
    };
    if source.url.is_none() {
        let _ = write!(name, " ({})", text::NO_LINK);
    }
    let inferred = if source.published.inferred {
        format!(" ({})", text::INFERRED)
    } else {
        String::new()
    };
    format!("{name}, {day}{inferred}")
}
