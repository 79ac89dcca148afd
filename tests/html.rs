//! The read-only markup the widget and the build-time page share: escaped, sourced, linked.

mod common;

use common::{at, bundled};
use phase_tracker::core::axis::marks;
use phase_tracker::core::disagreement::disagreements;
use phase_tracker::html;

#[test]
fn a_claim_shows_value_summary_quote_speaker_and_linked_source() {
    let story = bundled();
    let c04 = story.claims.iter().find(|c| c.id == "C04").unwrap();
    let li = html::claim(&story, c04);
    assert!(li.starts_with("<li class=\"claim\">") && li.ends_with("</li>"));
    assert!(li.contains("<blockquote class=\"quote\"><p>“This is not a withdrawal."));
    assert!(li.contains("The New Arab (no link found)"), "{li}");
    assert!(li.contains("29 Sep 2024"));
    let c11 = story.claims.iter().find(|c| c.id == "C11a").unwrap();
    let li = html::claim(&story, c11);
    assert!(li.contains("href=\"https://www.rudaw.net/english/middleeast/iraq/170820253\" target=\"_blank\" rel=\"noopener noreferrer\""));
    assert!(li.contains("Hussein Allawi"));
}

#[test]
fn inferred_dates_are_marked() {
    let story = bundled();
    let c29b = story.claims.iter().find(|c| c.id == "C29b").unwrap();
    let li = html::claim(&story, c29b);
    assert!(
        li.contains("week of 5 Jan 2026</strong> <span class=\"inferred\">(inferred date)</span>")
    );
    assert!(
        li.contains(
            "<span class=\"inference\"> Date inferred: &quot;next week&quot; in a report of"
        ),
        "{li}"
    );
    let now = common::at("2026-11-25T12:00:00+03:00");
    let events = html::events(&story, story.events_of(None, now));
    assert!(
        events.contains("Date inferred: "),
        "inferred events say why"
    );
}

#[test]
fn data_text_is_escaped() {
    assert_eq!(html::escape("<script>\"&"), "&lt;script&gt;&quot;&amp;");
    let mut story = bundled();
    story.claims[0].summary = "<img src=x onerror=alert(1)>".into();
    let li = html::claim(&story, &story.claims[0]);
    assert!(!li.contains("<img"));
    assert!(li.contains("&lt;img src=x onerror=alert(1)&gt;"));
}

#[test]
fn groups_sit_side_by_side_with_their_claims() {
    let story = bundled();
    let now = at("2026-11-25T12:00:00+03:00");
    let all = disagreements(&story, None, now);
    let nature = all.iter().find(|d| d.subject.id == "nature").unwrap();
    let markup = html::groups(&story, nature);
    assert_eq!(markup.matches("<section class=\"group\">").count(), 2);
    // Each distinct wording of a position is kept: the 2024 briefing and the 2025 joint
    // statement hold the same position in their own words.
    assert!(markup.contains(
        "<h3 class=\"group-value\">A transition, not a withdrawal / A new phase of security cooperation</h3>"
    ));
    assert!(markup.contains("<p class=\"group-size\">4 sources</p>"));
    assert_eq!(
        html::positions_summary(&story, nature),
        "A transition, not a withdrawal / A new phase of security cooperation (2 sources) · A withdrawal (4 sources)"
    );
}

#[test]
fn events_carry_dates_and_sources() {
    let story = bundled();
    let now = at("2026-11-25T12:00:00+03:00");
    let list = html::events(&story, story.events_of(Some("federal"), now));
    assert!(list.contains("<span class=\"event-date\">17 Aug 2025</span>"));
    assert_eq!(
        list.matches("<li class=\"event\">").count(),
        story.events_of(Some("federal"), now).count()
    );
    assert!(
        !list.contains("<span class=\"sources\"></span>"),
        "an event without a source"
    );
}

#[test]
fn the_axis_is_drawn_in_percentages_with_today() {
    let story = bundled();
    let svg = html::axis(&story, &marks(&story, at("2026-11-25T12:00:00+03:00")));
    assert!(svg.starts_with("<svg class=\"axis-drawing\""));
    assert!(svg.contains("aria-hidden=\"true\""));
    assert!(svg.contains("<line class=\"today\""));
    assert!(svg.contains(">2025</text>") && svg.contains(">2026</text>"));
    assert!(svg.matches("class=\"done\"").count() >= 2);
    assert!(!svg.contains("NaN"));
}
