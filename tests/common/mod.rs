//! Helpers shared by the host test suites: loading data files through the same validation
//! the widget uses.

#![allow(dead_code)]

use chrono::{DateTime, Utc};
use phase_tracker::core::schema::RawDataset;
use phase_tracker::core::story::Story;
use phase_tracker::core::validate::ValidationErrors;

/// Parses and validates a data file's text.
pub fn parse(json: &str) -> Result<Story, ValidationErrors> {
    let raw: RawDataset = serde_json::from_str(json).expect("the JSON matches the format");
    Story::from_raw(raw)
}

/// The bundled story, exactly as the widget embeds it: decoded from the binary form.
pub fn bundled() -> Story {
    Story::decode(phase_tracker::BUNDLED_DATA_BIN).unwrap_or_else(|e| panic!("{e}"))
}

/// The second, fictional story used to exercise the format.
pub fn fixture() -> Story {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/example-story.json"
    );
    let json = std::fs::read_to_string(path).expect("the fixture exists");
    parse(&json).unwrap_or_else(|e| panic!("{e}"))
}

/// An RFC 3339 instant.
pub fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .expect("a valid RFC 3339 instant")
        .with_timezone(&Utc)
}
