//! The build-time static HTML: the facts at the build instant, and the loader moved out of
//! the inline script.

mod common;

use common::{at, bundled};
use phase_tracker::html::escape;
use phase_tracker::html::static_facts;
use phase_tracker::prerender::rewrite;

const TRUNK_INDEX: &str = "<!doctype html><html><head><script type=module>import init, * as bindings from './phase-tracker-abc.js';\nconst wasm = await init({ module_or_path: './phase-tracker-abc_bg.wasm' });\nwindow.wasmBindings = bindings;</script></head><body><main id=phase-tracker><p class=boot-note id=boot-note>Loading</p></main></body></html>";

#[test]
fn facts_say_when_they_were_computed_and_hold_each_phase() {
    let html = static_facts(&bundled(), at("2026-11-25T12:00:00+03:00"));
    assert!(html.contains("As of 25 Nov 2026, when this page was built"));
    assert!(html.contains("Federal Iraq, 2025"));
    assert!(html.contains("Kurdistan Region, 2026"));
    assert!(html.contains("Reported completed"));
    assert!(html.contains("Deadline passed, no completion reported"));
    assert!(html.contains("30 Sep 2026: "));
    assert!(html.contains("31 Dec 2026: "));
    assert!(html.contains("Sources disagree on the deadline"));
    assert!(html.contains("rel=\"noopener noreferrer\""));
    // The static page never shows a ticking countdown.
    assert!(!html.contains(" min ") && !html.contains("days left"));
}

#[test]
fn facts_at_an_earlier_build_show_the_story_as_it_stood() {
    let html = static_facts(&bundled(), at("2025-08-20T12:00:00+03:00"));
    assert!(html.contains("Under way"));
    assert!(!html.contains("Kurdistan24"));
}

#[test]
fn the_loader_moves_to_a_file_and_the_facts_go_before_the_note() {
    let (html, loader) = rewrite(TRUNK_INDEX, "<div>FACTS</div>").unwrap();
    assert!(!html.contains("await init"), "{html}");
    assert!(html.contains(&format!(
        "<script type=\"module\" src=\"./{}\"></script>",
        loader.name
    )));
    assert!(html.contains("<div>FACTS</div><p class=boot-note id=boot-note>"));
    assert!(loader.name.starts_with("boot-") && loader.name.ends_with(".js"));
    assert!(loader
        .source
        .contains("import init from './phase-tracker-abc.js'"));
    assert!(loader
        .source
        .contains("module_or_path: './phase-tracker-abc_bg.wasm'"));
    assert!(loader
        .source
        .contains("performance.mark('tracker-interactive')"));
    assert!(loader.source.contains("the live countdown could not start"));
}

#[test]
fn rewrite_names_what_it_cannot_find() {
    assert!(rewrite("<html></html>", "")
        .unwrap_err()
        .contains("inline module script"));
    let no_note = TRUNK_INDEX.replace("id=boot-note", "");
    assert!(rewrite(&no_note, "").unwrap_err().contains("boot-note"));
}

#[test]
fn escaping() {
    assert_eq!(
        escape("<a href=\"x\">&</a>"),
        "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"
    );
}
