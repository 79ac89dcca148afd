//! The core's answers on the real bundled story, at instants whose answers we worked out
//! by hand from the claims register.

mod common;

use common::{at, bundled};
use phase_tracker::core::countdown::{countdown, newly_passed, Parts, Remaining};
use phase_tracker::core::disagreement::disagreements;
use phase_tracker::core::status::{phase_status, Status};
use phase_tracker::core::story::Story;

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

#[test]
fn federal_phase_status_through_time() {
    let s = bundled();
    assert_eq!(
        status(&s, "federal", "2024-09-28T12:00:00+03:00"),
        Status::Upcoming
    );
    // Shafaq reported a convoy leaving Ain al-Asad on 18 Aug 2025.
    assert_eq!(
        status(&s, "federal", "2025-08-18T12:00:00+03:00"),
        Status::UnderWay
    );
    assert_eq!(
        status(&s, "federal", "2025-09-30T23:59:59+03:00"),
        Status::UnderWay
    );
    assert_eq!(
        status(&s, "federal", "2025-10-01T00:00:00+03:00"),
        Status::Overdue
    );
    assert_eq!(
        status(&s, "federal", "2025-11-25T12:00:00+03:00"),
        Status::Overdue
    );
    assert_eq!(
        status(&s, "federal", "2025-11-26T12:00:00+03:00"),
        Status::Completed
    );
}

#[test]
fn kurdistan_phase_starts_when_the_federal_one_is_reported_complete() {
    let s = bundled();
    assert_eq!(
        status(&s, "kurdistan", "2025-11-25T12:00:00+03:00"),
        Status::Upcoming
    );
    assert_eq!(
        status(&s, "kurdistan", "2025-11-26T12:00:00+03:00"),
        Status::UnderWay
    );
    assert_eq!(
        status(&s, "kurdistan", "2026-09-30T23:59:59+03:00"),
        Status::UnderWay
    );
    let today = phase_status(
        &s,
        s.phase("kurdistan").unwrap(),
        at("2026-11-25T12:00:00+03:00"),
    );
    assert_eq!(today.status, Status::Overdue);
    assert!(
        today.deadlines_passed < today.deadlines_known,
        "end-2026 is still ahead"
    );
}

#[test]
fn kurdistan_countdown_today_is_a_range() {
    let s = bundled();
    let cd = countdown(
        &s,
        s.phase("kurdistan").unwrap(),
        at("2026-11-25T12:00:00+03:00"),
    );
    assert!(cd.is_range());
    let targets: Vec<_> = cd.deadlines.iter().map(|d| d.target).collect();
    assert_eq!(
        targets,
        vec![
            at("2026-10-01T00:00:00+03:00"),
            at("2027-01-01T00:00:00+03:00")
        ]
    );
    assert_eq!(
        cd.deadlines[0].time(),
        Remaining::Passed(Parts {
            days: 55,
            hours: 12,
            minutes: 0,
            seconds: 0
        })
    );
    assert_eq!(
        cd.deadlines[1].time(),
        Remaining::Left(Parts {
            days: 36,
            hours: 12,
            minutes: 0,
            seconds: 0
        })
    );
    // The New Arab alone gives the end of 2026; Rudaw's "2026" also ends then.
    let late: Vec<_> = cd.deadlines[1]
        .claims
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(late, ["C06", "C10"]);
    assert!(cd.finished.is_empty());
}

#[test]
fn federal_countdown_flips_at_the_deadline() {
    let s = bundled();
    let phase = s.phase("federal").unwrap();
    let before = countdown(&s, phase, at("2025-09-30T23:59:59+03:00"));
    assert_eq!(before.deadlines.len(), 1);
    assert_eq!(
        before.deadlines[0].time(),
        Remaining::Left(Parts {
            days: 0,
            hours: 0,
            minutes: 0,
            seconds: 1
        })
    );
    let after = countdown(&s, phase, at("2025-10-01T00:00:00+03:00"));
    assert!(after.deadlines[0].passed());
}

#[test]
fn federal_completion_is_timed_against_each_deadline() {
    let s = bundled();
    let cd = countdown(
        &s,
        s.phase("federal").unwrap(),
        at("2026-11-25T12:00:00+03:00"),
    );
    // Two deadlines known today: end of September 2025, and Kurdistan24's end of 2025.
    assert_eq!(cd.deadlines.len(), 2);
    let late: Vec<(i64, i64)> = cd.finished.iter().map(|f| f.days_late).collect();
    // Reported complete by 26 Nov 2025 (Rudaw) or on 18 Jan 2026 (Kurdistan24): 57 to 110
    // days after 30 Sep 2025, and 35 days early to 18 days late against 31 Dec 2025.
    assert_eq!(late, [(57, 110), (-35, 18)]);
    let ids: Vec<_> = cd.finished[0]
        .completions
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(ids, ["C26", "C29b", "C32a"]);
}

#[test]
fn disagreements_are_computed_as_reports_arrive() {
    let s = bundled();
    // In the week after the 2024 announcement only the Kurdistan deadline was disputed
    // (September 2026 against The New Arab's end of 2026).
    assert_eq!(
        disputed(&s, Some("federal"), "2024-10-01T12:00:00+03:00"),
        Vec::<String>::new()
    );
    assert_eq!(
        disputed(&s, Some("kurdistan"), "2024-10-01T12:00:00+03:00"),
        ["kurdistan.deadline", "kurdistan.end-state"]
    );
    assert_eq!(
        disputed(&s, Some("federal"), "2026-11-25T12:00:00+03:00"),
        [
            "federal.start",
            "federal.deadline",
            "federal.completion",
            "ain-al-asad.status",
            "relocation"
        ]
    );
    assert_eq!(
        disputed(&s, None, "2026-11-25T12:00:00+03:00"),
        ["nature", "troops"]
    );
}

#[test]
fn a_disagreement_groups_claims_by_value_with_their_sources() {
    let s = bundled();
    let all = disagreements(&s, Some("kurdistan"), at("2026-11-25T12:00:00+03:00"));
    let deadline = all
        .iter()
        .find(|d| d.subject.id == "kurdistan.deadline")
        .unwrap();
    let groups: Vec<Vec<&str>> = deadline
        .groups
        .iter()
        .map(|g| g.claims.iter().map(|c| c.id.as_str()).collect())
        .collect();
    assert_eq!(
        groups[0],
        ["C02a", "C09b", "C12", "C14a", "C24", "C34a", "C38a"]
    );
    assert!(groups.contains(&vec!["C06"]));
    assert!(groups.contains(&vec!["C03"]));
    assert!(deadline.source_count >= 9, "{}", deadline.source_count);
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
    let today = at("2026-11-25T12:00:00+03:00");
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
