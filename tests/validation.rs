//! Every validation rule, fed a broken data file, names the record and the field.

mod common;

use serde_json::{json, Value};

/// A small valid data file; each test breaks one thing in it.
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
             "published": {"precision": "day", "value": "2025-04-01", "inferred": true, "inference": "slug"},
             "url": null}
        ],
        "phases": [
            {"id": "one", "name": "North span", "year": 2025, "places": ["North"], "summary": "First.", "sources": ["s1"]},
            {"id": "two", "name": "South span", "year": 2026, "places": ["South"], "summary": "Second.", "sources": ["s2"]}
        ],
        "subjects": [
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
             "value": {"key": "high", "label": "Over budget"}, "summary": "Costs more."}
        ],
        "events": [
            {"id": "E1", "date": {"precision": "day", "value": "2025-03-01"}, "phase": "one",
             "summary": "Announced.", "sources": ["s1"]}
        ]
    })
}

/// The messages a broken file produces, as "record | field | message" lines.
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

fn assert_error(data: Value, record: &str, field: &str, needle: &str) {
    let all = errors(data);
    assert!(
        all.iter()
            .any(|e| e.starts_with(&format!("{record} | {field} | ")) && e.contains(needle)),
        "expected an error on {record}, field {field}, containing {needle:?}; got {all:#?}"
    );
}

#[test]
fn the_base_file_is_valid() {
    common::parse(&valid().to_string()).expect("valid");
}

#[test]
fn duplicate_ids_are_named() {
    let mut d = valid();
    d["claims"][1]["id"] = json!("C1");
    assert_error(d, "claim \"C1\"", "id", "duplicate id \"C1\"");
    let mut d = valid();
    d["sources"][1]["id"] = json!("s1");
    assert_error(d, "source \"s1\"", "id", "duplicate id");
}

#[test]
fn unknown_source_is_named() {
    let mut d = valid();
    d["claims"][0]["source"] = json!("nobody");
    assert_error(
        d,
        "claim \"C1\"",
        "source",
        "no source has the id \"nobody\"",
    );
}

#[test]
fn unknown_subject_is_named() {
    let mut d = valid();
    d["claims"][0]["subject"] = json!("nothing");
    assert_error(
        d,
        "claim \"C1\"",
        "subject",
        "no subject has the id \"nothing\"",
    );
}

#[test]
fn unknown_event_source_and_phase_are_named() {
    let mut d = valid();
    d["events"][0]["sources"] = json!(["s9"]);
    d["events"][0]["phase"] = json!("three");
    assert_error(d.clone(), "event \"E1\"", "sources", "\"s9\"");
    assert_error(d, "event \"E1\"", "phase", "\"three\"");
}

#[test]
fn impossible_date_is_named() {
    let mut d = valid();
    d["claims"][0]["date"] = json!({"precision": "day", "value": "2026-02-30"});
    assert_error(
        d,
        "claim \"C1\"",
        "date.value",
        "\"2026-02-30\" is not a real day date",
    );
}

#[test]
fn precision_must_match_value() {
    let mut d = valid();
    d["claims"][0]["date"] = json!({"precision": "month", "value": "2026"});
    assert_error(d, "claim \"C1\"", "date.value", "not a real month date");
}

#[test]
fn unknown_precision_is_named() {
    let mut d = valid();
    d["claims"][0]["date"]["precision"] = json!("fortnight");
    assert_error(
        d,
        "claim \"C1\"",
        "date.precision",
        "unknown precision \"fortnight\"",
    );
}

#[test]
fn unknown_qualifier_is_named() {
    let mut d = valid();
    d["claims"][0]["date"]["qualifier"] = json!("around");
    assert_error(
        d,
        "claim \"C1\"",
        "date.qualifier",
        "unknown qualifier \"around\"",
    );
}

#[test]
fn source_dates_are_checked_too() {
    let mut d = valid();
    d["sources"][0]["published"]["value"] = json!("2025-13-01");
    assert_error(d, "source \"s1\"", "published.value", "2025-13-01");
}

#[test]
fn a_reason_needs_an_inferred_date() {
    let mut d = valid();
    d["sources"][1]["published"]["inferred"] = Value::Bool(false);
    assert_error(
        d,
        "source \"s2\"",
        "published.inference",
        "not marked inferred",
    );
}

#[test]
fn inferred_date_needs_a_reason() {
    let mut d = valid();
    d["sources"][1]["published"]["inference"] = Value::Null;
    assert_error(d, "source \"s2\"", "published.inference", "reason");
}

#[test]
fn non_http_url_is_named() {
    for url in [
        "ftp://example.org/x",
        "javascript:alert(1)",
        "example.org",
        "https://",
        "https://a b",
    ] {
        let mut d = valid();
        d["sources"][0]["url"] = json!(url);
        assert_error(d, "source \"s1\"", "url", "is not an http(s) URL");
    }
}

#[test]
fn empty_summary_is_named() {
    let mut d = valid();
    d["claims"][2]["summary"] = json!("  ");
    assert_error(d, "claim \"C3\"", "summary", "must not be empty");
    let mut d = valid();
    d["events"][0]["summary"] = json!("");
    assert_error(d, "event \"E1\"", "summary", "must not be empty");
}

#[test]
fn long_quote_is_named() {
    let mut d = valid();
    d["claims"][1]["quote"] = json!(["word"; 26].join(" "));
    assert_error(
        d,
        "claim \"C2\"",
        "quote",
        "26 words; a quote may have at most 25",
    );
    let mut d = valid();
    d["claims"][1]["quote"] = json!(["word"; 25].join(" "));
    common::parse(&d.to_string()).expect("25 words are allowed");
}

#[test]
fn phase_without_deadline_is_named() {
    let mut d = valid();
    d["claims"][1]["subject"] = json!("one.deadline");
    assert_error(
        d,
        "phase \"two\"",
        "deadline",
        "no claim gives this phase a deadline",
    );
}

#[test]
fn dated_claim_needs_a_date_and_fact_claim_a_value() {
    let mut d = valid();
    d["claims"][0]["date"] = Value::Null;
    assert_error(d, "claim \"C1\"", "date", "needs a date");
    let mut d = valid();
    d["claims"][2]["value"] = Value::Null;
    assert_error(d, "claim \"C3\"", "value", "needs a value");
}

#[test]
fn unknown_kinds_are_named() {
    let mut d = valid();
    d["subjects"][2]["kind"] = json!("rumour");
    assert_error(d, "subject \"cost\"", "kind", "unknown kind \"rumour\"");
    let mut d = valid();
    d["claims"][2]["speaker"]["kind"] = json!("bird");
    assert_error(
        d,
        "claim \"C3\"",
        "speaker.kind",
        "unknown speaker kind \"bird\"",
    );
    let mut d = valid();
    d["claims"][1]["speaker"]["name"] = Value::Null;
    assert_error(d, "claim \"C2\"", "speaker.name", "needs a name");
}

#[test]
fn meta_problems_are_named() {
    let mut d = valid();
    d["meta"]["utc_offset"] = json!("UTC+3");
    d["meta"]["last_reviewed"] = json!("2026-02-29");
    d["meta"]["title"] = json!("");
    assert_error(d.clone(), "meta", "utc_offset", "\"UTC+3\"");
    assert_error(d.clone(), "meta", "last_reviewed", "2026-02-29");
    assert_error(d, "meta", "title", "must not be empty");
}

#[test]
fn a_phase_needs_known_sources() {
    let mut d = valid();
    d["phases"][0]["sources"] = json!([]);
    assert_error(d, "phase \"one\"", "sources", "at least one source");
    let mut d = valid();
    d["phases"][1]["sources"] = json!(["s7"]);
    assert_error(d, "phase \"two\"", "sources", "no source has the id \"s7\"");
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut d = valid();
    d["claims"][0]["source"] = json!("x");
    d["claims"][2]["summary"] = json!("");
    d["sources"][0]["url"] = json!("mailto:a@b");
    assert_eq!(
        errors(d),
        [
            "source \"s1\" | url | \"mailto:a@b\" is not an http(s) URL",
            "claim \"C1\" | source | no source has the id \"x\"",
            "claim \"C3\" | summary | must not be empty",
        ]
    );
}

#[test]
fn the_format_version_is_checked() {
    let mut d = valid();
    d["format"] = json!(2);
    assert_error(d, "dataset", "format", "format 2 is not supported");
}

#[test]
fn unknown_fields_are_rejected_by_the_parser() {
    let mut d = valid();
    d["claims"][0]["colour"] = json!("red");
    let raw: Result<phase_tracker::core::schema::RawDataset, _> = serde_json::from_value(d);
    let message = raw.expect_err("unknown field").to_string();
    assert!(message.contains("unknown field `colour`"), "{message}");
}

// The editorial distinctions the data file carries: forecasts, floors, translated quotes,
// what a measure counts, and accounts that take no position.

#[test]
fn a_deadline_cannot_be_a_forecast() {
    let mut d = valid();
    d["claims"][0]["forecast"] = json!(true);
    // The claim is dropped, so its phase is then left without a deadline too.
    assert_eq!(
        errors(d),
        [
            "claim \"C1\" | forecast | a deadline is not a forecast (forecast marks an expected start, completion or fact)",
            "phase \"one\" | deadline | no claim gives this phase a deadline"
        ]
    );
}

#[test]
fn a_forecast_fact_and_a_floor_are_accepted() {
    let mut d = valid();
    d["claims"][2]["forecast"] = json!(true);
    d["claims"][1]["date"]["qualifier"] = json!("at_least_until");
    let story = common::parse(&d.to_string()).expect("valid");
    assert!(story.claims[2].forecast);
    assert!(story.claims[1].is_floor());
}

#[test]
fn a_translator_needs_a_quote_and_a_name() {
    let mut d = valid();
    d["claims"][0]["translated_by"] = json!("Gazette");
    assert_eq!(
        errors(d),
        ["claim \"C1\" | translated_by | names a translator but there is no quote"]
    );
    let mut d = valid();
    d["claims"][1]["translated_by"] = json!(" ");
    assert_eq!(
        errors(d),
        ["claim \"C2\" | translated_by | must not be empty"]
    );
    let mut d = valid();
    d["claims"][1]["translated_by"] = json!("Courier");
    let story = common::parse(&d.to_string()).expect("valid");
    assert_eq!(story.claims[1].translated_by.as_deref(), Some("Courier"));
}

#[test]
fn on_one_subject_every_measure_says_what_it_counts_or_none_does() {
    let mut d = valid();
    d["claims"][2]["value"]["counts"] = json!("cost in 2025");
    d["claims"].as_array_mut().unwrap().push(
        json!({"id": "C4", "source": "s1", "subject": "cost", "speaker": {"kind": "outlet"},
                     "value": {"key": "low", "label": "On budget"}, "summary": "Costs less."}),
    );
    assert_eq!(
        errors(d),
        ["claim \"C4\" | value.counts | claim \"C3\" on the same subject says what it counts, so this one must too"]
    );
    let mut d = valid();
    d["claims"][2]["value"]["counts"] = json!("");
    assert_eq!(
        errors(d),
        ["claim \"C3\" | value.counts | must not be empty"]
    );
}

#[test]
fn an_account_takes_no_position() {
    let mut d = valid();
    d["subjects"].as_array_mut().unwrap().push(
        json!({"id": "news", "phase": null, "kind": "reports", "label": "what was reported"}),
    );
    d["claims"].as_array_mut().unwrap().push(
        json!({"id": "C4", "source": "s1", "subject": "news", "speaker": {"kind": "outlet"},
                     "summary": "Traffic moved to the other span."}),
    );
    common::parse(&d.to_string()).expect("an account with neither date nor value is valid");
    d["claims"][3]["value"] = json!({"key": "k", "label": "l"});
    assert_eq!(
        errors(d),
        ["claim \"C4\" | value | a claim on a reports subject takes no position: no date and no value"]
    );
}
