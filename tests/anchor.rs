//! Deep links: which fragments name an item, and where the bundled story shows each one.

mod common;

use common::{at, bundled};
use phase_tracker::core::anchor::{locate, parse, Anchor, Disclosure, Location};

#[test]
fn fragments_that_name_an_item_and_those_that_do_not() {
    assert_eq!(parse("#event-E10"), Some(Anchor::Event("E10".into())));
    assert_eq!(parse("claim-C26"), Some(Anchor::Claim("C26".into())));
    assert_eq!(
        parse("#subject-federal-deadline"),
        Some(Anchor::Subject("federal-deadline".into()))
    );
    for other in ["#phase-2", "#event-", "#foo-bar", "", "#", "#?secret=x"] {
        assert_eq!(parse(other), None, "{other:?}");
    }
}

#[test]
fn each_item_is_found_in_its_tab_disclosure_and_panel() {
    let s = bundled();
    let today = at("2026-11-29T12:00:00+03:00");
    let find = |fragment: &str| locate(&s, &parse(fragment).unwrap(), today);
    // A claim holding a position in a dispute sits in its subject's sources-disagree panel.
    assert_eq!(
        find("#claim-C26"),
        Some(Location {
            phase: Some(0),
            disclosure: Disclosure::Claims,
            badge: Some("federal.completion".into()),
        })
    );
    // One that holds none (a count of something else) is listed under "Also reported".
    assert_eq!(
        find("#claim-C17a"),
        Some(Location {
            phase: None,
            disclosure: Disclosure::Context,
            badge: None,
        })
    );
    assert_eq!(
        find("#event-E13"),
        Some(Location {
            phase: Some(1),
            disclosure: Disclosure::Events,
            badge: None,
        })
    );
    // Story-wide events and subjects are in "Across both phases".
    for fragment in ["#event-E01", "#subject-troops"] {
        assert_eq!(
            find(fragment).map(|l| l.disclosure),
            Some(Disclosure::Context)
        );
    }
    assert_eq!(
        find("#subject-kurdistan-deadline").map(|l| (l.phase, l.disclosure)),
        Some((Some(1), Disclosure::Claims))
    );
    // Nothing by an unknown id, and nothing not yet reported at the instant shown.
    assert_eq!(find("#claim-C99"), None);
    assert_eq!(
        locate(
            &s,
            &parse("#event-E10").unwrap(),
            at("2025-12-01T12:00:00+03:00")
        ),
        None
    );
}
