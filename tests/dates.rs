//! Dates as reporters write them become intervals of instants in the story's zone.

mod common;

use chrono::FixedOffset;
use common::at;
use phase_tracker::core::date::{parse_offset, Interval, Precision, Qualifier, ReportedDate};

fn baghdad() -> FixedOffset {
    parse_offset("+03:00").unwrap()
}

fn date(precision: &str, value: &str, qualifier: Option<&str>) -> ReportedDate {
    ReportedDate::parse(precision, value, qualifier, false).unwrap()
}

#[test]
fn a_month_covers_its_first_to_last_second_in_baghdad() {
    let i = date("month", "2026-09", None).interval(baghdad());
    assert_eq!(i.earliest, Some(at("2026-09-01T00:00:00+03:00")));
    assert_eq!(i.latest, Some(at("2026-09-30T23:59:59+03:00")));
}

#[test]
fn by_end_of_year_ends_on_31_december() {
    let i = date("year", "2025", Some("end_of")).interval(baghdad());
    assert_eq!(i.latest, Some(at("2025-12-31T23:59:59+03:00")));
    assert_eq!(i.earliest, Some(at("2025-12-31T00:00:00+03:00")));
    let by = date("year", "2025", Some("by")).interval(baghdad());
    assert_eq!(by.earliest, None);
    assert_eq!(by.latest, Some(at("2025-12-31T23:59:59+03:00")));
}

#[test]
fn at_least_until_has_no_latest_bound() {
    let i = date("month", "2026-09", Some("at_least_until")).interval(baghdad());
    assert_eq!(i.earliest, Some(at("2026-09-30T23:59:59+03:00")));
    assert_eq!(i.latest, None);
}

#[test]
fn from_is_open_after_its_start() {
    let i = date("month", "2025-09", Some("from")).interval(baghdad());
    assert_eq!(i.earliest, Some(at("2025-09-01T00:00:00+03:00")));
    assert_eq!(i.latest, None);
}

#[test]
fn next_week_is_an_iso_week() {
    let d = date("week", "2026-W02", None);
    assert_eq!(d.first_day.to_string(), "2026-01-05");
    assert_eq!(d.last_day.to_string(), "2026-01-11");
    assert_eq!(d.to_string(), "week of 5 Jan 2026");
}

#[test]
fn leap_days_and_month_ends() {
    assert!(ReportedDate::parse("day", "2024-02-29", None, false).is_ok());
    assert!(ReportedDate::parse("day", "2026-02-29", None, false).is_err());
    assert!(ReportedDate::parse("day", "2026-02-30", None, false).is_err());
    assert_eq!(
        date("month", "2024-02", None).last_day.to_string(),
        "2024-02-29"
    );
    assert_eq!(
        date("month", "2025-12", None).last_day.to_string(),
        "2025-12-31"
    );
    assert!(ReportedDate::parse("week", "2026-W54", None, false).is_err());
    assert!(ReportedDate::parse("day", "26-01-18", None, false).is_err());
    assert!(ReportedDate::parse("year", "+2026", None, false).is_err());
}

#[test]
fn dates_display_as_the_source_wrote_them() {
    assert_eq!(
        date("month", "2026-09", None).to_string(),
        "in September 2026"
    );
    assert_eq!(
        date("month", "2025-09", Some("end_of")).to_string(),
        "end of September 2025"
    );
    assert_eq!(
        date("month", "2025-09", Some("by")).to_string(),
        "by September 2025"
    );
    assert_eq!(
        date("month", "2026-09", Some("at_least_until")).to_string(),
        "at least until September 2026"
    );
    assert_eq!(
        date("year", "2026", Some("end_of")).to_string(),
        "end of 2026"
    );
    assert_eq!(date("day", "2026-01-18", None).to_string(), "18 Jan 2026");
    assert_eq!(
        date("month", "2025-09", Some("from")).to_string(),
        "from September 2025"
    );
}

#[test]
fn a_deadline_passes_at_midnight_after_its_last_day() {
    assert_eq!(
        date("month", "2025-09", Some("end_of")).target(baghdad()),
        at("2025-10-01T00:00:00+03:00")
    );
    assert_eq!(
        date("month", "2026-09", Some("at_least_until")).target(baghdad()),
        at("2026-10-01T00:00:00+03:00")
    );
}

#[test]
fn a_report_is_known_from_the_start_of_its_day() {
    assert_eq!(
        date("day", "2026-01-18", None).known_from(baghdad()),
        at("2026-01-18T00:00:00+03:00")
    );
    assert_eq!(
        date("day", "2026-02-24", Some("by")).known_from(baghdad()),
        at("2026-02-24T23:59:59+03:00")
    );
}

#[test]
fn overlap_is_symmetric_and_open_ends_overlap() {
    let sep = date("month", "2025-09", None).interval(baghdad());
    let dec = date("year", "2025", Some("end_of")).interval(baghdad());
    let open = Interval {
        earliest: None,
        latest: None,
    };
    assert!(!sep.overlaps(&dec) && !dec.overlaps(&sep));
    assert!(open.overlaps(&sep) && sep.overlaps(&open));
    let year = date("year", "2025", None).interval(baghdad());
    assert!(year.overlaps(&sep) && year.overlaps(&dec));
}

#[test]
fn names_parse() {
    assert_eq!(Precision::parse("week"), Some(Precision::Week));
    assert_eq!(
        Qualifier::parse("at_least_until"),
        Some(Qualifier::AtLeastUntil)
    );
    assert_eq!(Qualifier::parse("until"), None);
    assert_eq!(
        parse_offset("-05:30").unwrap().local_minus_utc(),
        -(5 * 3600 + 30 * 60)
    );
    assert!(parse_offset("+3").is_none());
    assert!(parse_offset("+15:00").is_none());
}

#[test]
fn rfc3339_instants() {
    use phase_tracker::core::date::parse_rfc3339;
    assert_eq!(
        parse_rfc3339("2025-10-01T12:00:00Z"),
        Some(at("2025-10-01T12:00:00Z"))
    );
    assert_eq!(
        parse_rfc3339("2025-10-01t12:00:00.250+03:00"),
        Some(at("2025-10-01T09:00:00Z"))
    );
    assert_eq!(
        parse_rfc3339("2025-10-01 12:00:00-05:30"),
        Some(at("2025-10-01T17:30:00Z"))
    );
    assert_eq!(
        parse_rfc3339("2024-02-29T23:59:59Z"),
        Some(at("2024-02-29T23:59:59Z"))
    );
    for bad in [
        "2025-10-01",
        "2025-10-01T12:00Z",
        "2025-10-01T12:00:00",
        "2025-10-01T24:00:00Z",
        "2025-10-01T12:00:60Z",
        "2026-02-29T12:00:00Z",
        "2025-10-01T12:00:00.Z",
        "2025-10-01T12:00:00+3:00",
        "2025-10-01T12:00:00+15:00",
        "2025-10-01X12:00:00Z",
        "2025-10-01T12:00:00Zjunk",
    ] {
        assert_eq!(parse_rfc3339(bad), None, "{bad}");
    }
}
