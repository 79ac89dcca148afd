//! The share card: drawn from the core's answers at the build instant, a real 1200×630 PNG
//! with content, and linked from the page as its social preview.

mod common;

use common::{at, bundled, fixture};
use phase_tracker::core::status::phase_status;
use phase_tracker::prerender::{with_card_meta, CARD_PNG};
use phase_tracker::share_card::{alt, png, svg, wrap, HEIGHT, WIDTH};
use phase_tracker::text;
use resvg::tiny_skia::Pixmap;

/// The card says, for each phase, the status the core gives at that instant.
fn assert_statuses(story: &phase_tracker::core::story::Story, instant: &str) {
    let now = at(instant);
    let card = svg(story, now);
    for phase in &story.phases {
        let status = phase_status(story, phase, now).status;
        assert!(
            card.contains(text::status(status)),
            "{instant}: the card shows {}'s status {:?}",
            phase.id,
            text::status(status)
        );
    }
}

#[test]
fn the_card_shows_each_phase_as_the_core_has_it() {
    let story = bundled();
    // Before the federal deadline, after it, and at the suite's build instant.
    for instant in [
        "2025-03-01T12:00:00+03:00",
        "2025-12-01T12:00:00+03:00",
        "2026-11-25T12:00:00+03:00",
    ] {
        assert_statuses(&story, instant);
    }
    assert_statuses(&fixture(), "2026-05-01T12:00:00-05:00");
}

#[test]
fn the_card_names_positions_disputes_quiet_coverage_and_its_day() {
    let card = svg(&bundled(), at("2026-11-25T12:00:00+03:00"));
    for expected in [
        "The end of the coalition's mission in Iraq",
        "Federal Iraq, 2025",
        "Kurdistan Region, 2026",
        "September 2026 (8 sources)",
        "end of 2026 (2 sources)",
        "Sources disagree on the deadline",
        "No report on this phase since 12 Mar 2026.",
        "As of 25 Nov 2026.",
    ] {
        assert!(
            card.contains(expected),
            "the card says {expected:?}:\n{card}"
        );
    }
}

#[test]
fn the_png_is_1200_by_630_with_the_text_drawn() {
    let story = bundled();
    let bytes = png(&svg(&story, at("2026-11-25T12:00:00+03:00"))).expect("the card renders");
    assert!(
        bytes.len() > 20_000,
        "a card with text is not tiny: {} B",
        bytes.len()
    );
    assert!(
        bytes.len() < 300_000,
        "small enough to share: {} B",
        bytes.len()
    );
    let pixmap = Pixmap::decode_png(&bytes).expect("a valid PNG");
    assert_eq!((pixmap.width(), pixmap.height()), (WIDTH, HEIGHT));
    // The band behind the title is dark, the body light, and text is drawn on both: dark
    // pixels in the body, light ones in the band.
    let pixel = |x: u32, y: u32| pixmap.pixel(x, y).expect("inside the card");
    let light = |x: u32, y: u32| pixel(x, y).red() > 200;
    assert!(!light(10, 10), "the title band is dark");
    assert!(light(10, 300), "the body is light");
    let band_text = (40..1100).filter(|x| light(*x, 60)).count();
    assert!(
        band_text > 50,
        "the title is drawn ({band_text} light pixels on its line)"
    );
    let body_text = (0..HEIGHT)
        .flat_map(|y| (0..WIDTH).map(move |x| (x, y)))
        .filter(|(x, y)| *y > 160 && !light(*x, *y))
        .count();
    assert!(
        body_text > 20_000,
        "the phases are drawn ({body_text} dark pixels)"
    );
}

#[test]
fn the_page_links_the_card_as_its_social_preview() {
    let page = "<html><head><title>t</title></head><body></body></html>";
    let linked = with_card_meta(page, "https://news.example/tracker/", "a card").unwrap();
    assert!(linked.contains(&format!(
        "<meta property=\"og:image\" content=\"https://news.example/tracker/{CARD_PNG}\">"
    )));
    assert!(linked.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
    assert!(linked.contains("<meta property=\"og:image:alt\" content=\"a card\">"));
    assert!(linked.find("og:image").unwrap() < linked.find("</head>").unwrap());
    let relative = with_card_meta(page, "", "a card").unwrap();
    assert!(relative.contains(&format!("content=\"{CARD_PNG}\"")));
    assert!(with_card_meta("<p>no head</p>", "", "a card").is_err());
}

#[test]
fn the_card_in_words_names_each_phase_status_and_the_day() {
    assert_eq!(
        alt(&bundled(), at("2026-11-25T12:00:00+03:00")),
        "The end of the coalition's mission in Iraq, as of 25 Nov 2026: Federal Iraq, 2025: \
         Completion reported; Kurdistan Region, 2026: No completion reported."
    );
    assert_eq!(
        alt(&bundled(), at("2025-03-01T12:00:00+03:00")),
        "The end of the coalition's mission in Iraq, as of 1 Mar 2025: Federal Iraq, 2025: \
         No start reported; Kurdistan Region, 2026: No start reported."
    );
}

#[test]
fn long_lines_wrap_at_spaces_and_say_when_cut() {
    assert_eq!(wrap("a bb ccc dddd", 6, 3), ["a bb", "ccc", "dddd"]);
    assert_eq!(wrap("a bb ccc dddd", 6, 2), ["a bb", "ccc…"]);
    assert_eq!(wrap("", 6, 2), Vec::<String>::new());
}
