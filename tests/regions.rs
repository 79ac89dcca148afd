//! The tracker's regions drawn at every state: the table the build writes into the page and
//! the live widget reads instead of drawing (src/core/regions.rs, src/states.rs).

mod common;

use chrono::{DateTime, Duration, Utc};
use common::{bundled, fixture};
use phase_tracker::core::countdown::newly_passed;
use phase_tracker::core::date::{format_day, local_day};
use phase_tracker::core::facts::Facts;
use phase_tracker::core::regions::{as_of, state, Builder, Region, Table, TODAY_LINE};
use phase_tracker::core::story::Story;
use phase_tracker::html;
use phase_tracker::states::{draw, regions, table};
use phase_tracker::text;

/// Instants across every state of `story`: each change point, a second either side of it,
/// the middle of each gap between points, and instants long before the first and after the
/// last.
fn instants(story: &Story) -> Vec<DateTime<Utc>> {
    let points = story.change_points();
    let mut all = vec![
        points[0] - Duration::days(400),
        points[0] - Duration::seconds(1),
        *points.last().unwrap() + Duration::days(400),
    ];
    for pair in points.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        all.extend([
            a,
            a + Duration::seconds(1),
            a + (b - a) / 2,
            b - Duration::seconds(1),
        ]);
    }
    all
}

#[test]
fn a_state_is_the_number_of_change_points_at_or_before_the_instant() {
    let story = bundled();
    let points = story.change_points();
    assert!(points.len() > 20, "{} change points", points.len());
    for t in instants(&story) {
        let s = state(&points, t);
        assert_eq!(s, points.iter().filter(|p| **p <= t).count());
        // The state's instant is the one the clock's `as_of` holds.
        assert_eq!(as_of(&points, s), story.settled(&points, t), "{t}");
    }
    assert_eq!(as_of(&points, 0), DateTime::<Utc>::MIN_UTC);
    assert_eq!(as_of(&points, points.len()), *points.last().unwrap());
}

/// Every region drawn at any instant is the region drawn at its state's instant: what the
/// live widget shows from the table is what drawing would give, at every instant.
fn every_region_is_a_function_of_the_state(story: &Story) {
    let points = story.change_points();
    let regions = regions(story);
    for t in instants(story) {
        let settled = as_of(&points, state(&points, t));
        for region in &regions {
            assert_eq!(
                draw(story, region, t),
                draw(story, region, settled),
                "{} at {t} (state {})",
                region.key(),
                state(&points, t)
            );
        }
    }
}

#[test]
fn every_region_is_a_function_of_the_state_in_the_bundled_story() {
    every_region_is_a_function_of_the_state(&bundled());
}

#[test]
fn every_region_is_a_function_of_the_state_in_the_fixture_story() {
    every_region_is_a_function_of_the_state(&fixture());
}

#[test]
fn the_pages_table_holds_every_region_at_every_state() {
    for story in [bundled(), fixture()] {
        let text = table(&story).unwrap();
        let read = Table::decode(&text).unwrap();
        let points = story.change_points();
        for region in regions(&story) {
            for s in 0..=points.len() {
                assert_eq!(
                    read.get(&region, s),
                    draw(&story, &region, as_of(&points, s)),
                    "{} at state {s}",
                    region.key()
                );
            }
        }
        // Not a region, or past the last state: nothing.
        assert_eq!(read.get(&Region::Status("nowhere"), 0), "");
        assert_eq!(read.get(&Region::Header, points.len() + 1), "");
        // Most regions change at few states: each distinct string is carried once.
        let strings = text.matches(phase_tracker::core::regions::SECTION).count();
        assert!(
            strings < regions(&story).len() * (points.len() + 1) / 3,
            "{strings} strings"
        );
    }
}

#[test]
fn the_regions_the_shell_puts_together_match_the_whole_markup() {
    let story = bundled();
    let points = story.change_points();
    for t in instants(&story) {
        let settled = as_of(&points, state(&points, t));
        // The header: the state's header, and while replaying, the banner naming the
        // replayed day before it.
        let replayed = t - Duration::days(3);
        assert_eq!(
            draw(&story, &Region::Header, settled),
            html::header(&story, t)
        );
        let banner = html::preview_banner(story.meta.offset, replayed);
        let day = format_day(local_day(replayed, story.meta.offset));
        assert!(
            banner.contains(&html::escape(&text::preview(&day))),
            "{banner}"
        );
        assert!(banner.contains("data-step=\"today\""));
        // The timeline as the shell puts it together (the state's drawing, with "today" where
        // the table's facts place it) is the timeline drawn at the instant itself.
        let facts = Facts::of(&story);
        let marks = phase_tracker::core::axis::marks(&story, t);
        let frame = draw(&story, &Region::Timeline, settled);
        assert_eq!(frame.matches(TODAY_LINE).count(), 1);
        let legend = html::today_legend(story.meta.offset, t, "today");
        assert_eq!(
            html::with_today(&frame, facts.fraction(t), facts.phases.len(), &legend),
            html::with_today(
                &html::timeline_frame(&story, &marks),
                marks.today,
                marks.rows.len(),
                &legend
            )
        );
    }
}

#[test]
fn a_deadline_passing_while_the_page_is_open_is_announced_from_the_table() {
    for story in [bundled(), fixture()] {
        let points = story.change_points();
        for phase in &story.phases {
            for opened in 0..=points.len() {
                for now in opened..=points.len() {
                    let (o, n) = (as_of(&points, opened), as_of(&points, now));
                    let expected = newly_passed(&story, phase, o, n)
                        .map(|t| html::deadline_announcement(&story, phase, t))
                        .unwrap_or_default();
                    // What ui/countdown.rs does with the table.
                    let passed_at = draw(&story, &Region::PassedAt(&phase.id), n);
                    let shown = if passed_at.parse::<i64>().is_ok_and(|t| t > o.timestamp()) {
                        draw(&story, &Region::Announcement(&phase.id), n)
                    } else {
                        String::new()
                    };
                    assert_eq!(shown, expected, "{} opened {opened}, now {now}", phase.id);
                }
            }
        }
    }
}

#[test]
fn a_table_reads_back_as_it_was_written() {
    let mut builder = Builder::default();
    let states = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    builder
        .add(
            &Region::Header,
            states(&["<h1>a</h1>", "<h1>a</h1>", "<h1>b</h1>"]),
        )
        .unwrap();
    builder
        .add(
            &Region::Status("north"),
            states(&["", "<p>x, y</p>", "<h1>a</h1>"]),
        )
        .unwrap();
    let text = builder.encode();
    let table = Table::decode(&text).unwrap();
    assert_eq!(table.get(&Region::Header, 0), "<h1>a</h1>");
    assert_eq!(table.get(&Region::Header, 2), "<h1>b</h1>");
    assert_eq!(table.get(&Region::Status("north"), 0), "");
    assert_eq!(table.get(&Region::Status("north"), 1), "<p>x, y</p>");
    assert_eq!(table.get(&Region::Status("north"), 2), "<h1>a</h1>");
    assert_eq!(table.get(&Region::Status("south"), 1), "");
    // "<h1>a</h1>" is written once, and the header's first two states as one run.
    assert_eq!(text.matches("<h1>a</h1>").count(), 1);
    assert!(text.starts_with("header 0*2,1\u{E101}"), "{text}");
    assert_eq!(Table::decode("").unwrap(), Table::default());
}

#[test]
fn a_malformed_table_is_an_error_naming_the_entry() {
    let sep = phase_tracker::core::regions::SECTION;
    let entry = phase_tracker::core::regions::ENTRY;
    let no_states = format!("header{entry}{sep}x");
    assert!(Table::decode(&no_states)
        .unwrap_err()
        .contains("entry header has no states"));
    for bad in [
        "header 0,1",
        "header 0,x",
        "header -1",
        "header 70000",
        "header 0*0",
        "header 0*x",
        "header 1*3",
        "header 0*99999",
    ] {
        let text = format!("{bad}{entry}{sep}x");
        assert!(
            Table::decode(&text)
                .unwrap_err()
                .contains("entry header has a bad index"),
            "{bad}"
        );
    }
}

#[test]
fn markup_that_could_not_travel_in_the_page_is_refused_naming_the_region_and_state() {
    let cases = [
        (Region::Header, "a\u{E100}b", "separators"),
        (Region::Status("north"), "x\u{E102}", "placeholders"),
        (
            Region::Events("north"),
            "<SCRIPT>alert(1)",
            "<script> block",
        ),
        (Region::Events("north"), "a</script>b", "<script> block"),
        (Region::Events("north"), "<!-- x -->", "<script> block"),
        (Region::Header, "a\rb", "HTML parser"),
    ];
    for (region, s, why) in cases {
        let mut builder = Builder::default();
        let err = builder
            .add(&region, vec![String::new(), s.to_owned()])
            .unwrap_err();
        assert!(
            err.contains(&format!("region {} at state 1", region.key())) && err.contains(why),
            "{err}"
        );
    }
    // The timeline alone holds its placeholders.
    let mut builder = Builder::default();
    assert!(builder
        .add(&Region::Timeline, vec![format!("<svg>{TODAY_LINE}</svg>")])
        .is_ok());
}

#[test]
fn the_table_is_in_the_page_as_a_plain_text_block_before_the_body_ends() {
    let story = bundled();
    let page = "<html><body><main></main></body></html>";
    let html = phase_tracker::prerender::with_states(page, &story).unwrap();
    let start = html
        .find("<script type=\"text/plain\" id=\"tracker-states\">")
        .unwrap();
    let end = html.rfind("</body>").unwrap();
    assert!(start > html.find("</main>").unwrap() && start < end);
    let block = &html[start..end];
    let text = block
        .trim_start_matches("<script type=\"text/plain\" id=\"tracker-states\">")
        .strip_suffix("</script>")
        .unwrap();
    assert_eq!(text, table(&story).unwrap());
    assert!(phase_tracker::prerender::with_states("<html>", &story).is_err());
}

#[test]
fn the_facts_read_back_as_the_build_worked_them_out() {
    use phase_tracker::core::facts::Facts;
    for story in [bundled(), fixture()] {
        let facts = Facts::of(&story);
        assert_eq!(Facts::decode(&facts.encode()).unwrap(), facts);
        // The table carries them, and they answer as the story does.
        let text = table(&story).unwrap();
        let read = Facts::decode(Table::decode(&text).unwrap().get(&Region::Facts, 0)).unwrap();
        assert_eq!(read, facts);
        assert_eq!(read.phases.len(), story.phases.len());
        assert_eq!(
            read.first_day,
            phase_tracker::core::replay::first_day(&story)
        );
        for t in instants(&story) {
            assert_eq!(
                read.day_of(t),
                phase_tracker::core::replay::day_of(&story, t)
            );
            let day = read.day_of(t);
            assert_eq!(
                read.instant(day),
                phase_tracker::core::replay::instant(&story, day)
            );
            // "Today" on the timeline, where the build's marks put it.
            assert_eq!(
                read.fraction(t),
                phase_tracker::core::axis::marks(&story, t).today,
                "{t}"
            );
        }
    }
    // A story without sources has no first report.
    let mut facts = Facts::of(&bundled());
    facts.first_day = None;
    facts.points.clear();
    assert_eq!(Facts::decode(&facts.encode()).unwrap(), facts);
}

#[test]
fn malformed_facts_are_an_error_naming_the_line() {
    use phase_tracker::core::facts::Facts;
    let good = Facts::of(&bundled()).encode();
    let lines: Vec<&str> = good.split('\n').collect();
    for (i, name, bad) in [
        (0, "zone", "east"),
        (0, "zone", "999999"),
        (1, "timeline", "12"),
        (2, "first report", "2025-02-30"),
        (3, "change points", "1,x"),
    ] {
        let mut broken = lines.clone();
        broken[i] = bad;
        let err = Facts::decode(&broken.join("\n")).unwrap_err();
        assert!(err.contains(&format!("a bad {name}")), "{err}");
    }
    assert!(Facts::decode("3600\n0 1")
        .unwrap_err()
        .contains("no first report"));
}

#[test]
fn a_deep_link_finds_its_place_in_the_table_as_the_core_locates_it() {
    use phase_tracker::core::anchor::{find_place, locate, parse};
    for (story, has_panels) in [(bundled(), true), (fixture(), false)] {
        let points = story.change_points();
        let fragments: Vec<String> = story
            .events
            .iter()
            .map(|e| html::event_anchor(&e.id))
            .chain(story.claims.iter().map(|c| html::claim_anchor(&c.id)))
            .chain(story.subjects.iter().map(|s| html::subject_anchor(&s.id)))
            .collect();
        let mut in_panel = 0;
        for s in 0..=points.len() {
            let lines = draw(&story, &Region::Anchors, as_of(&points, s));
            for fragment in &fragments {
                let expected = locate(&story, &parse(fragment).unwrap(), as_of(&points, s));
                in_panel += usize::from(expected.as_ref().is_some_and(|p| p.badge.is_some()));
                assert_eq!(find_place(&lines, fragment), expected, "{fragment} at {s}");
                assert_eq!(find_place(&lines, &format!("#{fragment}")), expected);
            }
            assert_eq!(find_place(&lines, "claim-NOPE"), None);
        }
        // The bundled story has claims that sit in a sources-disagree panel.
        assert!(in_panel > 0 || !has_panels);
    }
}
