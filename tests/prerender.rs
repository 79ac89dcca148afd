//! The build-time page: the tracker's first view rendered by the widget's own components at
//! the build instant, the loading note that dates it, and the loader moved out of the inline
//! script.

mod common;

use common::{at, bundled};
use phase_tracker::core::locale::{page_path, Lang};
use phase_tracker::core::story::Story;
use phase_tracker::html::escape;
use phase_tracker::prerender::rewrite;
use phase_tracker::ui::first_view;

/// Stands for the countdown before the wasm (its own tests: tests/early_countdown.rs).
const COUNTDOWN: &str = "/*countdown*/const stop = () => {};\n";

const TRUNK_INDEX: &str = "<!doctype html><html><head><script type=module>import init, * as bindings from './phase-tracker-abc.js';\nconst wasm = await init({ module_or_path: './phase-tracker-abc_bg.wasm' });\nwindow.wasmBindings = bindings;</script></head><body><main id=phase-tracker><p class=boot-note id=boot-note>Loading</p></main></body></html>";

/// The first view as the build renders it, from the very story the wasm embeds.
fn first_view_at(instant: &str) -> String {
    let story: &'static Story = Box::leak(Box::new(bundled()));
    first_view::render(story, at(instant))
}

#[test]
fn the_first_view_is_the_tracker_as_of_the_build() {
    let html = first_view_at("2026-11-25T12:00:00+03:00");
    assert!(html.contains("The end of the coalition's mission in Iraq"));
    // Both phases as tabs and panels, the first one selected.
    assert!(html.contains("role=\"tab\""));
    // Each tab names its phase and that phase's status.
    assert!(html.contains("<span class=\"tab-name\">Federal Iraq, 2025</span><span class=\"tab-status completed\"><span aria-hidden=\"true\">✓</span> Completion reported</span>"));
    assert!(html.contains("<span class=\"tab-name\">Kurdistan Region, 2026</span><span class=\"tab-status deadline-passed\"><span aria-hidden=\"true\">!</span> No completion reported</span>"));
    assert_eq!(html.matches("role=\"tabpanel\"").count(), 2);
    assert!(html.contains("aria-selected=\"true\""));
    // Statuses and deadlines as they stood at the build.
    assert!(html.contains("Completion reported"));
    assert!(html.contains("No completion reported"));
    assert!(html.contains("No report on this phase since 12 Mar 2026."));
    // Deadlines at the precision the sources gave: a month, the end of a year, never a day.
    assert!(html.contains("<span class=\"deadline-day\">September 2026</span>"));
    assert!(html.contains("<span class=\"deadline-day\">end of 2026</span>"));
    assert!(html.contains("month given, no day"));
    assert!(!html.contains("deadline-day\">30 Sep") && !html.contains("deadline-day\">31 Dec"));
    assert!(html.contains("Sources disagree<span class=\"badge-subject\"> on the deadline</span>: <span class=\"badge-count\">September 2026 (8 sources) · end of 2026 (2 sources)</span>"));
    assert!(html.contains("rel=\"noopener noreferrer\""));
    // The time axis is drawn as the live widget draws it; no deadline of this story ticks by
    // the second, so there is no pause control.
    assert!(html.contains("<figure class=\"timeline\">"));
    // The evidence sits in disclosures that say what they hold, closed.
    assert!(html.contains("<details id=\"more-events-federal\" class=\"more\"><summary><h2 class=\"more-title\">What happened · 9 events</h2></summary>"));
    assert!(html.contains("What sources say · 5 subjects, 5 disputed"));
    assert!(html.contains("Across both phases · 4 subjects, 3 disputed, 5 events"));
    assert!(!html.contains("class=\"pause\""));
}

#[test]
fn the_first_view_never_shows_a_countdown_as_if_live() {
    let html = first_view_at("2026-11-25T12:00:00+03:00");
    // Every clock cell is left empty (a no-break space keeps its line) for the live widget.
    let cells = html.matches("class=\"deadline-clock\"").count();
    assert_eq!(cells, 4, "two deadlines in each phase");
    assert_eq!(
        html.matches("data-precision=\"month\">\u{a0}</span>")
            .count()
            + html
                .matches("data-precision=\"year\">\u{a0}</span>")
                .count(),
        cells
    );
    // The axis's mark stands at the build day and says so, not "today".
    assert!(html.contains("</svg>as of 25 Nov 2026</span>"));
    assert!(html.contains("<span class=\"today-label\"><svg"));
    assert!(!html.contains("today 25 Nov"));
    for ticking in ["days left", " ago", " min ", "left</span>"] {
        assert!(!html.contains(ticking), "{ticking:?} in the first view");
    }
}

#[test]
fn a_first_view_built_earlier_shows_the_story_as_it_stood() {
    let html = first_view_at("2025-08-20T12:00:00+03:00");
    assert!(html.contains("Start reported"));
    // Nothing reported later: the committee's January 2026 announcement is not there yet.
    assert!(!html.contains("had left every base and headquarters"));
}

#[test]
fn the_loader_moves_to_a_file_and_the_facts_go_before_the_note() {
    let (html, loader) = rewrite(
        TRUNK_INDEX,
        "<div>FACTS</div>",
        "25 Nov 2026",
        &[Lang::En],
        COUNTDOWN,
    )
    .unwrap();
    assert!(!html.contains("await init"), "{html}");
    assert!(html.contains(&format!(
        "<script type=\"module\" src=\"./{}\"></script>",
        loader.name
    )));
    assert!(html.contains(
        "<div>FACTS</div><p class=boot-note id=boot-note>The facts above are as of 25 Nov 2026, when this page was built."
    ));
    assert!(loader.name.starts_with("boot-") && loader.name.ends_with(".js"));
    // The countdown runs first, then the glue is imported (no static import to wait for),
    // and it is stopped once the wasm has mounted or has failed (emptying its cells then).
    let countdown = loader.source.find(COUNTDOWN).unwrap();
    let import = loader
        .source
        .find("import('./phase-tracker-abc.js').then((glue) => glue.default(")
        .unwrap();
    assert!(countdown < import, "{}", loader.source);
    assert!(!loader.source.contains("import init"), "{}", loader.source);
    assert!(loader
        .source
        .contains("stop();\n  performance.mark('tracker-interactive')"));
    assert!(loader.source.contains("stop(true);"));
    assert!(loader
        .source
        .contains("module_or_path: './phase-tracker-abc_bg.wasm'"));
    assert!(loader
        .source
        .contains("performance.mark('tracker-interactive')"));
    assert!(loader.source.contains("the live countdown could not start"));
    assert!(loader
        .source
        .contains("The live countdown is unavailable; the facts above are as of 25 Nov 2026"));
    assert!(loader.source.contains("'./static.css'"));
}

#[test]
fn rewrite_names_what_it_cannot_find() {
    assert!(rewrite("<html></html>", "", "", &[], COUNTDOWN)
        .unwrap_err()
        .contains("inline module script"));
    let no_note = TRUNK_INDEX.replace("id=boot-note", "");
    assert!(rewrite(&no_note, "", "", &[], COUNTDOWN)
        .unwrap_err()
        .contains("boot-note"));
}

#[test]
fn escaping() {
    assert_eq!(
        escape("<a href=\"x\">&</a>"),
        "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"
    );
}

#[test]
fn oembed_answers_with_the_embed_buttons_snippet_at_the_preview_address() {
    use phase_tracker::prerender::{oembed, PREVIEW_ADDRESS};
    let story = bundled();
    let answer: serde_json::Value = serde_json::from_str(&oembed(&story.meta.title)).unwrap();
    assert_eq!(answer["version"], "1.0");
    assert_eq!(answer["type"], "rich");
    assert_eq!(answer["title"], story.meta.title.as_str());
    assert_eq!(answer["height"], phase_tracker::core::embed::INITIAL_HEIGHT);
    assert_eq!(
        answer["html"],
        phase_tracker::html::snippet(
            PREVIEW_ADDRESS,
            &story.meta.title,
            phase_tracker::core::embed::INITIAL_HEIGHT
        )
        .as_str()
    );
}

#[test]
fn the_example_articles_frames_take_the_storys_title() {
    use phase_tracker::prerender::localize_example;
    let example = std::fs::read_to_string("public/embed-example.html").unwrap();
    let page = localize_example(&example, "A <title> & more").unwrap();
    assert!(page
        .contains("<iframe id=\"tracker-main\" src=\"./\" title=\"A &lt;title&gt; &amp; more\" "));
    assert!(page.contains("title=\"A &lt;title&gt; &amp; more (compact)\""));
    let broken = example.replace("id=\"tracker-side\"", "id=\"side\"");
    assert!(localize_example(&broken, "x")
        .unwrap_err()
        .contains("tracker-side"));
}

#[test]
fn lang_leads_each_code_and_tag_to_its_page_or_says_why_not() {
    use phase_tracker::prerender::lang_targets;
    let all = Lang::ALL;
    for build in all {
        let targets = lang_targets(build, &all);
        // Every code and tag the core reads, once, in lower case.
        let values: Vec<&str> = targets.iter().map(|(v, ..)| v.as_str()).collect();
        assert_eq!(values, ["en", "ar", "ar-iq", "ckb"]);
        for (value, path, warning) in &targets {
            let lang = Lang::parse(value).unwrap();
            assert_eq!(Lang::parse(&value.to_uppercase()), Some(lang));
            assert_eq!(
                path.as_str(),
                page_path(build, lang, &all).unwrap().unwrap_or_default()
            );
            assert_eq!(*warning, None);
        }
    }
    // Where a language has no page, the value stays here with the core's warning.
    let targets = lang_targets(Lang::Ar, &[Lang::En, Lang::Ar]);
    let (_, path, warning) = targets.iter().find(|(v, ..)| v == "ckb").unwrap();
    assert_eq!(path, "");
    assert_eq!(
        warning.as_deref(),
        Some(
            page_path(Lang::Ar, Lang::Ckb, &[Lang::En, Lang::Ar])
                .unwrap_err()
                .as_str()
        )
    );
}

#[test]
fn the_loader_reads_lang_before_it_starts_the_wasm() {
    let (_, loader) = rewrite(TRUNK_INDEX, "", "25 Nov 2026", &Lang::ALL, COUNTDOWN).unwrap();
    let redirect = loader
        .source
        .find("new URLSearchParams(location.search).get('lang')");
    let init = loader.source.find("else {\n/*countdown*/");
    assert!(
        redirect.is_some() && init.is_some() && redirect < init,
        "{}",
        loader.source
    );
    assert!(
        loader.source.contains("[\"ar\",[\"ar/\",null]]"),
        "{}",
        loader.source
    );
    assert!(loader
        .source
        .contains("\"phase tracker: ignoring URL parameter lang=\\\"{lang}\\\"; using English\""));
}
