//! A story's texts in another language (core::translation): the bundled drafts cover every
//! text field; a key that names nothing is an error naming it; an empty or absent text stays
//! in English and is listed.

use phase_tracker::core::fallback;
use phase_tracker::core::locale::Lang;
use phase_tracker::core::schema::RawDataset;
use phase_tracker::core::story::Story;
use phase_tracker::core::translation::{apply, localize_digits};
use phase_tracker::html::escape;
use std::collections::BTreeMap;

fn data() -> RawDataset {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/iraq-coalition.json"
    ))
    .unwrap();
    serde_json::from_str(&text).unwrap()
}

fn texts(lang: &str) -> BTreeMap<String, String> {
    let path = format!(
        "{}/data/translations/{lang}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    serde_json::from_value(value["texts"].clone()).unwrap()
}

#[test]
fn the_drafts_translate_every_text_field_and_the_story_still_validates() {
    for lang in ["ar", "ckb"] {
        let mut raw = data();
        let missing = apply(&mut raw, &texts(lang), Lang::parse(lang).unwrap())
            .unwrap_or_else(|e| panic!("{lang}: {e:?}"));
        assert!(missing.is_empty(), "{lang}: missing {missing:?}");
        assert_ne!(
            raw.meta.title,
            data().meta.title,
            "{lang}: the title is translated"
        );
        phase_tracker::core::story::Story::from_raw(raw)
            .unwrap_or_else(|e| panic!("{lang}: the translated story is valid: {e}"));
    }
}

#[test]
fn a_key_that_names_nothing_is_an_error_naming_it() {
    let mut table = texts("ar");
    table.insert("claim.C999.summary".into(), "نص".into());
    table.insert("claim.C01.colour".into(), "نص".into());
    let errors = apply(&mut data(), &table, Lang::Ar).unwrap_err();
    assert_eq!(
        errors,
        [
            "claim.C01.colour: names no text field of the story",
            "claim.C999.summary: names no text field of the story",
        ]
    );
}

#[test]
fn an_absent_or_blank_text_stays_in_english_and_is_listed() {
    let mut table = texts("ar");
    table.remove("event.E01.summary");
    table.insert("meta.dek".into(), "  ".into());
    let mut raw = data();
    let missing = apply(&mut raw, &table, Lang::Ar).unwrap();
    assert_eq!(missing, ["meta.dek", "event.E01.summary"]);
    assert_eq!(raw.meta.dek, fallback::mark(&data().meta.dek));
    assert_eq!(
        raw.events[0].summary,
        fallback::mark(&data().events[0].summary)
    );
}

#[test]
fn a_text_left_in_english_is_marked_lang_en_in_the_page_and_nowhere_else() {
    let mut table = texts("ar");
    table.remove("event.E01.summary");
    table.remove("phase.federal.name");
    let mut raw = data();
    apply(&mut raw, &table, Lang::Ar).unwrap();
    let english_event = data().events[0].summary.clone();
    let english_phase = data().phases[0].name.clone();
    let story: &'static Story = Box::leak(Box::new(Story::from_raw(raw).unwrap()));
    let built = "2026-11-25T09:00:00Z".parse().unwrap();
    let page = phase_tracker::ui::first_view::render(story, built);
    let span = "<span lang=\"en\" dir=\"ltr\">";
    assert!(
        page.contains(&format!("{span}{}</span>", escape(&english_event))),
        "the event's summary, marked English"
    );
    assert!(
        page.contains(&format!("{span}{english_phase}</span>")),
        "the phase's name inside the translated tab text, marked English"
    );
    assert!(
        !page.contains(fallback::is_marker),
        "no marker is left in the page"
    );
    let card = phase_tracker::share_card::svg(story, built);
    assert!(card.contains(&english_phase) && !card.contains(fallback::is_marker));
    let alt = phase_tracker::share_card::alt(story, built);
    let meta = phase_tracker::prerender::with_card_meta("<head></head>", "", &alt).unwrap();
    assert!(!meta.contains(fallback::is_marker) && !meta.contains("<span"));
}

#[test]
fn numbers_take_the_languages_digits_but_latin_names_keep_theirs() {
    assert_eq!(localize_digits("في عام 2024.", Lang::Ar), "في عام ٢٠٢٤.");
    assert_eq!(
        localize_digits("وKurdistan24 وC-130", Lang::Ar),
        "وKurdistan24 وC-130"
    );
    assert_eq!(
        localize_digits("2500 جندي، 18 كانون", Lang::Ckb),
        "٢٥٠٠ جندي، ١٨ كانون"
    );
    assert_eq!(localize_digits("1,500", Lang::Ar), "١٬٥٠٠");
    assert_eq!(localize_digits("in 2024", Lang::En), "in 2024");
}

#[test]
fn quoted_claims_get_our_translation_and_a_key_for_an_unquoted_claim_is_an_error() {
    use phase_tracker::core::story::Story;
    use phase_tracker::core::translation::quote_translations;
    let table = texts("ar");
    let mut story = Story::from_raw(data()).unwrap();
    let missing = quote_translations(&mut story, &table, Lang::Ar).unwrap();
    assert!(
        missing.is_empty(),
        "every quote has its translation: {missing:?}"
    );
    let quoted: Vec<_> = story.claims.iter().filter(|c| c.quote.is_some()).collect();
    assert!(!quoted.is_empty());
    assert!(quoted.iter().all(|c| c.quote_translation.is_some()));
    assert!(story
        .claims
        .iter()
        .filter(|c| c.quote.is_none())
        .all(|c| c.quote_translation.is_none()));

    let mut table = table;
    let unquoted = story
        .claims
        .iter()
        .find(|c| c.quote.is_none())
        .unwrap()
        .id
        .clone();
    table.insert(format!("claim.{unquoted}.quote_translation"), "نص".into());
    let errors = quote_translations(&mut story, &table, Lang::Ar).unwrap_err();
    assert_eq!(
        errors,
        [format!(
            "claim.{unquoted}.quote_translation: claim {unquoted} has no quote to translate"
        )]
    );
}
