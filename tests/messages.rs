//! The host page's messages (issue 13's protocol, README "Driving the tracker from the
//! article"): which `phase-tracker:show` messages the widget obeys and which it ignores with
//! a warning, and the `phase-tracker:state` it answers with. The shell copies a message's
//! fields into a `RawShow` as JavaScript gave them; everything else is decided here.

use chrono::NaiveDate;
use phase_tracker::core::messages::{
    check_show, state, AsOf, RawShow, Show, Value, MAX_TEXT, SHOW,
};
use proptest::prelude::*;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a day")
}

fn show(phase: Value, as_of: Value) -> RawShow {
    RawShow {
        kind: SHOW.to_owned(),
        phase,
        as_of,
        unknown: None,
    }
}

fn text(s: &str) -> Value {
    Value::Text(s.to_owned())
}

#[test]
fn a_phase_a_day_or_both() {
    let ok = |raw: RawShow| check_show(&raw, 2).expect("obeyed");
    assert_eq!(
        ok(show(Value::Number(2.0), text("2026-01-17"))),
        Show {
            phase: Some(1),
            as_of: Some(AsOf::Day(day("2026-01-17")))
        }
    );
    assert_eq!(
        ok(show(Value::Number(1.0), Value::Absent)),
        Show {
            phase: Some(0),
            as_of: None
        }
    );
    // Back to the live tracker: null or "today".
    assert_eq!(
        ok(show(Value::Absent, Value::Null)),
        Show {
            phase: None,
            as_of: Some(AsOf::Today)
        }
    );
    assert_eq!(
        ok(show(Value::Absent, text("today"))),
        Show {
            phase: None,
            as_of: Some(AsOf::Today)
        }
    );
    // A day outside the story is not refused here: the widget keeps it between the first
    // report and today.
    assert_eq!(
        ok(show(Value::Absent, text("1999-01-01"))).as_of,
        Some(AsOf::Day(day("1999-01-01")))
    );
}

#[test]
fn malformed_messages_are_refused_with_a_reason() {
    let refused = |raw: RawShow| check_show(&raw, 2).expect_err("ignored");
    // Neither part.
    assert!(refused(show(Value::Absent, Value::Absent)).contains("neither"));
    // Another type of ours, and a field the protocol does not have.
    let mut jump = show(Value::Number(2.0), Value::Absent);
    jump.kind = "phase-tracker:jump".to_owned();
    assert!(refused(jump).contains("phase-tracker:jump"));
    let mut extra = show(Value::Number(2.0), text("2026-01-17"));
    extra.unknown = Some("extra".to_owned());
    assert!(refused(extra).contains("\"extra\""));
    // Phases: wrong type, not whole, out of range, not a number.
    for phase in [
        text("2"),
        Value::Number(2.5),
        Value::Number(0.0),
        Value::Number(-1.0),
        Value::Number(3.0),
        Value::Number(1e308),
        Value::Number(f64::NAN),
        Value::Number(f64::INFINITY),
        Value::Null,
        Value::Other,
    ] {
        let why = refused(show(phase.clone(), Value::Absent));
        assert!(
            why.contains("phase must be a whole number from 1 to 2"),
            "{phase:?}: {why}"
        );
    }
    // Days: impossible, unpadded, other formats, words, too long, wrong type.
    for as_of in [
        "2026-02-30",
        "2026-1-17",
        "17/01/2026",
        "yesterday",
        "2026-01-17T00:00",
        "",
    ] {
        let why = refused(show(Value::Absent, text(as_of)));
        assert!(why.contains("is not a YYYY-MM-DD day"), "{as_of}: {why}");
    }
    for as_of in [Value::Number(20260117.0), Value::Other] {
        assert!(refused(show(Value::Absent, as_of)).contains("asOf must be"));
    }
    // One bad part refuses the whole message.
    assert!(check_show(&show(Value::Number(2.0), text("soon")), 2).is_err());
}

#[test]
fn a_refusal_quotes_at_most_a_short_piece_of_the_message() {
    // Huge values and markup are quoted for the console only, cut to the limit.
    let huge = "x".repeat(100_000);
    let why = check_show(&show(Value::Absent, text(&huge)), 2).unwrap_err();
    assert!(why.len() < MAX_TEXT + 60, "{} bytes", why.len());
    let html = "<img src=x onerror=alert(1)>";
    let why = check_show(&show(Value::Absent, text(html)), 2).unwrap_err();
    assert!(why.contains("is not a YYYY-MM-DD day"));
}

#[test]
fn the_state_names_the_widget_its_phase_from_one_and_its_day() {
    let s = state("tracker_2", 1, Some(day("2026-01-17")));
    assert_eq!(
        (s.id.as_str(), s.phase, s.as_of.as_deref()),
        ("tracker_2", 2, Some("2026-01-17"))
    );
    let live = state("phase-tracker", 0, None);
    assert_eq!((live.phase, live.as_of), (1, None));
}

/// Any value a message's field could hold.
fn value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Absent),
        Just(Value::Null),
        Just(Value::Other),
        any::<f64>().prop_map(Value::Number),
        (-3i32..6).prop_map(|n| Value::Number(f64::from(n))),
        ".{0,80}".prop_map(Value::Text),
        "(19|20)[0-9]{2}-[01][0-9]-[0-3][0-9]".prop_map(Value::Text),
        "<[a-z]+ [a-z]+=\"[^\"]{0,20}\">".prop_map(Value::Text),
        Just(Value::Text("today".to_owned())),
    ]
}

proptest! {
    #[test]
    fn any_message_is_obeyed_exactly_when_every_part_is_valid(
        kind in prop_oneof![Just(SHOW.to_owned()), "phase-tracker:[a-z<>]{0,10}"],
        phase in value(),
        as_of in value(),
        unknown in proptest::option::of("[a-zA-Z<>]{1,10}"),
        count in 1usize..4,
    ) {
        let raw = RawShow { kind: kind.clone(), phase: phase.clone(), as_of: as_of.clone(), unknown: unknown.clone() };
        let result = check_show(&raw, count);
        let phase_ok = match &phase {
            Value::Absent => Some(None),
            Value::Number(n) if n.fract() == 0.0 && *n >= 1.0 && *n <= count as f64 => Some(Some(*n as usize - 1)),
            _ => None,
        };
        let as_of_ok = match &as_of {
            Value::Absent => Some(None),
            Value::Null => Some(Some(AsOf::Today)),
            Value::Text(t) if t == "today" => Some(Some(AsOf::Today)),
            Value::Text(t) => NaiveDate::parse_from_str(t, "%Y-%m-%d")
                .ok()
                .filter(|_| t.len() == 10)
                .map(|d| Some(AsOf::Day(d))),
            _ => None,
        };
        let expected = match (kind == SHOW && unknown.is_none(), phase_ok, as_of_ok) {
            (true, Some(p), Some(a)) if p.is_some() || a.is_some() => Some(Show { phase: p, as_of: a }),
            _ => None,
        };
        prop_assert_eq!(result.as_ref().ok(), expected.as_ref(), "{:?}", result);
        if let Err(why) = result {
            // The console line stays short whatever the message held.
            prop_assert!(why.chars().count() <= MAX_TEXT + 60, "{}", why);
        }
    }
}
