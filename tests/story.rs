//! The core's answers on the real bundled story, at instants whose answers we worked out
//! by hand from the claims register.

mod common;

use common::{at, bundled, fixture};
use phase_tracker::core::countdown::{countdown, newly_passed, reading, Parts, Reading, Remaining};
use phase_tracker::core::date::Precision;
use phase_tracker::core::disagreement::disagreements;
use phase_tracker::core::status::{last_report, phase_status, Status, QUIET_AFTER_DAYS};
use phase_tracker::core::story::Story;
use phase_tracker::html;

fn status(story: &Story, phase: &str, now: &str) -> Status {
    phase_status(story, story.phase(phase).unwrap(), at(now)).status
}

fn disputed(story: &Story, phase: Option<&str>, now: &str) -> Vec<String> {
    disagreements(story, phase, at(now))
        .iter()
        .map(|d| d.subject.id.clone())
        .collect()
}

#[test]
fn the_bundled_story_validates_and_holds_every_seed() {
    let story = bundled();
    for seed in [
        "rudaw-2025-08-17",
        "rudaw-2025-08-26",
        "newarab-2024-09-29",
        "k24-2026-01-18",
        "iswnews-2025-08-18",
    ] {
        assert!(story.source(seed).is_some(), "seed {seed} is missing");
    }
    assert_eq!(story.phases.len(), 2);
    assert_eq!(story.meta.time_zone, "Asia/Baghdad");
    assert_eq!(story.meta.offset.local_minus_utc(), 3 * 3600);
}

#[test]
fn every_claim_and_event_is_sourced_and_every_source_used() {
    let story = bundled();
    for c in &story.claims {
        let s = story.source(&c.source).expect("claim source");
        assert!(!s.outlet.is_empty(), "{}", c.id);
    }
    for e in &story.events {
        assert!(!e.sources.is_empty(), "{}", e.id);
    }
    for s in &story.sources {
        let used = story.claims.iter().any(|c| c.source == s.id)
            || story.events.iter().any(|e| e.sources.contains(&s.id))
            || story.phases.iter().any(|p| p.sources.contains(&s.id));
        assert!(used, "source {} supports nothing shown", s.id);
    }
    // The New Arab's canonical URL was never found: it stays unknown, not a mirror.
    assert_eq!(story.source("newarab-2024-09-29").unwrap().url, None);
}

/// The claim ids behind a phase's status at `now`.
fn basis(story: &Story, phase: &str, now: &str) -> Vec<String> {
    phase_status(story, story.phase(phase).unwrap(), at(now))
        .basis
        .iter()
        .map(|c| c.id.clone())
        .collect()
}

#[test]
fn federal_phase_status_says_what_was_reported() {
    let s = bundled();
    assert_eq!(
        status(&s, "federal", "2024-09-28T12:00:00+03:00"),
        Status::NoStartReported
    );
    // ISWNews's sources expected the pull-out to start in September (C13), a forecast: on
    // 17 Aug 2025 no start had been reported.
    assert_eq!(
        status(&s, "federal", "2025-08-17T12:00:00+03:00"),
        Status::NoStartReported
    );
    // Shafaq reported a convoy leaving Ain al-Asad on 18 Aug 2025: a start reported by one
    // outlet, and only that report is the basis (the forecasts C13 and C20a are not).
    assert_eq!(
        status(&s, "federal", "2025-08-18T12:00:00+03:00"),
        Status::StartReported
    );
    assert_eq!(basis(&s, "federal", "2025-09-30T23:59:59+03:00"), ["C18"]);
    assert_eq!(
        status(&s, "federal", "2025-10-01T00:00:00+03:00"),
        Status::DeadlinePassed
    );
    // Every claim giving September 2025 is the basis; Kurdistan24's end of 2025 was not yet
    // reported.
    assert_eq!(
        basis(&s, "federal", "2025-11-25T12:00:00+03:00"),
        ["C01", "C05", "C09a", "C11a", "C53"]
    );
    assert_eq!(
        status(&s, "federal", "2025-11-26T12:00:00+03:00"),
        Status::CompletionReported
    );
    // Muhammadawi's "next week" of 31 Dec (C29b) is a forecast and never counts as a
    // completion; CENTCOM's confirmation (C40) does.
    assert_eq!(
        basis(&s, "federal", "2026-11-29T12:00:00+03:00"),
        ["C26", "C32a", "C40"]
    );
}

#[test]
fn kurdistan_phase_has_no_start_until_a_source_reports_one() {
    let s = bundled();
    // The federal phase was reported complete on 26 Nov 2025, but no source says a drawdown
    // in the Kurdistan Region began: the tracker infers nothing from the order of phases.
    for now in [
        "2025-11-26T12:00:00+03:00",
        "2026-03-12T12:00:00+03:00",
        "2026-09-30T23:59:59+03:00",
    ] {
        assert_eq!(
            status(&s, "kurdistan", now),
            Status::NoStartReported,
            "{now}"
        );
    }
    let today = phase_status(
        &s,
        s.phase("kurdistan").unwrap(),
        at("2026-11-29T12:00:00+03:00"),
    );
    assert_eq!(today.status, Status::DeadlinePassed);
    // Two positions: September 2026 has passed, the end of 2026 has not. The floor (C03,
    // "at least until September 2026") is neither.
    assert_eq!(today.deadlines.len(), 2);
    assert_eq!(today.deadlines_passed(), 1);
    assert!(!today.basis.iter().any(|c| c.id == "C03"));
}

#[test]
fn coverage_gone_quiet_is_said_from_the_data() {
    let s = bundled();
    let kurdistan = s.phase("kurdistan").unwrap();
    // The newest report on phase 2 is of 12 Mar 2026 (the missile on Italy's base, and
    // Italy's withdrawal).
    assert_eq!(
        last_report(&s, kurdistan, at("2026-11-29T12:00:00+03:00")),
        Some(at("2026-03-12T00:00:00+03:00"))
    );
    // The day the deadline passes, 203 days on: quiet.
    assert_eq!(
        phase_status(&s, kurdistan, at("2026-10-01T00:00:00+03:00")).quiet_since,
        Some(at("2026-03-12T00:00:00+03:00"))
    );
    // Before the deadline passed, nothing is said, however old the newest report.
    assert_eq!(
        phase_status(&s, kurdistan, at("2026-09-30T23:59:59+03:00")).quiet_since,
        None
    );
    // The federal phase past its deadline but with reports within two months: nothing said.
    let federal = s.phase("federal").unwrap();
    let late_2025 = phase_status(&s, federal, at("2025-11-25T12:00:00+03:00"));
    assert_eq!(late_2025.status, Status::DeadlinePassed);
    assert_eq!(late_2025.quiet_since, None);
    assert_eq!(QUIET_AFTER_DAYS, 60);
}

/// Each countdown row's claim ids and reading at `now`.
fn readings(story: &Story, phase: &str, now: &str) -> Vec<(Vec<String>, Reading)> {
    let zone = story.meta.offset;
    countdown(story, story.phase(phase).unwrap(), at(now))
        .deadlines
        .iter()
        .map(|d| {
            (
                d.position.claims.iter().map(|c| c.id.clone()).collect(),
                reading(&d.position, zone, at(now)),
            )
        })
        .collect()
}

fn window(precision: Precision, closed: bool, days: i64) -> Reading {
    Reading::Window {
        precision,
        closed,
        days,
    }
}

#[test]
fn kurdistan_countdown_shows_two_windows_in_days() {
    let s = bundled();
    // September 2026 is a month with no day: its window closed when 30 Sep ended, 59 days
    // before 29 Nov. The end of 2026 is a year-level date (The New Arab's end of 2026, Saad
    // Maan's "2026"): 32 days to 31 Dec. No seconds tick for either.
    let today = readings(&s, "kurdistan", "2026-11-29T12:00:00+03:00");
    assert_eq!(
        today,
        [
            (
                ["C02a", "C09b", "C12", "C14a", "C19", "C24", "C34a", "C38a"]
                    .map(String::from)
                    .to_vec(),
                window(Precision::Month, true, 59)
            ),
            (
                ["C06", "C10"].map(String::from).to_vec(),
                window(Precision::Year, false, 32)
            ),
        ]
    );
    let cd = countdown(
        &s,
        s.phase("kurdistan").unwrap(),
        at("2026-11-29T12:00:00+03:00"),
    );
    let floors: Vec<&str> = cd.floors.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(floors, ["C03"]);
    assert!(
        !cd.ticks_by_second(),
        "no deadline of this story is given to the day"
    );
    assert!(cd.finished.is_empty());
}

#[test]
fn a_window_counts_calendar_days_in_the_story_zone() {
    let s = bundled();
    let sep = |now: &str| readings(&s, "kurdistan", now)[0].1;
    assert_eq!(
        sep("2026-09-29T23:59:59+03:00"),
        window(Precision::Month, false, 1)
    );
    assert_eq!(
        sep("2026-09-30T00:00:00+03:00"),
        window(Precision::Month, false, 0)
    );
    assert_eq!(
        sep("2026-09-30T23:59:59+03:00"),
        window(Precision::Month, false, 0)
    );
    assert_eq!(
        sep("2026-10-01T00:00:00+03:00"),
        window(Precision::Month, true, 0)
    );
    // 21:00 UTC on 1 Oct is already 2 Oct in Baghdad.
    assert_eq!(
        sep("2026-10-01T21:00:00Z"),
        window(Precision::Month, true, 1)
    );
}

#[test]
fn federal_countdown_flips_at_the_deadline() {
    let s = bundled();
    let before = readings(&s, "federal", "2025-09-30T23:59:59+03:00");
    assert_eq!(before.len(), 1);
    assert_eq!(before[0].1, window(Precision::Month, false, 0));
    let after = countdown(
        &s,
        s.phase("federal").unwrap(),
        at("2025-10-01T00:00:00+03:00"),
    );
    assert!(after.deadlines[0].passed());
}

#[test]
fn a_day_level_deadline_ticks_to_the_second() {
    // The bundled story has no deadline given to the day; the fixture story does.
    let s = fixture();
    let zone = s.meta.offset;
    let now = at("2026-06-29T23:59:58-05:00");
    let cd = countdown(&s, s.phase("south").unwrap(), now);
    assert!(cd.ticks_by_second());
    let day = cd
        .deadlines
        .iter()
        .find(|d| d.position.precision() == Precision::Day)
        .expect("a day-level deadline");
    assert_eq!(
        reading(&day.position, zone, now),
        Reading::Exact(Remaining::Left(Parts {
            days: 1,
            hours: 0,
            minutes: 0,
            seconds: 2
        }))
    );
}

#[test]
fn federal_completion_is_timed_against_each_deadline() {
    let s = bundled();
    let cd = countdown(
        &s,
        s.phase("federal").unwrap(),
        at("2026-11-25T12:00:00+03:00"),
    );
    // Two deadlines known today: September 2025, and Kurdistan24's end of 2025.
    assert_eq!(cd.deadlines.len(), 2);
    let late: Vec<(i64, i64)> = cd.finished.iter().map(|f| f.days_late).collect();
    // Reported complete by 26 Nov 2025 (Rudaw) and by 18 Jan 2026 (Kurdistan24, CENTCOM):
    // 57 to 110 days after 30 Sep 2025, and 35 days early to 18 days late against 31 Dec.
    assert_eq!(late, [(57, 110), (-35, 18)]);
    let ids: Vec<_> = cd.finished[0]
        .completions
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(ids, ["C26", "C32a", "C40"]);
}

#[test]
fn disagreements_are_computed_as_reports_arrive() {
    let s = bundled();
    // In the week after the 2024 announcement only phase 2 was disputed: its deadline
    // (September 2026 against The New Arab's end of 2026) and what it means.
    assert_eq!(
        disputed(&s, Some("federal"), "2024-10-01T12:00:00+03:00"),
        Vec::<String>::new()
    );
    assert_eq!(
        disputed(&s, Some("kurdistan"), "2024-10-01T12:00:00+03:00"),
        ["kurdistan.deadline", "kurdistan.end-state"]
    );
    assert_eq!(
        disputed(&s, None, "2024-10-01T12:00:00+03:00"),
        Vec::<String>::new()
    );
    assert_eq!(
        disputed(&s, Some("federal"), "2026-11-29T12:00:00+03:00"),
        [
            "federal.start",
            "federal.deadline",
            "federal.completion",
            "ain-al-asad.status",
            "relocation"
        ]
    );
    assert_eq!(
        disputed(&s, Some("kurdistan"), "2026-11-29T12:00:00+03:00"),
        ["kurdistan.deadline", "kurdistan.end-state"]
    );
    assert_eq!(
        disputed(&s, None, "2026-11-29T12:00:00+03:00"),
        ["nature", "troops", "need"]
    );
}

#[test]
fn troop_numbers_disagree_only_like_against_like() {
    let s = bundled();
    // Before the drawdown every source gives about 2,500 US troops; Muhammadawi's 1,500
    // (26 Nov 2025) counts coalition personnel after it. Nothing to compare until Shafaq
    // counts the troops remaining after the drawdown on 18 Jan 2026.
    for now in ["2025-11-27T12:00:00+03:00", "2026-01-17T23:59:59+03:00"] {
        assert!(
            !disputed(&s, None, now).contains(&"troops".to_owned()),
            "{now}"
        );
    }
    let all = disagreements(&s, None, at("2026-01-18T12:00:00+03:00"));
    let troops = all.iter().find(|d| d.subject.id == "troops").unwrap();
    let groups: Vec<Vec<&str>> = troops
        .groups
        .iter()
        .map(|g| g.claims.iter().map(|c| c.id.as_str()).collect())
        .collect();
    assert_eq!(groups, [vec!["C27"], vec!["C39"]]);
    let others: Vec<&str> = troops.others.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(others, ["C17a", "C46", "C47", "C48", "C49"]);
    assert_eq!(troops.source_count, 2);
    assert_eq!(
        html::positions_summary(&s, troops),
        "Foreign troops in Iraq after the federal drawdown: About 1,500 coalition personnel, nearly all in the Kurdistan Region (1 source) · About 2,500 US troops (1 source)"
    );
}

#[test]
fn a_badge_names_the_positions_and_how_many_sources_hold_each() {
    let s = bundled();
    let now = at("2026-11-29T12:00:00+03:00");
    let all = disagreements(&s, Some("kurdistan"), now);
    let deadline = all
        .iter()
        .find(|d| d.subject.id == "kurdistan.deadline")
        .unwrap();
    let groups: Vec<Vec<&str>> = deadline
        .groups
        .iter()
        .map(|g| g.claims.iter().map(|c| c.id.as_str()).collect())
        .collect();
    // "End of September" (C19) holds the same position as "September" and "by September".
    assert_eq!(
        groups,
        [
            vec!["C02a", "C09b", "C12", "C14a", "C19", "C24", "C34a", "C38a"],
            vec!["C06", "C10"]
        ]
    );
    // The floor conflicts with nothing and is listed apart.
    let others: Vec<&str> = deadline.others.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(others, ["C03"]);
    assert_eq!(deadline.source_count, 10);
    assert_eq!(
        html::positions_summary(&s, deadline),
        "September 2026 (8 sources) · end of 2026 (2 sources)"
    );

    let federal = disagreements(&s, Some("federal"), now);
    let summary = |id: &str| {
        html::positions_summary(&s, federal.iter().find(|d| d.subject.id == id).unwrap())
    };
    assert_eq!(
        summary("federal.deadline"),
        "September 2025 (5 sources) · end of 2025 (1 source)"
    );
    assert_eq!(
        summary("federal.start"),
        "expected in September 2025 (1 source) · 18 Aug 2025 (1 source) · expected end of September 2025 (1 source)"
    );
    assert_eq!(
        summary("federal.completion"),
        "by 26 Nov 2025 (1 source) · expected week of 5 Jan 2026 (1 source) · by 18 Jan 2026 (2 sources)"
    );
}

#[test]
fn the_story_as_it_stood_uses_only_what_was_reported() {
    let s = bundled();
    let before = at("2025-08-17T12:00:00+03:00");
    assert!(s
        .claims
        .iter()
        .filter(|c| s.claim_known(c, before))
        .all(|c| { s.source(&c.source).unwrap().published.first_day <= before.date_naive() }));
    assert_eq!(s.newest_source(before).unwrap().id, "rudaw-2025-08-17");
    assert_eq!(s.events_of(None, before).count(), 3);
    let today = at("2026-11-29T12:00:00+03:00");
    assert_eq!(s.events_of(None, today).count(), s.events.len());
    assert_eq!(
        s.newest_source(today)
            .unwrap()
            .published
            .first_day
            .to_string(),
        "2026-03-12"
    );
}

#[test]
fn change_points_are_sorted_and_settle_answers() {
    let s = bundled();
    let points = s.change_points();
    assert!(points.windows(2).all(|w| w[0] < w[1]));
    let now = at("2026-11-25T12:00:00+03:00");
    assert_eq!(s.settled(&points, now), at("2026-10-01T00:00:00+03:00"));
}

#[test]
fn a_deadline_passing_while_the_page_is_open_is_announced_once() {
    let story = bundled();
    let kurdistan = story.phase("kurdistan").unwrap();
    // "30 Sep 2026" passes at 1 Oct 2026 00:00 Baghdad time.
    let passes = at("2026-10-01T00:00:00+03:00");
    let opened = at("2026-09-30T23:00:00+03:00");
    assert_eq!(
        newly_passed(&story, kurdistan, opened, at("2026-09-30T23:59:59+03:00")),
        None
    );
    assert_eq!(
        newly_passed(&story, kurdistan, opened, passes),
        Some(passes)
    );
    assert_eq!(
        newly_passed(&story, kurdistan, opened, at("2026-10-05T12:00:00+03:00")),
        Some(passes)
    );
    // A page opened after it passed has nothing to announce.
    assert_eq!(
        newly_passed(&story, kurdistan, passes, at("2026-10-05T12:00:00+03:00")),
        None
    );
    // Opened before both deadlines, after both: the later one is announced.
    let last = at("2027-01-01T00:00:00+03:00");
    assert_eq!(newly_passed(&story, kurdistan, opened, last), Some(last));
}
