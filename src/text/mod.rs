//! Every user-facing string of the widget, in one place: the functions and constants the
//! widget calls, filled from one strings table per language ([`table::Strings`]; English in
//! [`en`]). Texts that come from the data file (titles, summaries) are not here.

pub mod ar;
pub mod ckb;
pub mod en;
pub mod table;

use crate::core::countdown::{Parts, Reading, Remaining};
use crate::core::date::{format_day, Precision, Qualifier, ReportedDate};
use crate::core::locale::{plural, Lang};
use crate::core::status::Status;
use crate::core::story::Speaker;
use table::{Counted, Strings};

/// The language the widget is built in.
pub const LANG: Lang = crate::core::locale::BUILD;
/// True when the build's language is written right to left: the page mirrors (tabs' arrow
/// keys, the time axis).
pub const RTL: bool = matches!(LANG, Lang::Ar | Lang::Ckb);

/// False while the build's translation has not been reviewed by a native editor (its file
/// says `"reviewed": false`): the page says so in one line.
pub const REVIEWED: bool = !cfg!(phase_tracker_unreviewed);

/// Its strings table.
pub const S: &Strings = match LANG {
    Lang::En => &en::EN,
    Lang::Ar => &ar::AR,
    Lang::Ckb => &ckb::CKB,
};

/// `template` with each `{name}` replaced by its value in `args`; a name not in `args`
/// stays as written.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    // split_once rather than indexing by position: no slicing that could panic, so the
    // wasm carries no slicing panic's message formatting.
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let Some((name, tail)) = after.split_once('}') else {
            out.push('{');
            rest = after;
            break;
        };
        match args.iter().find(|(k, _)| *k == name) {
            Some((_, value)) => out.push_str(value),
            None => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

/// A number as the language writes it (CLDR's digits; English keeps "1000" ungrouped, as
/// the widget always wrote it).
pub fn number(n: i64) -> String {
    if LANG == Lang::En {
        n.to_string()
    } else {
        crate::core::locale::integer(LANG, n)
    }
}

/// The counted noun of the countdown's readings, as a constant of its own: passing a field
/// of [`S`] by value copies it out of the whole table, which would keep every string of the
/// table in the wasm.
const DAYS: Counted = S.days;

/// `n` with its counted noun, in the form the language's plural rules give: "1 day",
/// "33 days".
pub fn count(forms: Counted, n: i64) -> String {
    let form = forms[plural(LANG, n.unsigned_abs()) as usize];
    fill(form, &[("n", &number(n))])
}

/// Shown when the widget cannot start (panic or bad data).
pub const BROKEN: &str = S.broken;
/// Accessible name of the tab list.
pub const TABS_LABEL: &str = S.tabs_label;
/// Heading of the places list.
pub const PLACES: &str = S.places;
/// Introduces the sources of a phase's summary and places.
pub const SOURCES: &str = S.sources;
/// Heading of the countdown.
pub const COUNTDOWN: &str = S.countdown;

/// Summary of a phase's events disclosure: "What happened · 9 events".
pub fn events_summary(events: usize) -> String {
    fill(
        S.events_summary,
        &[("events", &count(S.events, events as i64))],
    )
}

/// Summary of a claims disclosure: "What sources say · 6 subjects, 4 disputed".
pub fn claims_summary(subjects: usize, disputed: usize) -> String {
    fill(
        S.claims_summary,
        &[
            ("subjects", &count(S.subjects, subjects as i64)),
            ("disputed", &number(disputed as i64)),
        ],
    )
}

/// Summary of a phase's disclosure about itself: "About this phase · 4 places".
pub fn about_summary(places: usize) -> String {
    fill(
        S.about_summary,
        &[("places", &count(S.places_count, places as i64))],
    )
}

/// Summary of the story-wide disclosure: "Across both phases · 3 subjects, 3 disputed, 5
/// events".
pub fn context_summary(subjects: usize, disputed: usize, events: usize) -> String {
    fill(
        S.context_summary,
        &[
            ("subjects", &count(S.subjects, subjects as i64)),
            ("disputed", &number(disputed as i64)),
            ("events", &count(S.events, events as i64)),
        ],
    )
}

/// Shown when a phase has no events yet.
pub const NO_EVENTS: &str = S.no_events;
/// Shown when a subject has no claims yet.
pub const NO_CLAIMS: &str = S.no_claims;
/// Pause button, when ticking.
pub const PAUSE: &str = S.pause;
/// Pause button, when paused.
pub const RESUME: &str = S.resume;
/// Marks an inferred date.
pub const INFERRED: &str = S.inferred;
/// Why a date was inferred: " Date inferred: from the URL slug and "Wednesday"."
pub fn inferred_because(reason: &str) -> String {
    fill(S.inferred_because, &[("reason", reason)])
}

/// Link text suffix for a report that opens in a new tab.
pub const NEW_TAB: &str = S.new_tab;
/// Text of the link to an item's own fragment.
pub const LINK: &str = S.link;
/// What that link leads to, for screen readers.
pub const LINK_WHAT: &str = S.link_what;
/// Shown where a source has no link.
pub const NO_LINK: &str = S.no_link;
/// Close button of the badge panel.
pub const CLOSE: &str = S.close;
/// Caption of the timeline.
pub const AXIS: &str = S.axis;
/// Timeline legend: a deadline's window (the month or year the sources gave).
pub const AXIS_WINDOW: &str = S.axis_window;
/// Timeline legend: a deadline's close.
pub const AXIS_DEADLINE: &str = S.axis_deadline;
/// Timeline legend: a reported completion.
pub const AXIS_DONE: &str = S.axis_done;
/// Timeline legend: marks too close to draw apart.
pub const AXIS_CLUSTER: &str = S.axis_cluster;

/// A deadline mark's name: "Deadline: September 2025, 5 sources".
pub fn deadline_mark(position: &str, sources: usize) -> String {
    fill(
        S.deadline_mark,
        &[("position", position), ("sources", &badge_count(sources))],
    )
}

/// A completion mark's name: "Completion reported by 26 Nov 2025: Rudaw".
pub fn completion_mark(day: &str, outlets: &str) -> String {
    fill(S.completion_mark, &[("day", day), ("outlets", outlets)])
}

/// A cluster's name: "3 marks: ...".
pub fn cluster(count: usize, names: &str) -> String {
    fill(
        S.cluster,
        &[("count", &number(count as i64)), ("names", names)],
    )
}
/// Axis legend: today.
pub const AXIS_TODAY: &str = S.axis_today;
/// Time axis legend, on the page rendered at build time: the mark stands at the build day.
pub const AXIS_AS_OF: &str = S.axis_as_of;
/// The link to the story's data as spreadsheet files (the header's last item).
pub const GET_DATA: &str = S.get_data;
/// The embed button.
pub const EMBED: &str = S.embed;
/// Label of the embed snippet.
pub const EMBED_HELP: &str = S.embed_help;

/// Replaces the loading note when the wasm cannot start.
#[cfg(not(target_arch = "wasm32"))]
pub fn live_unavailable(built_day: &str) -> String {
    fill(S.live_unavailable, &[("day", built_day)])
}

/// The title of the example page's compact frame (host only: the build writes it).
#[cfg(not(target_arch = "wasm32"))]
pub fn compact_frame(title: &str) -> String {
    fill(S.compact_frame, &[("title", title)])
}

/// The loading note of the page rendered at build time: when its facts were computed.
#[cfg(not(target_arch = "wasm32"))]
pub fn static_as_of(day: &str) -> String {
    fill(S.static_as_of, &[("day", day)])
}

/// The share card's last line: "As of 25 Nov 2026. Every claim and its source: in the live
/// tracker."
#[cfg(not(target_arch = "wasm32"))]
pub fn card_as_of(day: &str) -> String {
    fill(S.card_as_of, &[("day", day)])
}

/// A phase and its status in words: "Federal Iraq, 2025: Completion reported".
#[cfg(not(target_arch = "wasm32"))]
pub fn phase_and_status(phase: &str, status: Status) -> String {
    of_phase(phase, self::status(status))
}

/// A line about one phase: "Federal Iraq, 2025: {what}" (the same template as
/// [`phase_and_status`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn of_phase(phase: &str, what: &str) -> String {
    fill(S.phase_and_status, &[("phase", phase), ("status", what)])
}

/// The share card's description, for readers who cannot see it (`og:image:alt`): "The end
/// of the coalition's mission in Iraq, as of 25 Nov 2026: Federal Iraq, 2025: Completion
/// reported; Kurdistan Region, 2026: No completion reported."
#[cfg(not(target_arch = "wasm32"))]
pub fn card_alt(title: &str, day: &str, phases: &[String]) -> String {
    fill(
        S.card_alt,
        &[
            ("title", title),
            ("day", day),
            ("phases", &phases.join(S.list_separator)),
        ],
    )
}

/// CSS class for a status, shared by the static page and the widget.
pub fn status_class(status: Status) -> &'static str {
    match status {
        Status::NoStartReported => "no-start",
        Status::StartReported => "started",
        Status::DeadlinePassed => "deadline-passed",
        Status::CompletionReported => "completed",
    }
}

/// A subject's label as a heading: "the deadline" → "The deadline". ASCII only: full
/// Unicode case mapping would add about 4 KB of brotli to the wasm, and a label that starts
/// with any other letter (or in a script without case) is left as written.
pub fn heading(label: &str) -> String {
    let mut chars = label.chars();
    chars
        .next()
        .map(|c| {
            core::iter::once(c.to_ascii_uppercase())
                .chain(chars)
                .collect()
        })
        .unwrap_or_default()
}

/// "Last reviewed 22 Nov 2026".
pub fn last_reviewed(day: &str) -> String {
    fill(S.last_reviewed, &[("day", day)])
}

/// "Newest source: 12 Mar 2026".
pub fn newest_source(day: &str) -> String {
    fill(S.newest_source, &[("day", day)])
}

/// The banner while a past day is replayed (by the reader, the article or `now=`).
pub fn preview(day: &str) -> String {
    fill(S.preview, &[("day", day)])
}

/// The replay slider's visible label.
pub const REPLAY_LABEL: &str = S.replay_label;
/// The replay slider's accessible name.
pub const REPLAY_NAME: &str = S.replay_name;
/// The button to the previous change day.
pub const PREVIOUS_CHANGE: &str = S.previous_change;
/// The button to the next change day.
pub const NEXT_CHANGE: &str = S.next_change;
/// The button that ends a replay.
pub const BACK_TO_TODAY: &str = S.back_to_today;

/// The replay slider's value on a past day: "as reported by 17 Jan 2026".
pub fn replay_value(day: &str) -> String {
    fill(S.replay_value, &[("day", day)])
}

/// The replay slider's value on today: "today (live)".
pub const REPLAY_LIVE: &str = S.replay_live;

/// The replay's note on a day on which nothing changed.
pub fn no_change(day: &str) -> String {
    fill(S.no_change, &[("day", day)])
}

/// What changed on a day: "17 Jan 2026: {part}; {part}." (host only: the build writes the
/// notes into the page).
#[cfg(not(target_arch = "wasm32"))]
pub fn change_note(day: &str, parts: &[String]) -> String {
    fill(
        S.change_note,
        &[("day", day), ("changes", &parts.join(S.list_separator))],
    )
}

/// A day's first report, with the outlets that reported that day: "{lead} ({outlets})".
#[cfg(not(target_arch = "wasm32"))]
pub fn change_lead(lead: &str, outlets: &str) -> String {
    if outlets.is_empty() {
        lead.to_owned()
    } else {
        fill(S.change_lead, &[("lead", lead), ("outlets", outlets)])
    }
}

/// A disagreement that appeared on a day: "the sources now disagree on the deadline".
#[cfg(not(target_arch = "wasm32"))]
pub fn now_disagree(subject: &str) -> String {
    fill(S.now_disagree, &[("subject", subject)])
}

/// "Federal Iraq, 2025": a tab's name.
pub fn tab(name: &str, year: i32) -> String {
    let year = crate::core::locale::digits(LANG, &year.to_string());
    fill(S.tab, &[("name", name), ("year", &year)])
}

/// A status in words: what the sources reported, never more.
pub fn status(status: Status) -> &'static str {
    S.status[match status {
        Status::NoStartReported => 0,
        Status::StartReported => 1,
        Status::DeadlinePassed => 2,
        Status::CompletionReported => 3,
    }]
}

/// A deadline position's name at the precision the sources gave: "30 Sep 2025",
/// "week of 5 Jan 2026", "September 2026", "end of 2026".
pub fn position(period: &str, precision: Precision) -> String {
    match precision {
        Precision::Year => fill(S.end_of, &[("period", period)]),
        _ => period.to_owned(),
    }
}

/// "September 2026 (8 sources)": a position and how many sources hold it.
pub fn held_by(position: &str, sources: usize) -> String {
    fill(
        S.held_by,
        &[("position", position), ("sources", &badge_count(sources))],
    )
}

/// The detail of a phase past a deadline: which deadlines passed and which are still ahead,
/// each with its sources ("Deadline passed: September 2026 (8 sources). Still ahead: end of
/// 2026 (2 sources).").
pub fn deadlines_passed(passed: &[String], ahead: &[String]) -> String {
    let mut out = fill(S.deadlines_passed, &[("passed", &passed.join(S.comma))]);
    if !ahead.is_empty() {
        out.push_str(&fill(S.still_ahead, &[("ahead", &ahead.join(S.comma))]));
    }
    out
}

/// Said plainly when coverage of a phase past its deadline has gone quiet.
pub fn quiet_since(day: &str) -> String {
    fill(S.quiet_since, &[("day", day)])
}

/// What the precision of a coarse deadline leaves out: "month given, no day".
pub fn precision_note(precision: Precision) -> &'static str {
    match precision {
        Precision::Day => "",
        Precision::Week => S.precision_note[0],
        Precision::Month => S.precision_note[1],
        Precision::Year => S.precision_note[2],
    }
}

/// A coarse deadline's window, in whole days: "window closes in 33 days", "window closed
/// 60 days ago", "window closes today".
pub fn window(closed: bool, days: i64) -> String {
    let n = count(DAYS, days);
    match (closed, days) {
        (false, 0) => S.window_closes_today.to_owned(),
        (false, _) => fill(S.window_closes, &[("days", &n)]),
        (true, 0) => S.window_closed_today.to_owned(),
        (true, _) => fill(S.window_closed, &[("days", &n)]),
    }
}

/// A date the source expects rather than reports: "expected week of 5 Jan 2026".
pub fn expected(value: &str) -> String {
    fill(S.expected, &[("value", value)])
}

/// A deadline given as a floor: "at least until September 2026 (a floor, not a deadline)".
pub fn floor(value: &str) -> String {
    fill(S.floor, &[("value", value)])
}

/// "by 26 Nov 2025, per": introduces a completion's date and its source.
pub fn completed_on(date: &str) -> String {
    fill(S.completed_on, &[("date", date)])
}

/// A countdown cell's text: to the second for a day-level deadline, in days for a window.
pub fn reading(reading: Reading) -> String {
    match reading {
        Reading::Exact(Remaining::Left(p)) => left(p),
        Reading::Exact(Remaining::Passed(p)) => passed(p),
        Reading::Window { closed, days, .. } => window(closed, days),
    }
}

/// A number with two digits at least: "09".
fn two_digits(n: i64) -> String {
    let text = number(n);
    if (0..10).contains(&n) {
        number(0) + &text
    } else {
        text
    }
}

/// "123 days 4 h 12 min 09 s left".
pub fn left(p: Parts) -> String {
    fill(
        S.left,
        &[
            ("days", &count(DAYS, p.days)),
            ("hours", &number(p.hours)),
            ("minutes", &two_digits(p.minutes)),
            ("seconds", &two_digits(p.seconds)),
        ],
    )
}

/// "passed 56 days ago", or hours and minutes within the first day.
pub fn passed(p: Parts) -> String {
    if p.days > 0 {
        fill(S.passed_days, &[("days", &count(DAYS, p.days))])
    } else {
        fill(
            S.passed_hours,
            &[
                ("hours", &number(p.hours)),
                ("minutes", &two_digits(p.minutes)),
            ],
        )
    }
}

/// How a completion compares with the deadline of its row: "completion reported 57 to 110
/// days after", "completion reported between 35 days before and 18 days after",
/// "completion reported on the deadline".
pub fn finished((first, last): (i64, i64)) -> String {
    let side = |d: i64| if d < 0 { S.before } else { S.after };
    let days = |d: i64| count(DAYS, d.abs());
    let span = if first == last {
        if first == 0 {
            return S.finished_on_deadline.to_owned();
        }
        fill(
            S.finished_one,
            &[("days", &days(first)), ("side", side(first))],
        )
    } else if side(first) == side(last) {
        fill(
            S.finished_range,
            &[
                ("first", &number(first.abs())),
                ("days", &days(last)),
                ("side", side(last)),
            ],
        )
    } else {
        fill(
            S.finished_across,
            &[
                ("first", &days(first)),
                ("first_side", side(first)),
                ("last", &days(last)),
                ("last_side", side(last)),
            ],
        )
    };
    fill(S.finished, &[("span", &span)])
}

/// Announced politely when a deadline passes: "The September 2026 deadline has now passed."
pub fn deadline_now_passed(deadline: &str) -> String {
    fill(S.deadline_now_passed, &[("deadline", deadline)])
}

/// The badge's lead before its positions: "Sources disagree", then "on the deadline", the
/// part a heading above it may already say (markup keeps the two apart).
pub const BADGE_LEAD: &str = S.badge_lead;

/// The second part of a badge's lead: "on the deadline".
pub fn badge_subject(subject: &str) -> String {
    fill(S.badge_subject, &[("subject", subject)])
}

/// The badge's visible count: "1 source", "8 sources".
pub fn badge_count(sources: usize) -> String {
    count(S.sources_count, sources as i64)
}

/// Heading of the badge panel.
pub fn panel_heading(subject: &str) -> String {
    fill(S.panel_heading, &[("subject", subject)])
}

/// Heading of the claims on a disputed subject that hold no position in the dispute.
pub const ALSO_REPORTED: &str = S.also_reported;

/// Who said it, for a reader.
pub fn speaker(speaker: &Speaker, outlet: &str) -> String {
    match speaker {
        Speaker::Named {
            name,
            role: Some(role),
        } => fill(S.speaker_named, &[("name", name), ("role", role)]),
        Speaker::Named { name, role: None } => name.clone(),
        Speaker::Anonymous { role: Some(role) } => fill(S.speaker_unnamed_role, &[("role", role)]),
        Speaker::Anonymous { role: None } => S.speaker_unnamed.to_owned(),
        Speaker::Statement { name } => name.clone(),
        Speaker::Outlet => fill(S.speaker_outlet, &[("outlet", outlet)]),
    }
}

/// A date's period as a reader would write it, without its qualifier: "18 Jan 2026",
/// "week of 5 Jan 2026", "September 2026", "2026".
pub fn period(date: &ReportedDate) -> String {
    match date.precision {
        Precision::Week => fill(S.week_of, &[("day", &format_day(date.first_day))]),
        _ => date.period_text(),
    }
}

/// A date as the source wrote it: "by September 2025", "at least until September 2026",
/// "end of 2026", "18 Jan 2026".
pub fn date(date: &ReportedDate) -> String {
    let period = period(date);
    let template = match date.qualifier {
        Qualifier::On if matches!(date.precision, Precision::Day | Precision::Week) => {
            return period;
        }
        Qualifier::On => S.date_in,
        Qualifier::By => S.date_by,
        Qualifier::From => S.date_from,
        Qualifier::AtLeastUntil => S.date_at_least_until,
        Qualifier::EndOf => S.end_of,
    };
    fill(template, &[("period", &period)])
}

/// "via Reuters".
pub fn via(agency: &str) -> String {
    fill(S.via, &[("agency", agency)])
}
