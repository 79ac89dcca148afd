//! Reader-facing wording: countdowns, completion timing and the badge's name.

use phase_tracker::core::countdown::Parts;
use phase_tracker::text;

fn parts(days: i64, hours: i64, minutes: i64, seconds: i64) -> Parts {
    Parts {
        days,
        hours,
        minutes,
        seconds,
    }
}

#[test]
fn countdown_wording() {
    assert_eq!(
        text::left(parts(36, 12, 0, 5)),
        "36 days 12 h 00 min 05 s left"
    );
    assert_eq!(text::left(parts(1, 0, 0, 0)), "1 day 0 h 00 min 00 s left");
    assert_eq!(text::passed(parts(55, 12, 0, 0)), "passed 55 days ago");
    assert_eq!(text::passed(parts(1, 0, 0, 0)), "passed 1 day ago");
    assert_eq!(text::passed(parts(0, 3, 7, 0)), "passed 3 h 07 min ago");
}

#[test]
fn completion_timing_wording() {
    assert_eq!(
        text::finished((57, 110)),
        "completion reported 57 to 110 days after"
    );
    assert_eq!(
        text::finished((-35, 18)),
        "completion reported between 35 days before and 18 days after"
    );
    assert_eq!(text::finished((1, 1)), "completion reported 1 day after");
    assert_eq!(
        text::finished((0, 0)),
        "completion reported on the deadline"
    );
}

#[test]
fn labels_become_headings() {
    assert_eq!(text::heading("the deadline"), "The deadline");
    assert_eq!(
        text::heading("Ain al-Asad's status"),
        "Ain al-Asad's status"
    );
    assert_eq!(text::heading(""), "");
}

#[test]
fn coarse_deadlines_read_as_windows_in_days() {
    use phase_tracker::core::date::Precision;
    assert_eq!(text::window(false, 32), "window closes in 32 days");
    assert_eq!(text::window(false, 1), "window closes in 1 day");
    assert_eq!(text::window(false, 0), "window closes today");
    assert_eq!(text::window(true, 0), "window closed today");
    assert_eq!(text::window(true, 59), "window closed 59 days ago");
    assert_eq!(
        text::precision_note(Precision::Month),
        "month given, no day"
    );
    assert_eq!(text::precision_note(Precision::Year), "year given, no day");
    assert_eq!(text::precision_note(Precision::Week), "week given, no day");
    assert_eq!(text::position("2026", Precision::Year), "end of 2026");
    assert_eq!(
        text::position("September 2026", Precision::Month),
        "September 2026"
    );
    assert_eq!(text::held_by("end of 2026", 1), "end of 2026 (1 source)");
    assert_eq!(
        text::deadlines_passed(
            &["September 2026 (8 sources)".into()],
            &["end of 2026 (2 sources)".into()]
        ),
        "Deadline passed: September 2026 (8 sources). Still ahead: end of 2026 (2 sources)."
    );
    assert_eq!(
        text::quiet_since("12 Mar 2026"),
        "No report on this phase since 12 Mar 2026."
    );
}
