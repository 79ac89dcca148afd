//! Validates the bundled data file when the crate builds, with the same rules as the widget
//! (src/core/validate.rs), and writes the validated story in its compact binary form
//! (src/core/encoding.rs), less what the widget never shows (`Story::for_widget`), for the
//! widget and the prerender. A malformed file fails the build
//! with one line per problem, naming the record and the field.

#[allow(dead_code, unused_imports)]
#[path = "src/core/mod.rs"]
mod core;

use std::path::Path;

/// The story compiled in, unless `PHASE_TRACKER_DATA` names another data file (the test
/// suite builds the fixture story this way, and a newsroom can build another story).
const DEFAULT_DATA: &str = "data/iraq-coalition.json";

fn main() {
    println!("cargo:rerun-if-env-changed=PHASE_TRACKER_DATA");
    let data = std::env::var("PHASE_TRACKER_DATA").unwrap_or_else(|_| DEFAULT_DATA.to_owned());
    let data = data.as_str();
    println!("cargo:rerun-if-changed={data}");
    println!("cargo:rerun-if-changed=src/core");
    let fail = |message: String| -> ! {
        for line in message.lines() {
            eprintln!("error: {data}: {line}");
        }
        std::process::exit(1);
    };
    let text = std::fs::read_to_string(data).unwrap_or_else(|e| fail(e.to_string()));
    let raw: core::schema::RawDataset =
        serde_json::from_str(&text).unwrap_or_else(|e| fail(e.to_string()));
    let story = core::story::Story::from_raw(raw).unwrap_or_else(|e| fail(e.to_string()));
    let bin = story.for_widget().encode().unwrap_or_else(|e| fail(e));
    let out = std::env::var("OUT_DIR").unwrap_or_else(|e| fail(e.to_string()));
    std::fs::write(Path::new(&out).join("data.bin"), bin).unwrap_or_else(|e| fail(e.to_string()));
}
