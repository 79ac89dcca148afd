//! Read-only markup as HTML strings: claims, sources, events, value groups, status details
//! and the time axis. The build draws them for the first view and for every state of the
//! story ([`crate::states`]), which the components set with `inner_html`; the wasm draws
//! only the few that move within a state (the timeline's "today", the replay's banner and
//! control). Every text from the data file is escaped here.

use crate::core::axis::{clusters, AxisMarks, Mark, MarkKind, MARK_SPACE, WIDTHS};
use crate::core::countdown::countdown;
use crate::core::date::{closing_day, format_day, local_day};
use crate::core::deadline::positions;
use crate::core::deadline::Position;
use crate::core::disagreement::{disagreement, Disagreement, ValueGroup};
use crate::core::fallback;
use crate::core::regions::{TODAY_LEGEND, TODAY_LINE};
use crate::core::status::{phase_status, PhaseStatus, Status};
use crate::core::story::{Claim, ClaimValue, Event, Phase, Source, Story, Subject, SubjectKind};
use crate::text;
use chrono::{DateTime, FixedOffset, Utc};
use std::fmt::Write;

/// The id of a phase panel's (visually hidden) name heading. Each section of the panel is
/// labelled by it and its own heading ("Federal Iraq, 2025 Countdown"), so landmarks stay
/// distinct when several panels are shown at once (the page without its live widget).
pub fn phase_name_id(phase_id: &str) -> String {
    format!("phase-name-{phase_id}")
}

/// The attributes of English text (outlet names, quotes) on a page in another language;
/// nothing on an English page.
const ENGLISH: &str = if text::RTL {
    " lang=\"en\" dir=\"ltr\""
} else {
    ""
};

/// The `lang` attribute of a frame or element whose text is the widget's own, in a page that
/// may be in another language: nothing for English.
pub fn widget_lang() -> String {
    if text::LANG == crate::core::locale::Lang::En {
        String::new()
    } else {
        format!(" lang=\"{}\"", text::LANG.bcp47())
    }
}

/// An English name or quote (an outlet, an agency, a translator) as markup: on a page in
/// another language, marked `lang="en"` and isolated so it does not reorder the text
/// around it.
fn english(text: &str) -> String {
    if text::RTL {
        format!("<bdi{ENGLISH}>{}</bdi>", escape(text))
    } else {
        escape(text)
    }
}

/// A template of the strings table with one English name in it, as markup (the template has
/// no markup characters; the name is [`english`]).
fn with_english(template: &str, key: &str, name: &str) -> String {
    text::fill(&escape(template), &[(key, &english(name))])
}

/// Escapes text for HTML content; a text a translation left in English
/// ([`crate::core::fallback`]) becomes a `<span lang="en">`.
pub fn escape(text: &str) -> String {
    escape_marking(text, true)
}

/// Escapes text for a double-quoted attribute or an SVG drawing's text, where markup cannot
/// say a text is English: its markers ([`crate::core::fallback`]) are dropped.
pub fn escape_attr(text: &str) -> String {
    escape_marking(text, false)
}

/// Escapes `text`, with a span for each text left in English or (`spans` false) without.
#[inline(never)]
fn escape_marking(text: &str, spans: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            fallback::OPEN if spans => out.push_str("<span lang=\"en\" dir=\"ltr\">"),
            fallback::CLOSE if spans => out.push_str("</span>"),
            fallback::OPEN | fallback::CLOSE => {}
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// The HTML an editor pastes into an article: an iframe with a real title (marked with the
/// widget's language when it is not English), full width, an initial height and lazy
/// loading, and the script that keeps its height right.
pub fn snippet(widget_url: &str, title: &str, height: u32) -> String {
    let base = widget_url
        .rsplit_once('/')
        .map(|(dir, _)| dir)
        .unwrap_or(widget_url);
    format!(
        "<iframe src=\"{}\"{} title=\"{}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" style=\"border:0\" data-phase-tracker></iframe>\n<script src=\"{}/embed.js\" async></script>",
        escape_attr(widget_url),
        // The title is in the widget's language, which the article's may not be.
        widget_lang(),
        escape_attr(title),
        escape_attr(base)
    )
}

/// The embed control's markup: a button that reveals the snippet's (empty) text box.
pub fn embed_control() -> String {
    format!(
        "<button type=\"button\" class=\"embed-toggle\" aria-expanded=\"false\" aria-controls=\"embed-code\">{}</button><div id=\"embed-code\" class=\"embed-code\" hidden><label for=\"embed-snippet\">{}</label><textarea id=\"embed-snippet\" readonly rows=\"5\" spellcheck=\"false\"{}></textarea></div>",
        text::EMBED,
        text::EMBED_HELP,
        // The snippet is HTML, read left to right whatever the page's direction.
        if text::RTL { " dir=\"ltr\"" } else { "" }
    )
}

/// What a claim says, in words: the date as the source wrote it ("expected ..." for a
/// forecast, "... (a floor, not a deadline)" for a floor), or the value's label. An account
/// says nothing beyond its summary.
pub fn value_text(claim: &Claim) -> String {
    match &claim.value {
        ClaimValue::Date(d) if claim.forecast => text::expected(&text::date(d)),
        ClaimValue::Date(d) if claim.is_floor() => text::floor(&text::date(d)),
        ClaimValue::Date(d) => text::date(d),
        ClaimValue::Category { label, .. } if claim.forecast => text::expected(label),
        ClaimValue::Category { label, .. } => label.clone(),
        ClaimValue::Account => String::new(),
    }
}

/// A deadline position's name: "September 2026", "end of 2026".
pub fn position_name(position: &Position) -> String {
    let date = position.date();
    text::position(&text::period(date), date.precision)
}

/// A phase's countdown rows at `as_of`: one per deadline position, named at the precision
/// the sources gave, with its clock cell empty (drawn by the build, the rows never show a
/// stale countdown: the loader's countdown and then the live widget's ticker fill the cells
/// from their `data-target` and `data-precision`), how a reported completion compares with
/// it, and its sources (folded away when there are more than two); then the floors.
pub fn countdown_rows(story: &Story, phase: &Phase, as_of: DateTime<Utc>) -> String {
    let cd = countdown(story, phase, as_of);
    let rows: String = cd
        .deadlines
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let position = &d.position;
            let note = text::precision_note(position.precision());
            let note = if note.is_empty() {
                String::new()
            } else {
                format!(" <span class=\"precision\">{note}</span>")
            };
            let finish = cd
                .finished
                .get(i)
                .map(|f| {
                    format!(
                        "<span class=\"finish\">{}</span>",
                        escape(&text::finished(f.days_late))
                    )
                })
                .unwrap_or_default();
            let list = sources(story, position.claims.iter().map(|c| &c.source));
            let count = position.source_count();
            let sources = if count > 2 {
                format!(
                    "<details class=\"row-sources\"><summary>{}</summary>{list}</details>",
                    text::badge_count(count)
                )
            } else {
                list
            };
            format!(
                "<li class=\"deadline{}\"><span class=\"deadline-name\"><span class=\"deadline-day\">{}</span>{note}</span><span class=\"deadline-time\"><span class=\"deadline-clock\" data-target=\"{}\" data-precision=\"{}\">\u{a0}</span></span>{finish}{sources}</li>",
                if d.passed() { " passed" } else { "" },
                escape(&position_name(position)),
                d.target().timestamp(),
                position.precision().name()
            )
        })
        .collect();
    format!(
        "<ul class=\"deadlines\">{rows}</ul>{}",
        floors(story, &cd.floors)
    )
}

/// What is announced when the deadline passing at `target` passes: named as its sources
/// gave it.
pub fn deadline_announcement(story: &Story, phase: &Phase, target: DateTime<Utc>) -> String {
    let name = positions(story, phase, target)
        .iter()
        .find(|p| p.target == target)
        .map(position_name)
        .unwrap_or_else(|| deadline_day(story, target));
    text::deadline_now_passed(&name)
}

/// The pause control, when a deadline of `phase` known at `as_of` is given to the day (only
/// those tick by the second; a count of days needs none).
pub fn pause(story: &Story, phase: &Phase, as_of: DateTime<Utc>, paused: bool) -> String {
    if !countdown(story, phase, as_of).ticks_by_second() {
        return String::new();
    }
    format!(
        "<button type=\"button\" class=\"pause\" aria-pressed=\"{paused}\">{}</button>",
        if paused { text::RESUME } else { text::PAUSE }
    )
}

/// What a group of claims holding one position says: the deadline's name for a deadline,
/// else each distinct wording of its claims ("Erbil / The Kurdistan Region").
pub fn group_text(story: &Story, d: &Disagreement, g: &ValueGroup) -> String {
    if d.subject.kind == SubjectKind::Deadline {
        if let Some(position) = Position::of(&g.claims, story.meta.offset) {
            return position_name(&position);
        }
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
    // An outlet's name stays in English (the note of whom it came through is in the page's
    // language, around the agency's English name).
    let outlet = english(&source.outlet);
    let name = match &source.via {
        Some(v) => format!("{outlet} ({})", with_english(text::S.via, "agency", v)),
        None => outlet,
    };
    let link = match &source.url {
        Some(url) => format!(
            "<a href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\">{name}<span class=\"sr-only\"> {}</span></a>",
            escape(url),
            text::NEW_TAB
        ),
        None => format!("{name} ({})", text::NO_LINK),
    };
    format!(
        "<span class=\"source\">{link}{}<span class=\"published\">{day}</span>{}</span>",
        text::S.comma,
        inferred_mark(source.published.inferred)
    )
}

/// Several sources by id, separated by the language's semicolons.
pub fn sources<'a>(story: &Story, ids: impl IntoIterator<Item = &'a String>) -> String {
    let links: Vec<String> = story
        .distinct_sources(ids)
        .into_iter()
        .map(|s| source(story, s))
        .collect();
    format!(
        "<span class=\"sources\">{}</span>",
        links.join(text::S.list_separator)
    )
}

/// A small link to an item's own fragment, so a reader can copy or share where it is.
fn permalink(anchor: &str) -> String {
    format!(
        "<a class=\"permalink\" href=\"#{anchor}\">{}<span class=\"sr-only\"> {}</span></a>",
        text::LINK,
        text::LINK_WHAT
    )
}

/// One claim as a list item: value, summary, quote, speaker and source. With `anchored`, the
/// item carries its deep-link id (`claim-C26`, focusable) and a link to it; a claim shown in
/// two places is anchored in one.
pub fn claim(story: &Story, claim: &Claim, anchored: bool) -> String {
    let src = story.source(&claim.source);
    let outlet = src.map(|s| s.outlet.as_str()).unwrap_or_default();
    let inferred = claim.date().is_some_and(|d| d.inferred);
    let value = value_text(claim);
    let mut html = if anchored {
        format!(
            "<li class=\"claim\" id=\"{}\" tabindex=\"-1\">",
            escape(&claim_anchor(&claim.id))
        )
    } else {
        String::from("<li class=\"claim\">")
    };
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
                    with_english(text::S.translated_by, "translator", t)
                )
            })
            .unwrap_or_default();
        // A quote stays in the words it reached us in (English): marked so on a page in
        // another language, and isolated from the text around it (the note of who
        // translated it is in the page's language).
        let quoted = english(&format!("“{q}”"));
        let _ = write!(
            html,
            "<blockquote class=\"quote\"><p>{quoted}{translation}</p></blockquote>"
        );
        // On a page in another language: our translation beside it, marked as ours.
        if let Some(t) = &claim.quote_translation {
            let _ = write!(
                html,
                "<p class=\"quote-translation\">{} <span class=\"ours\">({})</span></p>",
                escape(t),
                text::S.our_translation
            );
        }
    }
    let _ = write!(
        html,
        "<p class=\"claim-source\"><span class=\"speaker\">{}</span>{}{}{}</p></li>",
        escape(&text::speaker(&claim.speaker, outlet)),
        text::S.separator,
        src.map(|s| source(story, s)).unwrap_or_default(),
        if anchored {
            permalink(&escape(&claim_anchor(&claim.id)))
        } else {
            String::new()
        }
    );
    html
}

/// Claims as list items, anchored.
pub fn claims<'a>(story: &Story, list: impl IntoIterator<Item = &'a Claim>) -> String {
    list.into_iter().map(|c| claim(story, c, true)).collect()
}

/// A disagreement's claims side by side, one section per position; `anchored` as for
/// [`claim`].
pub fn groups(story: &Story, d: &Disagreement, anchored: bool) -> String {
    d.groups
        .iter()
        .map(|g| {
            let inferred = g.value().date().is_some_and(|d| d.inferred);
            format!(
                "<section class=\"group\"><h3 class=\"group-value\">{}{}</h3><p class=\"group-size\">{}</p><ul class=\"group-claims\">{}</ul></section>",
                escape(&group_text(story, d, g)),
                inferred_mark(inferred),
                text::badge_count(g.source_count()),
                g.claims
                    .iter()
                    .map(|c| claim(story, c, anchored))
                    .collect::<String>()
            )
        })
        .collect()
}

/// A subject's claims at `now`: where sources disagree, the claims that hold no position in
/// the dispute (the badge beside it names the positions and holds their claims side by
/// side); else every claim in full.
pub fn subject_body(story: &Story, subject: &Subject, now: DateTime<Utc>) -> String {
    match disagreement(story, subject, now) {
        Some(d) if d.others.is_empty() => String::new(),
        Some(d) => format!(
            "<p class=\"also\">{}</p><ul class=\"claim-list\">{}</ul>",
            text::ALSO_REPORTED,
            claims(story, d.others.iter().copied())
        ),
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

/// A sources-disagree badge: a button naming what is disputed and each position with how
/// many sources hold it, and its closed panel. The panel's claims are drawn only when a
/// reader opens it (`ui::disagree`). `place` ("glance" or "subject") keeps the ids of the
/// two badges a disagreement may have apart.
pub fn badge(story: &Story, d: &Disagreement, place: &str) -> String {
    let key = escape(&d.subject.id.replace('.', "-"));
    let heading = escape(&text::panel_heading(&d.subject.label));
    format!(
        "<div class=\"disagree\" data-subject=\"{}\" data-place=\"{place}\"><button type=\"button\" class=\"badge\" id=\"badge-{place}-{key}\" aria-expanded=\"false\" aria-controls=\"disagree-{place}-{key}\"><span class=\"badge-icon\" aria-hidden=\"true\">≠</span>{}<span class=\"badge-subject\"> {}</span>: <span class=\"badge-count\">{}</span></button><div class=\"disagree-panel\" id=\"disagree-{place}-{key}\" hidden><div class=\"panel-head\"><p class=\"panel-title\">{heading}</p><button type=\"button\" class=\"close\">{}</button></div><div class=\"groups\"></div></div></div>",
        escape(&d.subject.id),
        text::BADGE_LEAD,
        escape(&text::badge_subject(&d.subject.label)),
        positions_summary(story, d),
        text::CLOSE
    )
}

/// The badges of every disagreement at `now` on `phase`'s subjects of `kind`, for the glance.
pub fn badges(story: &Story, phase: &Phase, kind: SubjectKind, now: DateTime<Utc>) -> String {
    story
        .subjects_of(&phase.id, kind)
        .filter_map(|s| disagreement(story, s, now))
        .map(|d| badge(story, &d, "glance"))
        .collect()
}

/// One subject with its claims (the target of `#subject-<id>`): its badge where sources
/// disagree, then the claims listed in full.
pub fn subject_section(story: &Story, subject: &Subject, now: DateTime<Utc>) -> String {
    let id = escape(&subject_anchor(&subject.id));
    let badge = disagreement(story, subject, now)
        .map(|d| badge(story, &d, "subject"))
        .unwrap_or_default();
    format!(
        "<section class=\"subject\" id=\"{id}\" tabindex=\"-1\" aria-labelledby=\"{id}-heading\"><h3 id=\"{id}-heading\">{}</h3>{badge}<div class=\"subject-body\">{}</div></section>",
        escape(&text::heading(&subject.label)),
        subject_body(story, subject, now)
    )
}

/// The sections of every subject of `phase` (or the story-wide ones, for `None`).
pub fn subject_sections(story: &Story, phase: Option<&str>, now: DateTime<Utc>) -> String {
    story
        .subjects
        .iter()
        .filter(|s| s.phase.as_deref() == phase)
        .map(|s| subject_section(story, s, now))
        .collect()
}

/// One line naming each position in a dispute and how many sources hold it:
/// "September 2026 (8 sources) · end of 2026 (2 sources)".
/// Positions on a measure are introduced by what they count: "Foreign troops in Iraq after
/// the federal drawdown: About 1,500 ... (1 source) · About 2,500 US troops (1 source)".
pub fn positions_summary(story: &Story, d: &Disagreement) -> String {
    escape(&positions_text(story, d))
}

/// [`positions_summary`] as plain text.
pub fn positions_text(story: &Story, d: &Disagreement) -> String {
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
    format!("{measure}{}", parts.join(text::S.separator))
}

/// Events as list items, with their dates and sources.
pub fn events<'a>(story: &Story, list: impl IntoIterator<Item = &'a Event>) -> String {
    list.into_iter()
        .map(|e| {
            let anchor = escape(&event_anchor(&e.id));
            format!(
                "<li class=\"event\" id=\"{anchor}\" tabindex=\"-1\"><span class=\"event-date\">{}{}</span><span class=\"event-summary\">{}{}</span><span class=\"event-sources\">{}{}</span></li>",
                escape(&text::date(&e.date)),
                inferred_mark(e.date.inferred),
                escape(&e.summary),
                inference_note(e.inference.as_deref()),
                sources(story, &e.sources),
                permalink(&anchor)
            )
        })
        .collect()
}

/// The reports a status rests on, one line per wording, each with the ids of the sources
/// that give it ("by 18 Jan 2026, per" with A and B): a completion's date, or a start's
/// summary. Empty for the other statuses.
pub fn basis_lines<'a>(status: &PhaseStatus<'a>) -> Vec<(String, Vec<&'a String>)> {
    let words = |c: &Claim| match status.status {
        Status::CompletionReported => {
            text::completed_on(&c.date().map(text::date).unwrap_or_default())
        }
        _ => c.summary.clone(),
    };
    let mut lines: Vec<(String, Vec<&'a String>)> = Vec::new();
    if matches!(
        status.status,
        Status::CompletionReported | Status::StartReported
    ) {
        for c in &status.basis {
            let key = words(c);
            match lines.iter_mut().find(|(k, _)| *k == key) {
                Some((_, ids)) => ids.push(&c.source),
                None => lines.push((key, vec![&c.source])),
            }
        }
    }
    lines
}

/// For a phase past a deadline: which deadlines passed and which are still ahead, each with
/// how many sources hold it, in words.
pub fn passed_and_ahead(status: &PhaseStatus) -> String {
    let named = |passed: bool| -> Vec<String> {
        status
            .deadlines
            .iter()
            .filter(|p| (p.target <= status.as_of) == passed)
            .map(|p| text::held_by(&position_name(p), p.source_count()))
            .collect()
    };
    text::deadlines_passed(&named(true), &named(false))
}

/// What follows a status in words: the reports it rests on with their sources, or which
/// deadlines have passed and which are still ahead, and a plain line when coverage has
/// gone quiet.
pub fn status_detail(story: &Story, status: &PhaseStatus) -> String {
    let zone = story.meta.offset;
    match status.status {
        // Reports giving the same date share one line: "by 18 Jan 2026, per A; B".
        Status::CompletionReported | Status::StartReported => basis_lines(status)
            .into_iter()
            .map(|(text, ids)| {
                format!(
                    "<span class=\"basis\">{} {}</span>",
                    escape(&text),
                    sources(story, ids)
                )
            })
            .collect(),
        Status::DeadlinePassed => {
            let mut html = escape(&passed_and_ahead(status));
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

/// Where "Get the data" leads: a page (public/data/index.html) listing the story's claims,
/// sources and events as CSV, which every build writes beside it (`story export`).
pub const DATA_PAGE: &str = "data/index.html";

/// The banner at the top of the header while the past instant `t` is replayed (its day in
/// the story's `zone`), with its "Back to today" button.
pub fn preview_banner(zone: FixedOffset, t: DateTime<Utc>) -> String {
    format!(
        "<p class=\"preview-banner\" role=\"note\">{} <button type=\"button\" class=\"replay-step\" data-step=\"today\">{}</button></p>",
        escape(&text::preview(&format_day(local_day(t, zone)))),
        text::BACK_TO_TODAY
    )
}

/// The inside of the tracker's header: title, dek, review date, the newest source known at
/// `now` and "Get the data" (while a past day is replayed, [`preview_banner`] goes before
/// it).
pub fn header(story: &Story, now: DateTime<Utc>) -> String {
    let zone = story.meta.offset;
    let day = |t: DateTime<Utc>| format_day(local_day(t, zone));
    let mut html = String::new();
    let _ = write!(
        html,
        "<h1 class=\"title\">{}</h1><p class=\"dek\">{}</p><p class=\"dates\"><span>{}</span>",
        escape(&story.meta.title),
        escape(&story.meta.dek),
        escape(&text::last_reviewed(&format_day(story.meta.last_reviewed)))
    );
    if !text::REVIEWED {
        let _ = write!(
            html,
            "<span class=\"unreviewed\">{}{}</span>",
            text::S.separator,
            text::S.unreviewed
        );
    }
    let sep = format!(
        "<span class=\"sep\" aria-hidden=\"true\">{}</span>",
        text::S.separator
    );
    if let Some(newest) = story.newest_source(now) {
        let _ = write!(
            html,
            "{sep}<span>{}</span>",
            escape(&text::newest_source(&day(story.published_at(newest))))
        );
    }
    let _ = write!(
        html,
        "{sep}<a href=\"{DATA_PAGE}\" target=\"_blank\">{}<span class=\"sr-only\"> {}</span></a></p>",
        text::GET_DATA,
        text::NEW_TAB
    );
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

/// A symbol for a status, so it is never told by colour alone.
pub fn status_symbol(status: Status) -> &'static str {
    match status {
        Status::NoStartReported => "○",
        Status::StartReported => "◐",
        Status::DeadlinePassed => "!",
        Status::CompletionReported => "✓",
    }
}

/// The id of the tab at `index` (from 0): `tab-1`.
pub fn tab_id(index: usize) -> String {
    format!("tab-{}", index + 1)
}

/// The id of the panel of the tab at `index` (from 0): `phase-panel-1`.
pub fn panel_id(index: usize) -> String {
    format!("phase-panel-{}", index + 1)
}

/// The tab list's tabs at `now`, the one at `selected` selected.
pub fn tabs(story: &Story, now: DateTime<Utc>, selected: usize) -> String {
    story
        .phases
        .iter()
        .enumerate()
        .map(|(i, phase)| {
            let on = i == selected;
            format!(
                "<button type=\"button\" role=\"tab\" class=\"tab\" id=\"{}\" data-index=\"{i}\" aria-controls=\"{}\" aria-selected=\"{on}\" tabindex=\"{}\">{}</button>",
                tab_id(i),
                panel_id(i),
                if on { 0 } else { -1 },
                tab(story, phase, now)
            )
        })
        .collect()
}

/// A tab's content: the phase's name, and its status in symbol and words.
pub fn tab(story: &Story, phase: &Phase, now: DateTime<Utc>) -> String {
    let status = phase_status(story, phase, now).status;
    format!(
        "<span class=\"tab-name\">{}</span><span class=\"tab-status {}\"><span aria-hidden=\"true\">{}</span> {}</span>",
        escape(&text::tab(&phase.name, phase.year)),
        text::status_class(status),
        status_symbol(status),
        text::status(status)
    )
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

/// The events of `phase` (or the story-wide ones, for `None`) known at `now`, as a list.
pub fn events_list(story: &Story, phase: Option<&str>, now: DateTime<Utc>) -> String {
    let items = events(story, story.events_of_phase(phase, now));
    if items.is_empty() {
        format!("<p class=\"empty\">{}</p>", text::NO_EVENTS)
    } else {
        format!("<ol class=\"events\">{items}</ol>")
    }
}

/// The timeline with its caption and legend, with [`TODAY_LINE`] where the "today" line
/// goes and [`TODAY_LEGEND`] where its label and day go ([`with_today`] puts them in): the
/// same at every instant of a state, so the build draws it once per state.
pub fn timeline_frame(story: &Story, marks: &AxisMarks) -> String {
    let key = |shape: &str| {
        format!("<svg class=\"key\" width=\"18\" height=\"18\" viewBox=\"-9 -9 18 18\" aria-hidden=\"true\">{shape}</svg>")
    };
    format!(
        "{}<figcaption><span class=\"tl-title\" id=\"tl-title\">{}</span><span class=\"legend\"><span>{}{}</span><span>{}{}</span><span>{}{}</span><span>{}{}</span><span class=\"today-label\">{}{TODAY_LEGEND}</span></span></figcaption>",
        timeline_drawing(story, marks),
        text::AXIS,
        key("<rect class=\"window\" x=\"-8\" y=\"-4\" width=\"16\" height=\"8\"/>"),
        text::AXIS_WINDOW,
        key(DIAMOND),
        text::AXIS_DEADLINE,
        key(CHECK_MARK),
        text::AXIS_DONE,
        key("<circle class=\"cluster\" r=\"8\"/><text class=\"count\" y=\"4\">2</text>"),
        text::AXIS_CLUSTER,
        key("<line class=\"today\" x1=\"0\" x2=\"0\" y1=\"-9\" y2=\"9\"/>"),
    )
}

/// The legend's text for the "today" line: its label and the day of `today` in the story's
/// `zone`.
pub fn today_legend(zone: FixedOffset, today: DateTime<Utc>, label: &str) -> String {
    format!("{label} {}", format_day(local_day(today, zone)))
}

/// A timeline drawn by [`timeline_frame`] with its "today" line at the fraction `today` of
/// the axis (none when today is off the axis; `rows` phases tall) and `legend` as the line's
/// legend.
pub fn with_today(frame: &str, today: Option<f64>, rows: usize, legend: &str) -> String {
    let line = today.map_or_else(String::new, |f| {
        let x = x(f);
        format!(
            "<line class=\"today\" x1=\"{x}\" x2=\"{x}\" y1=\"{}\" y2=\"{}\"/>",
            SCALE - 4,
            SCALE + rows * ROW
        )
    });
    frame
        .replacen(TODAY_LINE, &line, 1)
        .replacen(TODAY_LEGEND, legend, 1)
}

/// Where a fraction of the axis stands across the drawing: from the left, or, right to
/// left, from the right (earlier on the right).
fn x(f: f64) -> String {
    pct(if text::RTL { 1.0 - f } else { f })
}

/// A fraction as an SVG percentage with two decimals, without float formatting (which
/// would add about 11 KB of wasm).
fn pct(f: f64) -> String {
    let basis_points = (f.clamp(0.0, 1.0) * 10_000.0).round() as u32;
    format!("{}.{:02}%", basis_points / 100, basis_points % 100)
}

/// The replay control, drawn once below the timeline (the shell keeps it current): one row
/// with a short visible label, the previous-change button, a slider over the days from the
/// first report (`0`) to today (`max`) standing at `value` with its value text, and the
/// next-change button (arrows that point the way the slider runs); below it, only while a
/// past day is shown, the note of what changed that day (`note`, empty while live) and "Back
/// to today"; and a polite region for the announcements. `enabled` is false in the page
/// rendered at build time, where nothing would answer the controls.
pub fn replay_control(max: i64, value: i64, value_text: &str, note: &str, enabled: bool) -> String {
    let off = if enabled { "" } else { " disabled" };
    let (back_arrow, on_arrow) = if text::RTL {
        ("›", "‹")
    } else {
        ("‹", "›")
    };
    format!(
        "<div class=\"replay-row\"><label for=\"replay-day\">{label}</label><button type=\"button\" class=\"replay-step\" data-step=\"previous\" aria-label=\"{previous}\" title=\"{previous}\"{off}>{back_arrow}</button><input type=\"range\" id=\"replay-day\" min=\"0\" max=\"{max}\" step=\"1\" value=\"{value}\" aria-label=\"{name}\" aria-valuetext=\"{}\"{off}><button type=\"button\" class=\"replay-step\" data-step=\"next\" aria-label=\"{next}\" title=\"{next}\"{off}>{on_arrow}</button></div><p class=\"replay-note\">{}</p><button type=\"button\" class=\"replay-step replay-back\" data-step=\"today\"{}>{}</button><p class=\"sr-only replay-say\" aria-live=\"polite\"></p>",
        escape_attr(value_text),
        escape(note),
        if note.is_empty() { " hidden" } else { "" },
        text::BACK_TO_TODAY,
        label = text::REPLAY_LABEL,
        name = text::REPLAY_NAME,
        previous = text::PREVIOUS_CHANGE,
        next = text::NEXT_CHANGE,
    )
}

/// What changed on a day, as plain text for the replay's note and announcement: the first
/// event that became known (or else the first claim), with the outlets that reported that
/// day, then the disagreements that appeared and the statuses that changed (host only: the
/// build writes the notes into the page's table, [`crate::core::regions::Region::Notes`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn change_note(story: &Story, change: &crate::core::replay::Change) -> String {
    let mut parts: Vec<String> = Vec::new();
    let lead = change
        .events
        .first()
        .map(|e| e.summary.as_str())
        .or_else(|| change.claims.first().map(|c| c.summary.as_str()));
    if let Some(lead) = lead {
        let outlets: Vec<&str> = change.sources.iter().map(|s| s.outlet.as_str()).collect();
        parts.push(text::change_lead(
            lead.trim_end_matches('.'),
            &outlets.join(text::S.comma),
        ));
    }
    let phase_name = |id: Option<&str>| {
        id.and_then(|id| story.phase(id))
            .map(|p| text::tab(&p.name, p.year))
    };
    for subject in &change.disputes {
        let said = text::now_disagree(&subject.label);
        parts.push(match phase_name(subject.phase.as_deref()) {
            Some(phase) => text::of_phase(&phase, &said),
            None => said,
        });
    }
    for (phase, status) in &change.statuses {
        parts.push(text::phase_and_status(
            &text::tab(&phase.name, phase.year),
            *status,
        ));
    }
    text::change_note(&format_day(change.day), &parts)
}

/// Every day on which something the tracker shows changed, with its note
/// ([`change_note`]), through the story's last change point (host only; the widget keeps
/// the days up to today).
#[cfg(not(target_arch = "wasm32"))]
pub fn change_notes(story: &Story) -> Vec<crate::core::replay::Note> {
    use crate::core::replay::{change_days, change_on, Note};
    change_days(story, chrono::NaiveDate::MAX)
        .into_iter()
        .map(|day| Note {
            day,
            text: fallback::strip(&change_note(story, &change_on(story, day))),
        })
        .collect()
}

/// The marks' shapes, drawn once around the origin and used by every mark and the legend.
const SHAPES: &str = "<defs><path id=\"tl-d\" class=\"deadline-mark\" d=\"M0-8 8 0 0 8-8 0Z\"/><g id=\"tl-c\"><circle class=\"done\" r=\"8\"/><path class=\"tick\" d=\"M-4 0l3 3 5-6\"/></g></defs>";
/// A deadline's mark.
const DIAMOND: &str = "<use href=\"#tl-d\"/>";
/// A reported completion's mark.
const CHECK_MARK: &str = "<use href=\"#tl-c\"/>";

/// Heights in px: the scale (years, then quarters), then per phase its name and its track.
const SCALE: usize = 28;
const ROW: usize = 36;
const TRACK: usize = 24;
/// Padding of the tracker on each side, in px: the drawing is this much narrower than the
/// widget.
const PAD: f64 = 24.0;

/// The timeline as SVG, in percentages so nothing stretches: quarter ticks, [`TODAY_LINE`]
/// where the "today" line goes, and per phase its deadline windows and its marks. The marks are drawn once per width band (CSS shows
/// the one that fits), clustered so that no two overlap; each mark is a link to the
/// evidence it stands for, named with its date and what happened.
fn timeline_drawing(story: &Story, marks: &AxisMarks) -> String {
    let height = SCALE + marks.rows.len() * ROW;
    let mut svg = format!(
        "<svg class=\"tl\" width=\"100%\" height=\"{height}\" role=\"group\" aria-labelledby=\"tl-title\">{SHAPES}"
    );
    for tick in &marks.ticks {
        let x = x(tick.at);
        let _ = write!(
            svg,
            "<line class=\"tick-line\" x1=\"{x}\" x2=\"{x}\" y1=\"{}\" y2=\"{height}\"/><text class=\"quarter\" x=\"{x}\" y=\"{}\">{}</text>",
            SCALE - 4,
            SCALE - 6,
            crate::core::locale::month_abbr(text::LANG, tick.month)
        );
        if tick.month == 1 {
            let _ = write!(
                svg,
                "<text class=\"year\" x=\"{x}\" y=\"10\">{}</text>",
                crate::core::locale::digits(text::LANG, &tick.year.to_string())
            );
        }
    }
    // Today under the marks, so a mark on it stays whole.
    svg.push(TODAY_LINE);
    for row in &marks.rows {
        let top = SCALE + row.phase * ROW;
        let mid = top + 12 + TRACK / 2;
        let name = story
            .phases
            .get(row.phase)
            .map(|p| text::tab(&p.name, p.year))
            .unwrap_or_default();
        let _ = write!(
            svg,
            "<text class=\"row-name\" x=\"{}\" y=\"{}\">{}</text><line class=\"track\" x1=\"0\" x2=\"100%\" y1=\"{mid}\" y2=\"{mid}\"/>",
            if text::RTL { "100%" } else { "0" },
            top + 12,
            escape_attr(&name)
        );
        for (from, to) in &row.windows {
            let _ = write!(
                svg,
                "<rect class=\"window\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"10\"/>",
                if text::RTL { pct(1.0 - to) } else { pct(*from) },
                mid - 5,
                pct((to - from).max(0.004))
            );
        }
        let at: Vec<f64> = row.marks.iter().map(|m| m.at).collect();
        for (tier, width) in WIDTHS.iter().enumerate() {
            let _ = write!(svg, "<g class=\"tier tier-{tier}\">");
            for run in clusters(&at, MARK_SPACE / (f64::from(*width) - PAD)) {
                svg.push_str(&mark(story, &row.marks[run], mid));
            }
            svg.push_str("</g>");
        }
    }
    svg.push_str("</svg>");
    svg
}

/// One mark, or one cluster of marks drawn as a count, as a link to the evidence of its
/// first mark.
fn mark(story: &Story, run: &[Mark], mid: usize) -> String {
    let Some(first) = run.first() else {
        return String::new();
    };
    let names: Vec<String> = run.iter().map(|m| mark_name(story, m)).collect();
    let (name, shape) = if run.len() == 1 {
        let shape = match first.kind {
            MarkKind::Deadline => DIAMOND,
            MarkKind::Completion => CHECK_MARK,
        };
        (names.join(""), shape.to_owned())
    } else {
        (
            text::cluster(run.len(), &names.join(text::S.list_separator)),
            format!(
                "<circle class=\"cluster\" r=\"10\"/><text class=\"count\" y=\"4\">{}</text>",
                text::number(run.len() as i64)
            ),
        )
    };
    let mean = run.iter().map(|m| m.at).sum::<f64>() / run.len() as f64;
    format!(
        "<a class=\"mark\" href=\"#{}\" aria-label=\"{}\"><svg x=\"{}\" y=\"{mid}\" overflow=\"visible\"><circle class=\"hit\" r=\"12\"/>{shape}</svg></a>",
        escape(&mark_target(first)),
        escape_attr(&name),
        x(mean)
    )
}

/// A mark's accessible name: its date and what happened.
fn mark_name(story: &Story, m: &Mark) -> String {
    let outlets: Vec<&str> = m
        .claims
        .iter()
        .filter_map(|c| story.source(&c.source))
        .map(|s| s.outlet.as_str())
        .collect();
    match m.kind {
        MarkKind::Deadline => Position::of(&m.claims, story.meta.offset)
            .map(|p| text::deadline_mark(&position_name(&p), p.source_count()))
            .unwrap_or_default(),
        MarkKind::Completion => {
            text::completion_mark(&format_day(m.day), &outlets.join(text::S.comma))
        }
    }
}

/// Where a mark leads: a deadline to its subject's claims, a completion to its first report.
pub fn mark_target(m: &Mark) -> String {
    let Some(first) = m.claims.first() else {
        return String::new();
    };
    match m.kind {
        MarkKind::Deadline => subject_anchor(&first.subject),
        MarkKind::Completion => claim_anchor(&first.id),
    }
}

/// The fragment of a subject's section: `subject-federal-deadline`.
pub fn subject_anchor(subject_id: &str) -> String {
    format!("subject-{}", subject_id.replace('.', "-"))
}

/// The fragment of a claim: `claim-C26`.
pub fn claim_anchor(claim_id: &str) -> String {
    format!("claim-{claim_id}")
}

/// The fragment of an event: `event-E10`.
pub fn event_anchor(event_id: &str) -> String {
    format!("event-{event_id}")
}
