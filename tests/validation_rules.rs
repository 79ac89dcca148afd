//! The validation rules that had no broken-file test: one broken file each, asserting the
//! exact list of problems it produces ("record | field | message"), so a rule that stops
//! firing, fires on the wrong record or field, or changes its words fails here.
//!
//! (A phase that "starts after itself" is not here: the `starts_after` field has left the
//! format; a phase's status comes only from what sources reported.)

mod common;

use serde_json::{json, Value};

/// A small valid data file; each test breaks one thing in it. It avoids every optional field
/// a broken file does not need.
fn valid() -> Value {
    json!({
        "format": 1,
        "meta": {
            "title": "Bridge closure", "dek": "Two phases.", "last_reviewed": "2026-11-01",
            "time_zone": "Asia/Baghdad", "utc_offset": "+03:00",
            "axis_start": "2025-01-01", "axis_end": "2026-12-31"
        },
        "sources": [
            {"id": "s1", "outlet": "Gazette", "headline": "Bridge to close",
             "published": {"precision": "day", "value": "2025-03-01"}, "url": "https://example.org/1"},
            {"id": "s2", "outlet": "Courier", "headline": null,
             "published": {"precision": "day", "value": "2025-04-01"}, "url": null}
        ],
        "phases": [
            {"id": "one", "name": "North span", "year": 2025, "places": ["North"], "summary": "First.", "sources": ["s1"]},
            {"id": "two", "name": "South span", "year": 2026, "places": ["South"], "summary": "Second.", "sources": ["s2"]}
        ],
        "subjects": [
            {"id": "one.start", "phase": "one", "kind": "start", "label": "the start"},
            {"id": "one.deadline", "phase": "one", "kind": "deadline", "label": "the deadline"},
            {"id": "two.deadline", "phase": "two", "kind": "deadline", "label": "the deadline"},
            {"id": "cost", "phase": null, "kind": "fact", "label": "the cost"}
        ],
        "claims": [
            {"id": "C1", "source": "s1", "subject": "one.deadline", "speaker": {"kind": "outlet"},
             "date": {"precision": "month", "value": "2025-09"}, "summary": "Ends in September."},
            {"id": "C2", "source": "s2", "subject": "two.deadline",
             "speaker": {"kind": "named", "name": "A. Mayor", "role": "mayor"},
             "date": {"precision": "year", "value": "2026", "qualifier": "end_of"},
             "summary": "Ends by year end.", "quote": "by the end of next year"},
            {"id": "C3", "source": "s2", "subject": "cost", "speaker": {"kind": "anonymous", "role": "engineer"},
             "value": {"key": "high", "label": "Over budget"}, "summary": "Costs more."},
            {"id": "C4", "source": "s1", "subject": "one.start", "speaker": {"kind": "outlet"},
             "date": {"precision": "day", "value": "2025-03-15"}, "summary": "Starts mid-March."}
        ],
        "events": [
            {"id": "E1", "date": {"precision": "day", "value": "2025-03-01"}, "phase": "one",
             "summary": "Announced.", "sources": ["s1"]},
            {"id": "E2", "date": {"precision": "month", "value": "2025-06"}, "phase": null,
             "summary": "Work began.", "sources": ["s1", "s2"]}
        ]
    })
}

/// Every problem a broken file produces, as "record | field | message" lines, in file order.
fn errors(data: Value) -> Vec<String> {
    match common::parse(&data.to_string()) {
        Ok(_) => panic!("the broken data file was accepted"),
        Err(e) => {
            e.0.iter()
                .map(|e| format!("{} | {} | {}", e.record, e.field, e.message))
                .collect()
        }
    }
}

/// Asserts that `data` produces exactly the problems `expected`, and nothing else.
#[track_caller]
fn assert_errors(data: Value, expected: &[&str]) {
    assert_eq!(errors(data), expected);
}

#[test]
fn the_base_file_is_valid() {
    common::parse(&valid().to_string()).expect("valid");
}

#[test]
fn the_axis_must_end_after_it_starts() {
    let mut d = valid();
    d["meta"]["axis_end"] = json!("2024-12-31");
    assert_errors(d, &["meta | axis_end | must come after axis_start"]);
    // A one-day axis has no length either.
    let mut d = valid();
    d["meta"]["axis_end"] = json!("2025-01-01");
    assert_errors(d, &["meta | axis_end | must come after axis_start"]);
}

#[test]
fn a_story_needs_a_phase() {
    let mut d = valid();
    d["phases"] = json!([]);
    // Nothing may refer to a phase any more, so the missing phase is the only problem.
    for subject in d["subjects"].as_array_mut().unwrap() {
        subject["phase"] = Value::Null;
    }
    for event in d["events"].as_array_mut().unwrap() {
        event["phase"] = Value::Null;
    }
    assert_errors(d, &["dataset | phases | a story needs at least one phase"]);
}

#[test]
fn ids_must_not_be_empty() {
    let cases = [
        ("sources", 1, "source \"\""),
        ("phases", 1, "phase \"\""),
        ("subjects", 3, "subject \"\""),
        ("claims", 3, "claim \"\""),
        ("events", 1, "event \"\""),
    ];
    for (list, index, record) in cases {
        let mut d = valid();
        d[list][index]["id"] = json!(" ");
        // Re-point what referred to the record, so the empty id is the only problem; a
        // phase's deadline claim moves with it.
        match list {
            "sources" => {
                d["phases"][1]["sources"] = json!(["s1"]);
                d["claims"][1]["source"] = json!("s1");
                d["claims"][2]["source"] = json!("s1");
                d["events"][1]["sources"] = json!(["s1"]);
            }
            "phases" => {
                d["subjects"][2]["phase"] = Value::Null;
                d["subjects"][2]["kind"] = json!("start");
            }
            "subjects" => {
                d["claims"].as_array_mut().unwrap().remove(2);
            }
            _ => {}
        }
        let record = record.replace("\"\"", "\" \"");
        let mut expected = vec![format!("{record} | id | must not be empty")];
        if list == "phases" {
            // A phase whose id is blank cannot be given a deadline either.
            expected.push(format!(
                "{record} | deadline | no claim gives this phase a deadline"
            ));
        }
        assert_eq!(errors(d), expected, "an empty id in {list}");
    }
}

#[test]
fn a_quote_must_not_be_empty() {
    let mut d = valid();
    d["claims"][1]["quote"] = json!("  ");
    assert_errors(
        d,
        &["claim \"C2\" | quote | must not be empty when present"],
    );
}

#[test]
fn a_value_needs_a_key_and_a_label() {
    let mut d = valid();
    d["claims"][2]["value"]["key"] = json!("");
    assert_errors(d, &["claim \"C3\" | value.key | must not be empty"]);
    let mut d = valid();
    d["claims"][2]["value"]["label"] = json!(" ");
    assert_errors(d, &["claim \"C3\" | value.label | must not be empty"]);
}

#[test]
fn a_place_must_not_be_empty() {
    let mut d = valid();
    d["phases"][0]["places"] = json!(["North", " "]);
    assert_errors(d, &["phase \"one\" | places | a place must not be empty"]);
}

#[test]
fn a_source_needs_an_outlet_and_a_headline_when_it_has_one() {
    let mut d = valid();
    d["sources"][0]["outlet"] = json!("");
    assert_errors(d, &["source \"s1\" | outlet | must not be empty"]);
    let mut d = valid();
    d["sources"][0]["headline"] = json!(" ");
    assert_errors(d, &["source \"s1\" | headline | must not be empty"]);
}

#[test]
fn the_dek_and_the_time_zone_must_not_be_empty() {
    let mut d = valid();
    d["meta"]["dek"] = json!("");
    assert_errors(d, &["meta | dek | must not be empty"]);
    let mut d = valid();
    d["meta"]["time_zone"] = json!(" ");
    assert_errors(d, &["meta | time_zone | must not be empty"]);
}

#[test]
fn a_subject_must_be_on_a_known_phase() {
    let mut d = valid();
    d["subjects"][3]["phase"] = json!("three");
    assert_errors(
        d,
        &["subject \"cost\" | phase | no phase has the id \"three\""],
    );
}

#[test]
fn an_event_needs_a_source() {
    let mut d = valid();
    d["events"][0]["sources"] = json!([]);
    assert_errors(
        d,
        &["event \"E1\" | sources | an event needs at least one source"],
    );
}

#[test]
fn a_dated_claim_must_not_carry_a_value_nor_a_fact_claim_a_date() {
    let mut d = valid();
    d["claims"][3]["value"] = json!({"key": "early", "label": "Early"});
    assert_errors(
        d,
        &["claim \"C4\" | date | a start, deadline or completion claim needs a date and no value"],
    );
    let mut d = valid();
    d["claims"][2]["date"] = json!({"precision": "day", "value": "2025-05-01"});
    assert_errors(
        d,
        &["claim \"C3\" | value | a fact claim needs a value and no date"],
    );
}

#[test]
fn phase_subject_and_event_ids_must_be_unique() {
    for (list, index, id) in [
        ("phases", 0, "one"),
        ("subjects", 3, "cost"),
        ("events", 0, "E1"),
    ] {
        let mut d = valid();
        let copy = d[list][index].clone();
        d[list].as_array_mut().unwrap().push(copy);
        let record = format!("{} {id:?}", list.trim_end_matches('s'));
        assert_eq!(
            errors(d),
            [format!("{record} | id | duplicate id {id:?}")],
            "a duplicate id in {list}"
        );
    }
}

#[test]
fn a_phase_needs_a_name_and_a_summary_and_a_subject_a_label() {
    let mut d = valid();
    d["phases"][1]["name"] = json!("");
    assert_errors(d, &["phase \"two\" | name | must not be empty"]);
    let mut d = valid();
    d["phases"][1]["summary"] = json!(" ");
    assert_errors(d, &["phase \"two\" | summary | must not be empty"]);
    let mut d = valid();
    d["subjects"][3]["label"] = json!("");
    assert_errors(d, &["subject \"cost\" | label | must not be empty"]);
}

#[test]
fn the_axis_days_must_be_real() {
    let mut d = valid();
    d["meta"]["axis_start"] = json!("2025-02-29");
    assert_errors(
        d,
        &["meta | axis_start | \"2025-02-29\" is not a real day date"],
    );
    let mut d = valid();
    d["meta"]["axis_end"] = json!("2026-12");
    // An unreadable end is also not after the start.
    assert_errors(
        d,
        &[
            "meta | axis_end | \"2026-12\" is not a real day date",
            "meta | axis_end | must come after axis_start",
        ],
    );
}

#[test]
fn an_id_is_letters_digits_dashes_underscores_and_dots() {
    // Ids name deep links and are listed one per line in the spreadsheet files.
    for bad in ["C 1", "C1\nC2", "C#1", "Ç1", "C1;C2"] {
        let mut d = valid();
        d["claims"][2]["id"] = json!(bad);
        let expected = format!(
            "claim {bad:?} | id | {bad:?} is not an id: use only letters a-z and A-Z, digits, \"-\", \"_\" and \".\""
        );
        assert_eq!(errors(d), [expected], "the id {bad:?}");
    }
    let mut d = valid();
    d["claims"][2]["id"] = json!("Aa-09_.x");
    common::parse(&d.to_string()).expect("letters, digits, -, _ and . make an id");
}

#[test]
fn a_place_is_on_one_line() {
    for place in ["North\nSouth", "North\r"] {
        let mut d = valid();
        d["phases"][0]["places"] = json!(["Ain al-Asad, Anbar", place]);
        assert_errors(d, &["phase \"one\" | places | a place must be on one line"]);
    }
}

#[test]
fn an_agency_and_a_speaker_name_or_role_must_not_be_empty_when_given() {
    let mut d = valid();
    d["sources"][0]["via"] = json!(" ");
    assert_errors(d, &["source \"s1\" | via | must not be empty"]);
    let mut d = valid();
    d["claims"][2]["speaker"]["role"] = json!("");
    assert_errors(d, &["claim \"C3\" | speaker.role | must not be empty"]);
    let mut d = valid();
    d["claims"][0]["speaker"]["name"] = json!(" ");
    assert_errors(d, &["claim \"C1\" | speaker.name | must not be empty"]);
    // A named speaker with a blank name: the name is missing, said once.
    let mut d = valid();
    d["claims"][1]["speaker"]["name"] = json!("");
    assert_errors(
        d,
        &["claim \"C2\" | speaker.name | a named speaker or statement needs a name"],
    );
}
