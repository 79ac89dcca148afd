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
    let li = html::claim(&story, c04, true);
    // Anchored: its deep-link id, focusable, and a link to itself.
    assert!(
        li.starts_with("<li class=\"claim\" id=\"claim-C04\" tabindex=\"-1\">")
            && li.ends_with("</li>")
    );
    assert!(li.contains("<a class=\"permalink\" href=\"#claim-C04\">"));
    assert!(html::claim(&story, c04, false).starts_with("<li class=\"claim\"><p"));
    assert!(li.contains("<blockquote class=\"quote\"><p>“This is not a withdrawal."));
    assert!(li.contains("The New Arab (no link found)"), "{li}");
    assert!(li.contains("29 Sep 2024"));
    let c11 = story.claims.iter().find(|c| c.id == "C11a").unwrap();
    let li = html::claim(&story, c11, true);
    assert!(li.contains("href=\"https://www.rudaw.net/english/middleeast/iraq/170820253\" target=\"_blank\" rel=\"noopener noreferrer\""));
    assert!(li.contains("Hussein Allawi"));
}

#[test]
fn inferred_dates_are_marked() {
    let story = bundled();
    let c29b = story.claims.iter().find(|c| c.id == "C29b").unwrap();
    let li = html::claim(&story, c29b, true);
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
    let li = html::claim(&story, &story.claims[0], true);
    assert!(!li.contains("<img"));
    assert!(li.contains("&lt;img src=x onerror=alert(1)&gt;"));
}

#[test]
fn groups_sit_side_by_side_with_their_claims() {
    let story = bundled();
    let now = at("2026-11-25T12:00:00+03:00");
    let all = disagreements(&story, None, now);
    let nature = all.iter().find(|d| d.subject.id == "nature").unwrap();
    let markup = html::groups(&story, nature, true);
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
        list.matches("<li class=\"event\" id=\"event-E").count(),
        story.events_of(Some("federal"), now).count()
    );
    assert!(
        !list.contains("<span class=\"sources\"></span>"),
        "an event without a source"
    );
}

#[test]
fn the_timeline_is_drawn_in_percentages_with_today_and_linked_marks() {
    let story = bundled();
    let now = at("2026-11-29T12:00:00+03:00");
    let marks = marks(&story, now);
    let frame = html::timeline_frame(&story, &marks);
    let legend = html::today_legend(story.meta.offset, now, "today");
    let svg = html::with_today(&frame, marks.today, marks.rows.len(), &legend);
    assert!(svg.starts_with("<svg class=\"tl\""));
    assert!(svg.contains("<line class=\"today\""));
    assert!(svg.contains("today 29 Nov 2026</span>"));
    // Off the axis, no "today" line; the placeholders never reach the page.
    let off = html::with_today(&frame, None, marks.rows.len(), &legend);
    // (The legend's key keeps its own small line.)
    let lines = |drawn: &str| drawn.matches("<line class=\"today\"").count();
    assert_eq!((lines(&svg), lines(&off)), (2, 1));
    for drawn in [&svg, &off] {
        assert!(!drawn.contains([
            phase_tracker::core::regions::TODAY_LINE,
            phase_tracker::core::regions::TODAY_LEGEND
        ]));
    }
    // Quarter labels, and the years at their January.
    for label in [
        ">Oct</text>",
        ">Jan</text>",
        ">Apr</text>",
        ">Jul</text>",
        ">2025</text>",
        ">2026</text>",
    ] {
        assert!(svg.contains(label), "{label}");
    }
    assert!(!svg.contains("NaN"));
    // Each width band draws every mark once: alone, or in a cluster that says how many.
    // Federal: September 2025, end of 2025, completions by 26 Nov 2025 and by 18 Jan 2026;
    // Kurdistan: September 2026 and end of 2026.
    assert_eq!(svg.matches("<g class=\"tier ").count(), 2 * 2);
    // At 600 px and wider, September 2025 and September 2026 stand alone, linked to their
    // subject; the completion by 26 Nov 2025 to its report.
    assert!(svg.contains(
        "href=\"#subject-federal-deadline\" aria-label=\"Deadline: September 2025, 5 sources\""
    ));
    assert!(svg.contains(
        "href=\"#subject-kurdistan-deadline\" aria-label=\"Deadline: September 2026, 8 sources\""
    ));
    assert!(svg.contains("aria-label=\"4 marks: Deadline: September 2025, 5 sources; Completion reported by 26 Nov 2025: Rudaw;"));
}

#[test]
fn no_two_marks_are_closer_than_a_mark_at_any_width_from_280_px() {
    use phase_tracker::core::axis::{clusters, MARK_SPACE, WIDTHS};
    let story = bundled();
    for now in ["2025-09-01T12:00:00+03:00", "2026-11-29T12:00:00+03:00"] {
        let m = marks(&story, at(now));
        for row in &m.rows {
            let at: Vec<f64> = row.marks.iter().map(|m| m.at).collect();
            for (tier, width) in WIDTHS.iter().enumerate() {
                let gap = MARK_SPACE / (f64::from(*width) - 24.0);
                let centres: Vec<f64> = clusters(&at, gap)
                    .into_iter()
                    .map(|r| at[r.clone()].iter().sum::<f64>() / r.len() as f64)
                    .collect();
                // Cluster centres are at least MARK_SPACE px apart at the band's narrowest
                // width (more than a mark's 24 px hit circle), so no wider width brings them
                // closer.
                for w in centres.windows(2) {
                    assert!(w[1] - w[0] >= gap - 1e-12, "{now} tier {tier}: {centres:?}");
                }
            }
        }
    }
}
