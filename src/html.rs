//! Read-only markup as HTML strings: claims, sources, events, value groups, status details
//! and the time axis. The components set these with `inner_html`, in the browser and in the
//! first view rendered at build time; rendering them as strings instead of Leptos views
//! keeps the wasm small. Every text from the data file is escaped here.

use crate::core::axis::AxisMarks;
use crate::core::countdown::Countdown;
use crate::core::date::{closing_day, format_day, local_day};
use crate::core::deadline::Position;
use crate::core::disagreement::{disagreement, Disagreement, ValueGroup};
use crate::core::status::{PhaseStatus, Status};
use crate::core::story::{Claim, ClaimValue, Event, Phase, Source, Story, Subject, SubjectKind};
use crate::text;
use chrono::{DateTime, Utc};
use std::fmt::Write;

/// The id of a phase panel's (visually hidden) name heading. Each section of the panel is
/// labelled by it and its own heading ("Federal Iraq, 2025 Countdown"), so landmarks stay
/// distinct when several panels are shown at once (the page without its live widget).
pub fn phase_name_id(phase_id: &str) -> String {
    format!("phase-name-{phase_id}")
}

/// Escapes text for HTML content and double-quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// The HTML an editor pastes into an article: an iframe with a real title, full width, an
/// initial height and lazy loading, and the script that keeps its height right.
pub fn snippet(widget_url: &str, title: &str, height: u32) -> String {
    let base = widget_url
        .rsplit_once('/')
        .map(|(dir, _)| dir)
        .unwrap_or(widget_url);
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" style=\"border:0\" data-phase-tracker></iframe>\n<script src=\"{}/embed.js\" async></script>",
        escape(widget_url),
        escape(title),
        escape(base)
    )
}

/// What a claim says, in words: the date as the source wrote it ("expected ..." for a
/// forecast, "... (a floor, not a deadline)" for a floor), or the value's label. An account
/// says nothing beyond its summary.
pub fn value_text(claim: &Claim) -> String {
    match &claim.value {
        ClaimValue::Date(d) if claim.forecast => text::expected(&d.to_string()),
        ClaimValue::Date(d) if claim.is_floor() => text::floor(&d.to_string()),
        ClaimValue::Date(d) => d.to_string(),
        ClaimValue::Category { label, .. } if claim.forecast => text::expected(label),
        ClaimValue::Category { label, .. } => label.clone(),
        ClaimValue::Account => String::new(),
    }
}

/// A deadline position's name: "September 2026", "end of 2026".
pub fn position_name(position: &Position) -> String {
    let date = position.date();
    text::position(&date.period_text(), date.precision)
}

/// What a group of claims holding one position says: the deadline's name for a deadline,
/// else each distinct wording of its claims ("Erbil / The Kurdistan Region").
pub fn group_text(story: &Story, d: &Disagreement, g: &ValueGroup) -> String {
    if d.subject.kind == SubjectKind::Deadline {
        let position = Position {
            target: g.claims[0]
                .date()
                .map(|date| date.target(story.meta.offset))
                .unwrap_or_default(),
            claims: g.claims.clone(),
        };
        return position_name(&position);
    }
    let mut texts: Vec<String> = Vec::new();
    for c in &g.claims {
        let t = value_text(c);
        if !texts.contains(&t) {
            texts.push(t);
        }
    }
    texts.join(" / ")
}

/// " (inferred date)" when `inferred`, else nothing.
fn inferred_mark(inferred: bool) -> String {
    if inferred {
        format!(" <span class=\"inferred\">({})</span>", text::INFERRED)
    } else {
        String::new()
    }
}

/// Why a date was inferred, as a short note after a claim or event.
fn inference_note(reason: Option<&str>) -> String {
    reason
        .map(|r| {
            format!(
                "<span class=\"inference\">{}</span>",
                escape(&text::inferred_because(r))
            )
        })
        .unwrap_or_default()
}

/// One source: its outlet linked (new tab), publication day and inferred mark.
pub fn source(story: &Story, source: &Source) -> String {
    let day = format_day(local_day(story.published_at(source), story.meta.offset));
    let name = match &source.via {
        Some(v) => format!("{} ({})", source.outlet, text::via(v)),
        None => source.outlet.clone(),
    };
    let link = match &source.url {
        Some(url) => format!(
            "<a href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\" title=\"{}\">{}<span class=\"sr-only\"> {}</span></a>",
            escape(url),
            escape(source.headline.as_deref().unwrap_or_default()),
            escape(&name),
            text::NEW_TAB
        ),
        None => format!("{} ({})", escape(&name), text::NO_LINK),
    };
    format!(
        "<span class=\"source\">{link}, <span class=\"published\">{day}</span>{}</span>",
        inferred_mark(source.published.inferred)
    )
}

/// Several sources by id, separated by semicolons.
pub fn sources<'a>(story: &Story, ids: impl IntoIterator<Item = &'a String>) -> String {
    let mut seen: Vec<&str> = Vec::new();
    let links: Vec<String> = ids
        .into_iter()
        .filter(|id| {
            let new = !seen.contains(&id.as_str());
            seen.push(id);
            new
        })
        .filter_map(|id| story.source(id))
        .map(|s| source(story, s))
        .collect();
    format!("<span class=\"sources\">{}</span>", links.join("; "))
}

/// One claim as a list item: value, summary, quote, speaker and source.
pub fn claim(story: &Story, claim: &Claim) -> String {
    let src = story.source(&claim.source);
    let outlet = src.map(|s| s.outlet.as_str()).unwrap_or_default();
    let inferred = claim.date().is_some_and(|d| d.inferred);
    let value = value_text(claim);
    let mut html = String::from("<li class=\"claim\">");
    if !value.is_empty() {
        let counts = match &claim.value {
            ClaimValue::Category {
                counts: Some(counts),
                ..
            } => format!(" <span class=\"counts\">({})</span>", escape(counts)),
            _ => String::new(),
        };
        let _ = write!(
            html,
            "<p class=\"claim-value\"><strong>{}</strong>{counts}{}</p>",
            escape(&value),
            inferred_mark(inferred)
        );
    }
    let _ = write!(
        html,
        "<p class=\"claim-summary\">{}{}</p>",
        escape(&claim.summary),
        inference_note(claim.inference.as_deref())
    );
    if let Some(q) = &claim.quote {
        let translation = claim
            .translated_by
            .as_deref()
            .map(|t| {
                format!(
                    " <span class=\"translation\">({})</span>",
                    escape(&text::translated_by(t))
                )
            })
            .unwrap_or_default();
        let _ = write!(
            html,
            "<blockquote class=\"quote\"><p>“{}”{translation}</p></blockquote>",
            escape(q)
        );
    }
    let _ = write!(
        html,
        "<p class=\"claim-source\"><span class=\"speaker\">{}</span> · {}</p></li>",
        escape(&text::speaker(&claim.speaker, outlet)),
        src.map(|s| source(story, s)).unwrap_or_default()
    );
    html
}

/// Claims as list items.
pub fn claims<'a>(story: &Story, list: impl IntoIterator<Item = &'a Claim>) -> String {
    list.into_iter().map(|c| claim(story, c)).collect()
}

/// A disagreement's claims side by side, one section per position.
pub fn groups(story: &Story, d: &Disagreement) -> String {
    d.groups
        .iter()
        .map(|g| {
            let inferred = g.value().date().is_some_and(|d| d.inferred);
            format!(
                "<section class=\"group\"><h3 class=\"group-value\">{}{}</h3><p class=\"group-size\">{}</p><ul class=\"group-claims\">{}</ul></section>",
                escape(&group_text(story, d, g)),
                inferred_mark(inferred),
                text::badge_count(g.source_count()),
                claims(story, g.claims.iter().copied())
            )
        })
        .collect()
}

/// A subject's claims at `now`: where sources disagree, one line naming the positions (the
/// badge beside it holds them side by side) and then, in full, the claims that hold no
/// position in the dispute; else every claim in full.
pub fn subject_body(story: &Story, subject: &Subject, now: DateTime<Utc>) -> String {
    match disagreement(story, subject, now) {
        Some(d) => {
            let mut html = format!("<p class=\"values\">{}</p>", positions_summary(story, &d));
            if !d.others.is_empty() {
                let _ = write!(
                    html,
                    "<p class=\"also\">{}</p><ul class=\"claim-list\">{}</ul>",
                    text::ALSO_REPORTED,
                    claims(story, d.others.iter().copied())
                );
            }
            html
        }
        None => {
            let list = claims(story, story.claims_on(&subject.id, now));
            if list.is_empty() {
                format!("<p class=\"empty\">{}</p>", text::NO_CLAIMS)
            } else {
                format!("<ul class=\"claim-list\">{list}</ul>")
            }
        }
    }
}

/// One line naming each position in a dispute and how many sources hold it:
/// "September 2026 (8 sources) · end of 2026 (2 sources)".
/// Positions on a measure are introduced by what they count: "Foreign troops in Iraq after
/// the federal drawdown: About 1,500 ... (1 source) · About 2,500 US troops (1 source)".
pub fn positions_summary(story: &Story, d: &Disagreement) -> String {
    let parts: Vec<String> = d
        .groups
        .iter()
        .map(|g| text::held_by(&group_text(story, d, g), g.source_count()))
        .collect();
    let measure = match d.groups.first().map(ValueGroup::value) {
        Some(ClaimValue::Category {
            counts: Some(counts),
            ..
        }) => format!("{}: ", text::heading(counts)),
        _ => String::new(),
    };
    escape(&format!("{measure}{}", parts.join(" · ")))
}

/// Events as list items, with their dates and sources.
pub fn events<'a>(story: &Story, list: impl IntoIterator<Item = &'a Event>) -> String {
    list.into_iter()
        .map(|e| {
            format!(
                "<li class=\"event\"><span class=\"event-date\">{}{}</span><span class=\"event-summary\">{}{}</span>{}</li>",
                escape(&e.date.to_string()),
                inferred_mark(e.date.inferred),
                escape(&e.summary),
                inference_note(e.inference.as_deref()),
                sources(story, &e.sources)
            )
        })
        .collect()
}

/// What follows a status in words: the reports it rests on with their sources, or which
/// deadlines have passed and which are still ahead, and a plain line when coverage has
/// gone quiet.
pub fn status_detail(story: &Story, status: &PhaseStatus) -> String {
    let zone = story.meta.offset;
    let reports = |date_text: &dyn Fn(&Claim) -> String| -> String {
        status
            .basis
            .iter()
            .map(|c| {
                format!(
                    "<span class=\"basis\">{} {}</span>",
                    escape(&date_text(c)),
                    sources(story, [&c.source])
                )
            })
            .collect()
    };
    match status.status {
        Status::CompletionReported => reports(&|c: &Claim| {
            text::completed_on(&c.date().map(ToString::to_string).unwrap_or_default())
        }),
        Status::StartReported => reports(&|c: &Claim| c.summary.clone()),
        Status::DeadlinePassed => {
            let named = |passed: bool| -> Vec<String> {
                status
                    .deadlines
                    .iter()
                    .filter(|p| (p.target <= status.as_of) == passed)
                    .map(|p| text::held_by(&position_name(p), p.source_count()))
                    .collect()
            };
            let mut html = escape(&text::deadlines_passed(&named(true), &named(false)));
            if let Some(last) = status.quiet_since {
                let _ = write!(
                    html,
                    " <strong class=\"quiet\">{}</strong>",
                    escape(&text::quiet_since(&format_day(local_day(last, zone))))
                );
            }
            html
        }
        Status::NoStartReported => String::new(),
    }
}

/// The inside of the tracker's header: title, dek, review date and the newest source known
/// at `now`, after a preview banner when the clock is frozen at `preview`.
pub fn header(story: &Story, now: DateTime<Utc>, preview: Option<DateTime<Utc>>) -> String {
    let zone = story.meta.offset;
    let day = |t: DateTime<Utc>| format_day(local_day(t, zone));
    let mut html = String::new();
    if let Some(t) = preview {
        let _ = write!(
            html,
            "<p class=\"preview-banner\" role=\"note\">{}</p>",
            escape(&text::preview(&day(t)))
        );
    }
    let _ = write!(
        html,
        "<h1 class=\"title\">{}</h1><p class=\"dek\">{}</p><p class=\"dates\"><span>{}</span>",
        escape(&story.meta.title),
        escape(&story.meta.dek),
        escape(&text::last_reviewed(&format_day(story.meta.last_reviewed)))
    );
    if let Some(newest) = story.newest_source(now) {
        let _ = write!(
            html,
            "<span class=\"sep\" aria-hidden=\"true\"> · </span><span>{}</span>",
            escape(&text::newest_source(&day(story.published_at(newest))))
        );
    }
    html.push_str("</p>");
    html
}

/// The day a deadline closes, for display ("30 Sep 2026"; see [`closing_day`]).
pub fn deadline_day(story: &Story, target: DateTime<Utc>) -> String {
    format_day(closing_day(target, story.meta.offset))
}

/// The floors beside a phase's deadlines ("at least until September 2026 (a floor, not a
/// deadline)"), each with its source; nothing when there are none.
pub fn floors(story: &Story, floors: &[&Claim]) -> String {
    let items: String = floors
        .iter()
        .map(|c| {
            format!(
                "<li>{} {}</li>",
                escape(&value_text(c)),
                sources(story, [&c.source])
            )
        })
        .collect();
    if items.is_empty() {
        items
    } else {
        format!("<ul class=\"floors\">{items}</ul>")
    }
}

/// For a completed phase, how its reported completion compares with each deadline.
pub fn finished(countdown: &Countdown) -> String {
    let items: String = countdown
        .finished
        .iter()
        .map(|f| {
            let deadline = text::position(&f.deadline.period_text(), f.deadline.precision);
            format!(
                "<li>{}</li>",
                escape(&text::finished(f.days_late, &deadline))
            )
        })
        .collect();
    if items.is_empty() {
        items
    } else {
        format!("<ul class=\"finished\">{items}</ul>")
    }
}

/// A symbol for a status, so it is never told by colour alone.
fn status_symbol(status: Status) -> &'static str {
    match status {
        Status::NoStartReported => "○",
        Status::StartReported => "◐",
        Status::DeadlinePassed => "!",
        Status::CompletionReported => "✓",
    }
}

/// A phase's status in words, symbol and colour, with its detail.
pub fn status(story: &Story, status: &PhaseStatus) -> String {
    format!(
        "<p class=\"status {}\"><span class=\"status-symbol\" aria-hidden=\"true\">{}</span> <strong class=\"status-text\">{}</strong> <span class=\"status-detail\">{}</span></p>",
        text::status_class(status.status),
        status_symbol(status.status),
        text::status(status.status),
        status_detail(story, status)
    )
}

/// What the phase is and the places it covers, with the sources for both.
pub fn phase_intro(story: &Story, phase: &Phase) -> String {
    let places: String = phase
        .places
        .iter()
        .map(|p| format!("<li>{}</li>", escape(p)))
        .collect();
    let id = escape(&phase.id);
    let name_id = escape(&phase_name_id(&phase.id));
    format!(
        "<p class=\"phase-summary\">{}</p><section class=\"places\" aria-labelledby=\"{name_id} places-{id}\"><h2 id=\"places-{id}\">{}</h2><ul>{places}</ul><p class=\"phase-sources\">{} {}</p></section>",
        escape(&phase.summary),
        text::PLACES,
        text::SOURCES,
        sources(story, &phase.sources)
    )
}

/// The phase's events known at `now`, with a heading.
pub fn events_section(story: &Story, phase: &Phase, now: DateTime<Utc>) -> String {
    let items = events(story, story.events_of(Some(&phase.id), now));
    let list = if items.is_empty() {
        format!("<p class=\"empty\">{}</p>", text::NO_EVENTS)
    } else {
        format!("<ol class=\"events\">{items}</ol>")
    };
    let id = escape(&phase.id);
    let name_id = escape(&phase_name_id(&phase.id));
    format!(
        "<section class=\"events-section\" aria-labelledby=\"{name_id} events-{id}\"><h2 id=\"events-{id}\">{}</h2>{list}</section>",
        text::EVENTS
    )
}

/// The time axis with its caption: the span, a legend, and the date of the "today" mark,
/// labelled `today_label` ("today" live, "as of" on the page rendered at build time).
pub fn axis_figure(
    story: &Story,
    marks: &AxisMarks,
    today: DateTime<Utc>,
    today_label: &str,
) -> String {
    format!(
        "{}<figcaption><span>{} ({} – {})</span><span class=\"legend\"><span class=\"key window-key\" aria-hidden=\"true\"></span>{}<span class=\"key done-key\" aria-hidden=\"true\"></span>{}<span class=\"key today-key\" aria-hidden=\"true\"></span><span class=\"today-label\">{} {}</span></span></figcaption>",
        axis(story, marks),
        text::AXIS,
        format_day(story.meta.axis_start),
        format_day(story.meta.axis_end),
        text::AXIS_DEADLINE,
        text::AXIS_DONE,
        today_label,
        format_day(local_day(today, story.meta.offset))
    )
}

/// A fraction as an SVG percentage with two decimals, without float formatting (which
/// would add about 11 KB of wasm).
fn pct(f: f64) -> String {
    let basis_points = (f.clamp(0.0, 1.0) * 10_000.0).round() as u32;
    format!("{}.{:02}%", basis_points / 100, basis_points % 100)
}

/// Height of one phase's row on the axis, in px: its label on top, its marks below, so
/// they never overlap on a narrow screen.
const ROW: usize = 34;

/// Where a row's marks start below its top, and how tall they are, in px.
const MARK_TOP: usize = 16;
const MARK_HEIGHT: usize = 12;

/// The time axis as SVG, drawn in percentages so its text never stretches. Decorative:
/// the caption beside it says the same in words.
pub fn axis(story: &Story, marks: &AxisMarks) -> String {
    let base = marks.rows.len() * ROW + 4;
    let mut svg = format!(
        "<svg class=\"axis-drawing\" width=\"100%\" height=\"{}\" aria-hidden=\"true\" focusable=\"false\"><line class=\"baseline\" x1=\"0\" x2=\"100%\" y1=\"{base}\" y2=\"{base}\"/>",
        base + 22
    );
    for (year, f) in &marks.years {
        let x = pct(*f);
        let _ = write!(
            svg,
            "<line class=\"year\" x1=\"{x}\" x2=\"{x}\" y1=\"0\" y2=\"{}\"/><text class=\"year-label\" x=\"{x}\" y=\"{}\">{year}</text>",
            base + 4,
            base + 18
        );
    }
    for (i, row) in marks.rows.iter().enumerate() {
        let y = i * ROW + 4;
        let name = story
            .phases
            .get(i)
            .map(|p| p.name.as_str())
            .unwrap_or_default();
        let _ = write!(
            svg,
            "<text class=\"row-label\" x=\"0.5%\" y=\"{}\">{}</text>",
            y + 11,
            escape(name)
        );
        for (a, b) in &row.windows {
            let _ = write!(
                svg,
                "<rect class=\"window row-{i}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{MARK_HEIGHT}\" rx=\"2\"/>",
                pct(*a),
                y + MARK_TOP,
                pct((b - a).max(0.004))
            );
        }
        for f in &row.completions {
            let _ = write!(
                svg,
                "<circle class=\"done\" cx=\"{}\" cy=\"{}\" r=\"5\"/>",
                pct(*f),
                y + MARK_TOP + MARK_HEIGHT / 2
            );
        }
    }
    if let Some(f) = marks.today {
        let x = pct(f);
        let _ = write!(
            svg,
            "<line class=\"today\" x1=\"{x}\" x2=\"{x}\" y1=\"0\" y2=\"{}\"/>",
            base + 4
        );
    }
    svg.push_str("</svg>");
    svg
}
