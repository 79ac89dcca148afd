//! The countdown before the wasm (`src/early_countdown.rs` and `.js`): the plural table the
//! script reads gives every count the category the wasm's [`plural`] gives, and the script
//! carries the page's strings, digits and time zone. That its texts equal the wasm's, cell by
//! cell and instant by instant, is checked in a browser, in every language
//! (browser-tests/early-countdown.test.mjs).

use chrono::FixedOffset;
use phase_tracker::core::locale::{plural, Lang, BUILD};
use phase_tracker::early_countdown::{plural_in_table, plural_table, script};
use phase_tracker::text::S;

#[test]
fn the_plural_table_gives_every_count_its_category() {
    for lang in Lang::ALL {
        let table = plural_table(lang);
        assert_eq!(table.len(), 200);
        for n in (0..100_000).chain([999_999, 1_000_000, u64::from(u32::MAX)]) {
            assert_eq!(
                plural_in_table(&table, n),
                Some(plural(lang, n) as usize),
                "{} {n}",
                lang.code()
            );
        }
    }
}

#[test]
fn the_script_carries_the_page_language_and_zone() {
    let zone = FixedOffset::east_opt(3 * 3600).unwrap();
    let js = script(zone).unwrap();
    assert!(js.contains("\"zone\":10800"), "{js}");
    assert!(js.contains(&serde_json::to_string(S.left).unwrap()), "{js}");
    assert!(
        js.contains(&serde_json::to_string(S.window_closed).unwrap()),
        "{js}"
    );
    assert!(
        js.contains(&format!("\"plural\":\"{}\"", plural_table(BUILD))),
        "{js}"
    );
    // Its comment lines are left out of the page; the placeholder is filled.
    assert!(
        !js.lines().any(|l| l.trim_start().starts_with("//")),
        "{js}"
    );
    assert!(!js.contains("CONFIG"), "{js}");
    assert!(js.contains("const stop = (empty) =>"), "{js}");
}
