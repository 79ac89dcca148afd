//! URL parameters: each known one, malformed values falling back with a warning, and the
//! fragment's deep link and WordPress secret.

mod common;

use common::at;
use phase_tracker::core::date::parse_offset;
use phase_tracker::core::params::{decode, parse, phase_fragment, Params, Theme};

fn run(search: &str, hash: &str) -> (Params, Vec<String>) {
    let (p, w) = parse(search, hash, 2, parse_offset("+03:00").unwrap());
    (p, w.iter().map(|w| w.to_string()).collect())
}

#[test]
fn defaults_without_parameters() {
    let (p, w) = run("", "");
    assert_eq!(p, Params::default());
    assert!(w.is_empty());
}

#[test]
fn each_parameter_is_read() {
    let (p, w) = run(
        "?phase=2&theme=dark&now=2025-10-01T12:00:00Z&compact=1&childId=example-1&id=box_2",
        "",
    );
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(p.phase, Some(1));
    assert_eq!(p.theme, Theme::Dark);
    assert_eq!(p.now, Some(at("2025-10-01T12:00:00Z")));
    assert!(p.compact);
    assert_eq!(p.child_id.as_deref(), Some("example-1"));
    assert_eq!(p.embed_id.as_deref(), Some("box_2"));
}

#[test]
fn a_bare_day_is_midnight_in_the_story_zone() {
    let (p, _) = run("now=2026-01-18", "");
    assert_eq!(p.now, Some(at("2026-01-18T00:00:00+03:00")));
}

#[test]
fn malformed_values_fall_back_with_one_warning_each() {
    let (p, w) = run(
        "phase=3&theme=purple&now=yesterday&compact=maybe&childId=%3Cscript%3E",
        "",
    );
    assert_eq!(p, Params::default());
    assert_eq!(w.len(), 5, "{w:?}");
    assert!(w[0].contains("phase=\"3\"") && w[0].contains("the first phase"));
    assert!(w[1].contains("theme=\"purple\"") && w[1].contains("auto"));
    assert!(w[2].contains("now=\"yesterday\"") && w[2].contains("live clock"));
    assert!(w[3].contains("compact=\"maybe\""));
    assert!(w[4].contains("childId=\"<script>\""));
}

#[test]
fn unknown_parameters_are_ignored() {
    let (p, w) = run("initialWidth=600&parentTitle=x&utm_source=y", "");
    assert_eq!(p, Params::default());
    assert!(w.is_empty());
}

#[test]
fn the_fragment_selects_a_phase_and_wins_over_the_query() {
    let (p, w) = run("phase=1", "#phase-2");
    assert_eq!(p.phase, Some(1));
    assert!(w.is_empty());
    let (p, w) = run("", "#phase-9");
    assert_eq!(p.phase, None);
    assert_eq!(w.len(), 1);
    assert_eq!(phase_fragment(1), "#phase-2");
}

#[test]
fn wordpress_secret_comes_from_the_fragment() {
    let (p, w) = run("", "#?secret=AbC123");
    assert_eq!(p.secret.as_deref(), Some("AbC123"));
    assert!(w.is_empty());
}

#[test]
fn percent_decoding() {
    assert_eq!(decode("a%20b+c"), "a b c");
    assert_eq!(decode("100%"), "100%");
    assert_eq!(decode("%zz%4"), "%zz%4");
    assert_eq!(decode("%E2%9C%93"), "✓");
    let (p, _) = run("now=2025-10-01T12%3A00%3A00%2B03%3A00", "");
    assert_eq!(p.now, Some(at("2025-10-01T09:00:00Z")));
}
