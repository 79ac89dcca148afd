//! Every user-facing string of the widget, in one place, so translating it is a change to
//! this file alone. Texts that come from the data file (titles, summaries) are not here.

use crate::core::countdown::{Parts, Reading, Remaining};
use crate::core::date::Precision;
use crate::core::status::Status;
use crate::core::story::Speaker;

/// Shown when the widget cannot start (panic or bad data).
pub const BROKEN: &str =
    "The live tracker could not start. The facts above, if any, are as of the last build; please reload to try again.";
/// Accessible name of the tab list.
pub const TABS_LABEL: &str = "Phases";
/// Heading of the places list.
pub const PLACES: &str = "Places";
/// Introduces the sources of a phase's summary and places.
pub const SOURCES: &str = "Sources:";
/// Heading of the countdown.
pub const COUNTDOWN: &str = "Deadline";
/// Summary of a phase's events disclosure: "What happened · 9 events".
pub fn events_summary(events: usize) -> String {
    format!(
        "What happened · {events} {}",
        plural(events as i64, "event", "events")
    )
}

/// Summary of a claims disclosure: "What sources say · 6 subjects, 4 disputed".
pub fn claims_summary(subjects: usize, disputed: usize) -> String {
    format!(
        "What sources say · {subjects} {}, {disputed} disputed",
        plural(subjects as i64, "subject", "subjects")
    )
}

/// Summary of a phase's disclosure about itself: "About this phase · 4 places".
pub fn about_summary(places: usize) -> String {
    format!(
        "About this phase · {places} {}",
        plural(places as i64, "place", "places")
    )
}

/// Summary of the story-wide disclosure: "Across both phases · 3 subjects, 3 disputed, 5
/// events".
pub fn context_summary(subjects: usize, disputed: usize, events: usize) -> String {
    format!(
        "Across both phases · {subjects} {}, {disputed} disputed, {events} {}",
        plural(subjects as i64, "subject", "subjects"),
        plural(events as i64, "event", "events")
    )
}
/// Shown when a phase has no events yet.
pub const NO_EVENTS: &str = "No events reported yet.";
/// Shown when a subject has no claims yet.
pub const NO_CLAIMS: &str = "No source has reported this yet.";
/// Pause button, when ticking.
pub const PAUSE: &str = "Pause countdown";
/// Pause button, when paused.
pub const RESUME: &str = "Resume countdown";
/// Marks an inferred date.
pub const INFERRED: &str = "inferred date";
/// Why a date was inferred: " Date inferred: from the URL slug and "Wednesday"."
pub fn inferred_because(reason: &str) -> String {
    format!(" Date inferred: {reason}.")
}

/// Link text suffix for a report that opens in a new tab.
pub const NEW_TAB: &str = "(opens in a new tab)";
/// Text of the link to an item's own fragment.
pub const LINK: &str = "Link";
/// What that link leads to, for screen readers.
pub const LINK_WHAT: &str = "to this item";
/// Shown where a source has no link.
pub const NO_LINK: &str = "no link found";
/// Close button of the badge panel.
pub const CLOSE: &str = "Close";
/// Caption of the timeline.
pub const AXIS: &str = "Timeline of both phases";
/// Timeline legend: a deadline's window (the month or year the sources gave).
pub const AXIS_WINDOW: &str = "deadline window";
/// Timeline legend: a deadline's close.
pub const AXIS_DEADLINE: &str = "deadline";
/// Timeline legend: a reported completion.
pub const AXIS_DONE: &str = "completion reported";
/// Timeline legend: marks too close to draw apart.
pub const AXIS_CLUSTER: &str = "several marks";

/// A deadline mark's name: "Deadline: September 2025, 5 sources".
pub fn deadline_mark(position: &str, sources: usize) -> String {
    format!("Deadline: {position}, {}", badge_count(sources))
}

/// A completion mark's name: "Completion reported by 26 Nov 2025: Rudaw".
pub fn completion_mark(day: &str, outlets: &str) -> String {
    format!("Completion reported by {day}: {outlets}")
}

/// A cluster's name: "3 marks: ...".
pub fn cluster(count: usize, names: &str) -> String {
    format!("{count} marks: {names}")
}
/// Axis legend: today.
pub const AXIS_TODAY: &str = "today";
/// Time axis legend, on the page rendered at build time: the mark stands at the build day.
pub const AXIS_AS_OF: &str = "as of";
/// The link to the story's data as spreadsheet files (the header's last item).
pub const GET_DATA: &str = "Get the data";
/// The embed button.
pub const EMBED: &str = "Embed this tracker";
/// Label of the embed snippet.
pub const EMBED_HELP: &str =
    "Paste this HTML into your article. The script keeps the frame's height right.";

/// Replaces the loading note when the wasm cannot start.
pub fn live_unavailable(built_day: &str) -> String {
    format!("The live countdown is unavailable; the facts above are as of {built_day}, when this page was built.")
}

/// The loading note of the page rendered at build time: when its facts were computed.
pub fn static_as_of(day: &str) -> String {
    format!("The facts above are as of {day}, when this page was built. The live countdown starts once the page has loaded.")
}

/// The share card's last line: "As of 25 Nov 2026. Every claim and its source: in the live
/// tracker."
pub fn card_as_of(day: &str) -> String {
    format!("As of {day}. Every claim and its source: in the live tracker.")
}

/// A phase and its status in words: "Federal Iraq, 2025: Completion reported".
pub fn phase_and_status(phase: &str, status: Status) -> String {
    format!("{phase}: {}", self::status(status))
}

/// The share card's description, for readers who cannot see it (`og:image:alt`): "The end
/// of the coalition's mission in Iraq, as of 25 Nov 2026: Federal Iraq, 2025: Completion
/// reported; Kurdistan Region, 2026: No completion reported."
pub fn card_alt(title: &str, day: &str, phases: &[String]) -> String {
    format!("{title}, as of {day}: {}.", phases.join("; "))
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
/// with any other letter is left as written.
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
    format!("Last reviewed {day}")
}

/// "Newest source: 12 Mar 2026".
pub fn newest_source(day: &str) -> String {
    format!("Newest source: {day}")
}

/// The preview banner for a frozen clock.
pub fn preview(day: &str) -> String {
    format!("Preview as of {day}: not live. The tracker shows only what had been reported by then.")
}

/// "Federal Iraq, 2025": a tab's name.
pub fn tab(name: &str, year: i32) -> String {
    format!("{name}, {year}")
}

/// A status in words: what the sources reported, never more.
pub fn status(status: Status) -> &'static str {
    match status {
        Status::NoStartReported => "No start reported",
        Status::StartReported => "Start reported",
        Status::DeadlinePassed => "No completion reported",
        Status::CompletionReported => "Completion reported",
    }
}

/// A deadline position's name at the precision the sources gave: "30 Sep 2025",
/// "week of 5 Jan 2026", "September 2026", "end of 2026".
pub fn position(period: &str, precision: Precision) -> String {
    match precision {
        Precision::Year => format!("end of {period}"),
        _ => period.to_owned(),
    }
}

/// "September 2026 (8 sources)": a position and how many sources hold it.
pub fn held_by(position: &str, sources: usize) -> String {
    format!("{position} ({})", badge_count(sources))
}

/// The detail of a phase past a deadline: which deadlines passed and which are still ahead,
/// each with its sources ("Passed: September 2026 (8 sources). Still ahead: end of 2026 (2
/// sources).").
pub fn deadlines_passed(passed: &[String], ahead: &[String]) -> String {
    let mut out = format!("Deadline passed: {}.", passed.join(", "));
    if !ahead.is_empty() {
        out.push_str(&format!(" Still ahead: {}.", ahead.join(", ")));
    }
    out
}

/// Said plainly when coverage of a phase past its deadline has gone quiet.
pub fn quiet_since(day: &str) -> String {
    format!("No report on this phase since {day}.")
}

/// What the precision of a coarse deadline leaves out: "month given, no day".
pub fn precision_note(precision: Precision) -> &'static str {
    match precision {
        Precision::Day => "",
        Precision::Week => "week given, no day",
        Precision::Month => "month given, no day",
        Precision::Year => "year given, no day",
    }
}

/// A coarse deadline's window, in whole days: "window closes in 33 days", "window closed
/// 60 days ago", "window closes today".
pub fn window(closed: bool, days: i64) -> String {
    let n = format!("{days} {}", plural(days, "day", "days"));
    match (closed, days) {
        (false, 0) => "window closes today".to_owned(),
        (false, _) => format!("window closes in {n}"),
        (true, 0) => "window closed today".to_owned(),
        (true, _) => format!("window closed {n} ago"),
    }
}

/// A date the source expects rather than reports: "expected week of 5 Jan 2026".
pub fn expected(value: &str) -> String {
    format!("expected {value}")
}

/// A deadline given as a floor: "at least until September 2026 (a floor, not a deadline)".
pub fn floor(value: &str) -> String {
    format!("{value} (a floor, not a deadline)")
}

/// After a quote that reached us in translation: "as translated by Rudaw".
pub fn translated_by(translator: &str) -> String {
    format!("as translated by {translator}")
}

/// "by 26 Nov 2025, per": introduces a completion's date and its source.
pub fn completed_on(date: &str) -> String {
    format!("{date}, per")
}

/// A countdown cell's text: to the second for a day-level deadline, in days for a window.
pub fn reading(reading: Reading) -> String {
    match reading {
        Reading::Exact(Remaining::Left(p)) => left(p),
        Reading::Exact(Remaining::Passed(p)) => passed(p),
        Reading::Window { closed, days, .. } => window(closed, days),
    }
}

/// "123 days 4 h 12 min 9 s left".
pub fn left(p: Parts) -> String {
    format!(
        "{} {} {} h {:02} min {:02} s left",
        p.days,
        plural(p.days, "day", "days"),
        p.hours,
        p.minutes,
        p.seconds
    )
}

/// "passed 56 days ago", or hours and minutes within the first day.
pub fn passed(p: Parts) -> String {
    if p.days > 0 {
        format!("passed {} {} ago", p.days, plural(p.days, "day", "days"))
    } else {
        format!("passed {} h {:02} min ago", p.hours, p.minutes)
    }
}

/// How a completion compares with the deadline of its row: "completion reported 57 to 110
/// days after", "completion reported between 35 days before and 18 days after",
/// "completion reported on the deadline".
pub fn finished((first, last): (i64, i64)) -> String {
    let side = |d: i64| if d < 0 { "before" } else { "after" };
    let days = |d: i64| format!("{} {}", d.abs(), plural(d.abs(), "day", "days"));
    let span = if first == last {
        if first == 0 {
            return "completion reported on the deadline".to_owned();
        }
        format!("{} {}", days(first), side(first))
    } else if side(first) == side(last) {
        format!("{} to {} {}", first.abs(), days(last), side(last))
    } else {
        format!(
            "between {} {} and {} {}",
            days(first),
            side(first),
            days(last),
            side(last)
        )
    };
    format!("completion reported {span}")
}

/// Announced politely when a deadline passes: "The September 2026 deadline has now passed."
pub fn deadline_now_passed(deadline: &str) -> String {
    format!("The {deadline} deadline has now passed.")
}

/// The badge's lead before its positions: "Sources disagree", then "on the deadline", the
/// part a heading above it may already say (markup keeps the two apart).
pub const BADGE_LEAD: &str = "Sources disagree";

/// The second part of a badge's lead: "on the deadline".
pub fn badge_subject(subject: &str) -> String {
    format!("on {subject}")
}

/// The badge's visible count: "1 source", "8 sources".
pub fn badge_count(sources: usize) -> String {
    format!("{sources} {}", plural(sources as i64, "source", "sources"))
}

/// Heading of the badge panel.
pub fn panel_heading(subject: &str) -> String {
    format!("What sources say about {subject}")
}

/// Heading of the claims on a disputed subject that hold no position in the dispute.
pub const ALSO_REPORTED: &str = "Also reported";

/// Who said it, for a reader.
pub fn speaker(speaker: &Speaker, outlet: &str) -> String {
    match speaker {
        Speaker::Named {
            name,
            role: Some(role),
        } => format!("{name}, {role}"),
        Speaker::Named { name, role: None } => name.clone(),
        Speaker::Anonymous { role: Some(role) } => format!("Unnamed {role}"),
        Speaker::Anonymous { role: None } => "Unnamed source".to_owned(),
        Speaker::Statement { name } => name.clone(),
        Speaker::Outlet => format!("{outlet}'s own reporting"),
    }
}

/// "via Reuters".
pub fn via(agency: &str) -> String {
    format!("via {agency}")
}

fn plural(n: i64, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}
