//! The binary form the widget embeds: it holds exactly the story the data file validates
//! to, and damaged bytes are an error, never a panic.

mod common;

use common::{bundled, fixture, parse};
use phase_tracker::core::story::Story;
use phase_tracker::BUNDLED_DATA_BIN;
use proptest::prelude::*;

/// The data file as written.
fn data_file() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/iraq-coalition.json");
    std::fs::read_to_string(path).expect("the data file exists")
}

#[test]
fn the_embedded_bytes_hold_the_validated_data_file() {
    let from_json = parse(&data_file()).unwrap_or_else(|e| panic!("{e}"));
    assert!(from_json.sources.iter().any(|s| s.headline.is_some()));
    assert_eq!(bundled(), from_json.for_widget());
    assert_eq!(bundled().claims.len(), 66);
}

#[test]
fn a_story_in_another_zone_round_trips() {
    let story = fixture();
    let bytes = story.encode().expect("encodes");
    let back = Story::decode(&bytes).expect("decodes");
    assert_eq!(back, story);
    assert_eq!(back.meta.offset.local_minus_utc(), -5 * 3600);
}

#[test]
fn the_binary_form_is_smaller_than_the_minified_json() {
    let value: serde_json::Value = serde_json::from_str(&data_file()).expect("JSON");
    let minified = value.to_string();
    assert!(
        BUNDLED_DATA_BIN.len() < minified.len(),
        "{} bytes of binary against {} of JSON",
        BUNDLED_DATA_BIN.len(),
        minified.len()
    );
}

#[test]
fn every_truncation_is_an_error() {
    for len in 0..BUNDLED_DATA_BIN.len() {
        let message = Story::decode(&BUNDLED_DATA_BIN[..len]).expect_err("truncated");
        assert!(
            message.starts_with("the bundled data does not decode"),
            "{message}"
        );
    }
}

proptest! {
    #[test]
    fn decoding_arbitrary_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = Story::decode(&bytes);
    }

    #[test]
    fn decoding_damaged_bundled_bytes_never_panics(at in 0..BUNDLED_DATA_BIN.len(), byte in any::<u8>()) {
        let mut bytes = BUNDLED_DATA_BIN.to_vec();
        bytes[at] = byte;
        let _ = Story::decode(&bytes);
    }
}
