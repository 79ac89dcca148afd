//! Property tests: the date, countdown and parameter functions never panic and keep their
//! invariants for arbitrary instants, dates and input.

mod common;

use chrono::{DateTime, Duration, FixedOffset, Utc};
use phase_tracker::core::countdown::{time_to, Parts, Remaining};
use phase_tracker::core::date::{closing_day, Qualifier, ReportedDate};
use phase_tracker::core::params;
use proptest::prelude::*;

/// Instants from 1900 to 2200.
fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    (-2_208_988_800i64..7_258_118_400i64).prop_map(|s| DateTime::from_timestamp(s, 0).unwrap())
}

fn zone() -> impl Strategy<Value = FixedOffset> {
    (-14 * 60..=14 * 60i32).prop_map(|m| FixedOffset::east_opt(m * 60).unwrap())
}

fn reported_date() -> impl Strategy<Value = ReportedDate> {
    let precision = prop_oneof![Just("day"), Just("week"), Just("month"), Just("year")];
    let qualifier = prop_oneof![
        Just("on"),
        Just("by"),
        Just("from"),
        Just("at_least_until"),
        Just("end_of")
    ];
    (
        precision,
        qualifier,
        1900i32..2200,
        1u32..=12,
        1u32..=31,
        1u32..=53,
    )
        .prop_filter_map("a real period", |(p, q, y, m, d, w)| {
            let value = match p {
                "day" => format!("{y:04}-{m:02}-{d:02}"),
                "week" => format!("{y:04}-W{w:02}"),
                "month" => format!("{y:04}-{m:02}"),
                _ => format!("{y:04}"),
            };
            ReportedDate::parse(p, &value, Some(q), false).ok()
        })
}

proptest! {
    #[test]
    fn a_deadline_closes_on_the_last_day_of_its_period(d in reported_date(), z in zone()) {
        // Dates with an end: the countdown's target is the first second after that day.
        if matches!(d.qualifier, Qualifier::On | Qualifier::By | Qualifier::EndOf) {
            prop_assert_eq!(closing_day(d.target(z), z), d.last_day);
        }
    }

    #[test]
    fn parsing_arbitrary_date_text_never_panics(p in ".{0,8}", v in ".{0,12}", q in ".{0,16}") {
        let _ = ReportedDate::parse(&p, &v, Some(&q), false);
    }

    #[test]
    fn intervals_are_ordered_and_targets_follow_them(d in reported_date(), z in zone()) {
        let i = d.interval(z);
        if let (Some(a), Some(b)) = (i.earliest, i.latest) {
            prop_assert!(a <= b);
        }
        prop_assert!(d.first_day <= d.last_day);
        let target = d.target(z);
        prop_assert!(i.latest.is_none_or(|l| l < target));
        prop_assert!(i.earliest.is_none_or(|e| e < target));
        prop_assert!(i.overlaps(&i));
        let _ = d.to_string();
    }

    #[test]
    fn elapsed_plus_remaining_is_the_whole_span(start in instant(), target in instant(), step in 0i64..400_000_000) {
        // Counting down from `start`, time elapsed plus time remaining always equals the span.
        let now = start + Duration::seconds(step);
        let total = (target - start).num_seconds();
        let elapsed = (now - start).num_seconds();
        let remaining = match time_to(target, now) {
            Remaining::Left(p) => p.total_seconds(),
            Remaining::Passed(p) => -p.total_seconds(),
        };
        prop_assert_eq!(elapsed + remaining, total);
        prop_assert_eq!(matches!(time_to(target, now), Remaining::Left(_)), now < target);
    }

    #[test]
    fn parts_are_in_range(seconds in proptest::num::i64::ANY) {
        let seconds = seconds / 4; // chrono's Duration limit
        if let Some(span) = Duration::try_seconds(seconds) {
            let p = Parts::of(span);
            prop_assert!(p.hours < 24 && p.minutes < 60 && p.seconds < 60 && p.days >= 0);
            prop_assert_eq!(p.total_seconds(), seconds.unsigned_abs() as i64);
        }
    }

    #[test]
    fn url_parsing_never_panics(search in ".{0,80}", hash in ".{0,40}", phases in 0usize..4, z in zone()) {
        let (p, warnings) = params::parse(&search, &hash, phases, z);
        if let Some(i) = p.phase {
            prop_assert!(i < phases);
        }
        for w in warnings {
            let _ = w.to_string();
        }
    }

    #[test]
    fn rfc3339_parsing_never_panics(text in ".{0,30}", prefix in "[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9:]{8}") {
        let _ = phase_tracker::core::date::parse_rfc3339(&text);
        let _ = phase_tracker::core::date::parse_rfc3339(&format!("{prefix}{text}"));
    }

    #[test]
    fn percent_decoding_never_panics(text in "[%0-9a-fA-F+ zé]{0,30}") {
        let _ = params::decode(&text);
    }

    // Data-file parsing and validation: tests/mutated_data_files.rs (valid files, mutated).

    #[test]
    fn answers_at_any_instant_never_panic_and_settle(now in instant()) {
        use phase_tracker::core::{countdown::countdown, disagreement::disagreements, status::phase_status};
        let story = common::bundled();
        let points = story.change_points();
        let settled = story.settled(&points, now);
        for phase in &story.phases {
            let a = phase_status(&story, phase, now);
            let b = phase_status(&story, phase, settled);
            prop_assert_eq!(a.status, b.status);
            prop_assert_eq!(a.deadlines_passed(), b.deadlines_passed());
            let c = countdown(&story, phase, now);
            for d in &c.deadlines {
                prop_assert_eq!(d.remaining, d.target() - now);
            }
            prop_assert_eq!(
                disagreements(&story, Some(&phase.id), now).len(),
                disagreements(&story, Some(&phase.id), settled).len()
            );
        }
    }
}
