//! The replay (issue 13), from the core on the real story: the days on which what the
//! tracker shows changed and what changed on each, the notes the build writes into the page
//! and reads back, the slider's steps and snapping, and the replayed day in the URL.

mod common;

use chrono::NaiveDate;
use common::{at, bundled};
use phase_tracker::core::date::parse_offset;
use phase_tracker::core::params::{parse, with_now};
use phase_tracker::core::replay::{
    change_days, change_on, drag_rest, first_day, instant, key_step, read_notes, snap, step,
    write_notes, Note, Step,
};
use phase_tracker::core::status::Status;
use phase_tracker::html::change_notes;
use proptest::prelude::*;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a day")
}

/// The day the bundled story's build-time tests stand on.
fn today() -> NaiveDate {
    day("2026-11-25")
}

fn ids<'a>(items: impl IntoIterator<Item = &'a String>) -> Vec<&'a str> {
    items.into_iter().map(String::as_str).collect()
}

#[test]
fn the_replay_starts_on_the_first_report() {
    // The US–Iraq joint statement of 27 Sep 2024 is the earliest source.
    assert_eq!(first_day(&bundled()), Some(day("2024-09-27")));
}

#[test]
fn the_change_days_are_the_days_something_shown_changed() {
    let story = bundled();
    let days = change_days(&story, today());
    assert_eq!(days.first(), Some(&day("2024-09-27")));
    assert!(days.windows(2).all(|w| w[0] < w[1]), "in order, no repeats");
    assert!(days.iter().all(|d| *d <= today()));
    // Reports, and the two deadlines passing with no report that day.
    for d in [
        "2025-08-18",
        "2025-10-01",
        "2025-11-26",
        "2026-01-17",
        "2026-10-01",
    ] {
        assert!(days.contains(&day(d)), "{d} is a change day: {days:?}");
    }
    // Every change day changes something; every other day from the first report to today
    // changes nothing the tracker shows (the countdown aside).
    let mut d = days[0];
    while d <= today() {
        assert_eq!(
            !change_on(&story, d).is_empty(),
            days.contains(&d),
            "{d}: a change day exactly when something changed"
        );
        d = d.succ_opt().unwrap();
    }
    // Up to an earlier today, the same days, cut there.
    let earlier = change_days(&story, day("2025-12-31"));
    assert_eq!(earlier.last(), Some(&day("2025-12-31")));
    assert!(days.starts_with(&earlier));
}

#[test]
fn what_changed_on_a_day_comes_from_the_reports_of_that_day() {
    let story = bundled();
    // The convoy leaving Ain al-Asad: the first event, new claims from two outlets, the start
    // of the federal phase, and two disputes opening.
    let c = change_on(&story, day("2025-08-18"));
    assert_eq!(ids(c.events.iter().map(|e| &e.id)), ["E04"]);
    assert!(ids(c.claims.iter().map(|c| &c.id)).contains(&"C13"));
    assert_eq!(
        ids(c.sources.iter().map(|s| &s.id)),
        ["iswnews-2025-08-18", "shafaq-2025-08-18"]
    );
    assert_eq!(
        ids(c.disputes.iter().map(|s| &s.id)),
        ["federal.start", "relocation"]
    );
    assert_eq!(c.statuses.len(), 1);
    assert_eq!(
        (c.statuses[0].0.id.as_str(), c.statuses[0].1),
        ("federal", Status::StartReported)
    );

    // The federal deadline passing: no report, a status change.
    let c = change_on(&story, day("2025-10-01"));
    assert!(c.events.is_empty() && c.claims.is_empty() && c.disputes.is_empty());
    assert_eq!(
        (c.statuses[0].0.id.as_str(), c.statuses[0].1),
        ("federal", Status::DeadlinePassed)
    );
    assert!(c.sources.is_empty());

    // The handover date reported: the sources begin to disagree on when phase 1 ended.
    let c = change_on(&story, day("2025-12-31"));
    assert_eq!(
        ids(c.disputes.iter().map(|s| &s.id)),
        ["federal.completion"]
    );

    // A quiet day.
    assert!(change_on(&story, day("2026-06-15")).is_empty());
}

#[test]
fn a_replayed_day_is_the_instant_now_shows() {
    // The slider's day and `?now=YYYY-MM-DD` show the same instant: the day's first second in
    // the story's zone, so a report dated that day is part of it.
    let story = bundled();
    let (params, warnings) = parse("now=2026-01-17", "", 2, parse_offset("+03:00").unwrap());
    assert!(warnings.is_empty());
    assert_eq!(Some(instant(&story, day("2026-01-17"))), params.now);
    assert_eq!(
        instant(&story, day("2026-01-17")),
        at("2026-01-17T00:00:00+03:00")
    );
}

#[test]
fn the_notes_say_what_changed_in_the_widgets_words() {
    let story = bundled();
    let notes = change_notes(&story);
    let days: Vec<NaiveDate> = notes.iter().map(|n| n.day).collect();
    // Through the story's last change point (the widget keeps those up to today).
    assert_eq!(days, change_days(&story, NaiveDate::MAX));
    let note = |d: &str| &notes.iter().find(|n| n.day == day(d)).unwrap().text;
    // The day's first event in our words, the outlets that reported that day, the disputes
    // that opened and the status that changed, each attributed to its phase.
    let convoy = note("2025-08-18");
    assert!(convoy.starts_with("18 Aug 2025: "), "{convoy}");
    let event = story.events.iter().find(|e| e.id == "E04").unwrap();
    assert!(
        convoy.contains(event.summary.trim_end_matches('.')),
        "{convoy}"
    );
    assert!(convoy.contains(" (ISWNews, Shafaq News); "), "{convoy}");
    assert!(
        convoy.contains("Federal Iraq, 2025: the sources now disagree on when it began"),
        "{convoy}"
    );
    assert!(
        convoy.ends_with("Federal Iraq, 2025: Start reported."),
        "{convoy}"
    );
    assert_eq!(
        note("2025-10-01"),
        "1 Oct 2025: Federal Iraq, 2025: No completion reported."
    );
    assert!(note("2025-12-31").contains("the sources now disagree on when it was completed"));
    // Plain text, one line each.
    for n in &notes {
        assert!(!n.text.contains(['<', '\n', '\t']), "{n:?}");
    }
}

#[test]
fn the_notes_travel_in_the_page_and_back() {
    let notes = change_notes(&bundled());
    assert_eq!(read_notes(&write_notes(&notes)), notes);
    // A damaged line is skipped, the rest kept.
    let text = format!("not a day\tx\n2026-02-30\ty\n{}", write_notes(&notes[..1]));
    assert_eq!(read_notes(&text), notes[..1].to_vec());
}

#[test]
fn the_slider_steps_a_day_a_month_to_the_ends_and_between_changes() {
    let story = bundled();
    let (first, today) = (first_day(&story).unwrap(), today());
    let days = change_days(&story, today);
    let go = |from: &str, by: Step| step(day(from), by, first, today, &days);
    assert_eq!(go("2026-01-17", Step::Days(1)), day("2026-01-18"));
    assert_eq!(go("2026-01-17", Step::Days(-1)), day("2026-01-16"));
    assert_eq!(go("2026-01-31", Step::Months(1)), day("2026-02-28"));
    assert_eq!(go("2026-03-31", Step::Months(-1)), day("2026-02-28"));
    assert_eq!(go("2025-06-01", Step::First), first);
    assert_eq!(go("2025-06-01", Step::Last), today);
    // Kept between the first report and today.
    assert_eq!(go("2024-09-27", Step::Days(-1)), first);
    assert_eq!(go("2024-10-10", Step::Months(-1)), first);
    assert_eq!(go("2026-11-25", Step::Days(1)), today);
    assert_eq!(go("2026-11-01", Step::Months(1)), today);
    // Previous and next change; after the last change, next is today; before the first,
    // previous stays.
    assert_eq!(go("2026-01-17", Step::NextChange), day("2026-01-18"));
    assert_eq!(go("2026-01-17", Step::PreviousChange), day("2025-12-31"));
    assert_eq!(go("2025-12-01", Step::PreviousChange), day("2025-11-26"));
    assert_eq!(go("2026-10-01", Step::NextChange), today);
    assert_eq!(go("2024-09-27", Step::PreviousChange), first);
}

#[test]
fn the_slider_keys_and_their_mirror_right_to_left() {
    for rtl in [false, true] {
        assert_eq!(key_step("ArrowUp", rtl), Some(Step::Days(1)));
        assert_eq!(key_step("ArrowDown", rtl), Some(Step::Days(-1)));
        assert_eq!(key_step("PageUp", rtl), Some(Step::Months(1)));
        assert_eq!(key_step("PageDown", rtl), Some(Step::Months(-1)));
        assert_eq!(key_step("Home", rtl), Some(Step::First));
        assert_eq!(key_step("End", rtl), Some(Step::Last));
        assert_eq!(key_step("Tab", rtl), None);
        assert_eq!(key_step("a", rtl), None);
    }
    assert_eq!(key_step("ArrowRight", false), Some(Step::Days(1)));
    assert_eq!(key_step("ArrowLeft", false), Some(Step::Days(-1)));
    // Right to left, the slider runs from the right.
    assert_eq!(key_step("ArrowLeft", true), Some(Step::Days(1)));
    assert_eq!(key_step("ArrowRight", true), Some(Step::Days(-1)));
}

#[test]
fn a_drag_comes_to_rest_on_the_nearest_change_day() {
    let days = [day("2026-01-17"), day("2026-01-19"), day("2026-03-12")];
    assert_eq!(snap(day("2026-01-16"), &days), day("2026-01-17"));
    // A tie goes to the later day.
    assert_eq!(snap(day("2026-01-18"), &days), day("2026-01-19"));
    assert_eq!(snap(day("2026-02-20"), &days), day("2026-03-12"));
    assert_eq!(snap(day("2027-01-01"), &days), day("2026-03-12"));
    assert_eq!(snap(day("2026-02-02"), &[]), day("2026-02-02"));
}

#[test]
fn a_drag_of_the_slider_rests_on_a_change_day_or_today() {
    let story = bundled();
    let (first, today) = (first_day(&story).unwrap(), today());
    let days = change_days(&story, today);
    let offset = |d: &str| (day(d) - first).num_days() as f64;
    // The quiet spring of 2025: nearer the report of 31 Mar than that of 17 Aug.
    assert_eq!(
        drag_rest(first, offset("2025-05-10"), today, &days),
        day("2025-03-31")
    );
    // At the end of the slider, or near it after the last change day: today (live).
    assert_eq!(drag_rest(first, offset("2026-11-25"), today, &days), today);
    assert_eq!(drag_rest(first, offset("2026-11-01"), today, &days), today);
    // A negative or unreadable value counts as the first report.
    assert_eq!(drag_rest(first, -3.0, today, &days), first);
    assert_eq!(drag_rest(first, f64::NAN, today, &days), first);
}

#[test]
fn the_replayed_day_is_kept_in_the_url() {
    let d = Some(day("2026-01-17"));
    assert_eq!(with_now("", d), "?now=2026-01-17");
    assert_eq!(
        with_now("?phase=2&id=box", d),
        "?phase=2&id=box&now=2026-01-17"
    );
    // A day already there is replaced, and removed for the live tracker.
    assert_eq!(
        with_now("?now=2025-08-18&phase=2", d),
        "?phase=2&now=2026-01-17"
    );
    assert_eq!(
        with_now("?now=2025-08-18T10:00:00Z&phase=2", None),
        "?phase=2"
    );
    assert_eq!(with_now("?now=2025-08-18", None), "");
    // A parameter whose name only starts with "now" stays.
    assert_eq!(with_now("nowhere=1", None), "?nowhere=1");
    // What it writes reads back as the same day.
    let (params, _) = parse(
        &with_now("?phase=2", d),
        "",
        2,
        parse_offset("+03:00").unwrap(),
    );
    assert_eq!(params.now, Some(at("2026-01-17T00:00:00+03:00")));
    assert_eq!(params.phase, Some(1));
}

fn any_day() -> impl Strategy<Value = NaiveDate> {
    (0i64..2000).prop_map(|n| day("2024-01-01") + chrono::Duration::days(n))
}

proptest! {
    #[test]
    fn a_step_stays_between_the_first_report_and_today(
        from in any_day(),
        n in -400i64..400,
        m in -30i32..30,
        which in 0usize..6,
    ) {
        let story = bundled();
        let (first, today) = (first_day(&story).unwrap(), today());
        let days = change_days(&story, today);
        let by = [Step::Days(n), Step::Months(m), Step::First, Step::Last, Step::PreviousChange, Step::NextChange][which];
        let to = step(from, by, first, today, &days);
        prop_assert!(first <= to && to <= today, "{from} {by:?} -> {to}");
    }

    #[test]
    fn notes_round_trip_whatever_their_text(texts in proptest::collection::vec(".{0,40}", 0..5)) {
        let notes: Vec<Note> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Note { day: day("2026-01-01") + chrono::Duration::days(i as i64), text: t.clone() })
            .collect();
        let back = read_notes(&write_notes(&notes));
        prop_assert_eq!(back.len(), notes.len());
        for (a, b) in notes.iter().zip(&back) {
            prop_assert_eq!(a.day, b.day);
            // Tabs and line breaks become spaces; nothing else changes.
            let flat: String = a.text.chars().map(|c| if matches!(c, '\t' | '\n' | '\r') { ' ' } else { c }).collect();
            prop_assert_eq!(&flat, &b.text);
        }
    }
}
