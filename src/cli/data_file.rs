//! Data files on disk: which one is meant, reading one exactly as the build does (serde_json
//! into `RawDataset`, then `Story::from_raw`, as `build.rs`), and writing one in the
//! canonical form the bundled files are in.

use crate::core::schema::{
    RawClaim, RawDataset, RawEvent, RawMeta, RawPhase, RawSource, RawSubject,
};
use crate::core::story::Story;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The bundled story, the data file when none is named and `PHASE_TRACKER_DATA` is unset.
pub const DEFAULT: &str = "data/iraq-coalition.json";

/// The data file meant when none is named: `PHASE_TRACKER_DATA` (as the build reads it),
/// else [`DEFAULT`].
pub fn default_path() -> PathBuf {
    std::env::var_os("PHASE_TRACKER_DATA")
        .filter(|v| !v.is_empty())
        .map_or_else(|| PathBuf::from(DEFAULT), PathBuf::from)
}

/// Reads and validates the data file at `path` as the build does. On failure, every
/// problem, one per line, named by record and field.
pub fn load(path: &Path) -> Result<(RawDataset, Story), Vec<String>> {
    let text = std::fs::read_to_string(path).map_err(|e| vec![format!("cannot be read: {e}")])?;
    let raw = parse(&text)?;
    let story = Story::from_raw(raw.clone())
        .map_err(|errors| errors.0.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    Ok((raw, story))
}

/// Parses a data file's text into its records exactly as the build does. When that fails,
/// each record is read on its own so that every record that does not fit the format is
/// named (`claim "C06": unknown field ...`); a file that is not JSON gets the parser's
/// message with its line and column.
pub fn parse(text: &str) -> Result<RawDataset, Vec<String>> {
    let error = match serde_json::from_str::<RawDataset>(text) {
        Ok(raw) => return Ok(raw),
        Err(e) => e,
    };
    let Ok(Value::Object(file)) = serde_json::from_str::<Value>(text) else {
        return Err(vec![error.to_string()]);
    };
    let mut problems = Vec::new();
    for key in file.keys() {
        if !TOP_LEVEL.contains(&key.as_str()) {
            problems.push(format!(
                "dataset: unknown field {key:?} (the fields are {})",
                TOP_LEVEL.join(", ")
            ));
        }
    }
    for key in TOP_LEVEL {
        if !file.contains_key(key) {
            problems.push(format!("dataset: missing field {key:?}"));
        }
    }
    let one = |problems: &mut Vec<String>, record: String, value: &Value, check: Check| {
        if let Some(e) = check(value) {
            problems.push(format!("{record}: {e}"));
        }
    };
    if let Some(format) = file.get("format") {
        one(
            &mut problems,
            "dataset, field format".into(),
            format,
            fits::<u32>,
        );
    }
    if let Some(meta) = file.get("meta") {
        one(&mut problems, "meta".into(), meta, fits::<RawMeta>);
    }
    let lists: [(&str, &str, Check); 5] = [
        ("sources", "source", fits::<RawSource>),
        ("phases", "phase", fits::<RawPhase>),
        ("subjects", "subject", fits::<RawSubject>),
        ("claims", "claim", fits::<RawClaim>),
        ("events", "event", fits::<RawEvent>),
    ];
    for (list, kind, check) in lists {
        match file.get(list) {
            None => {}
            Some(Value::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    let record = match item.get("id").and_then(Value::as_str) {
                        Some(id) => format!("{kind} {id:?}"),
                        None => format!("{kind} number {} of {list}", i + 1),
                    };
                    one(&mut problems, record, item, check);
                }
            }
            Some(_) => problems.push(format!("dataset, field {list}: must be a list [...]")),
        }
    }
    if problems.is_empty() {
        problems.push(error.to_string());
    }
    Err(problems)
}

/// The data file's top-level fields.
const TOP_LEVEL: [&str; 7] = [
    "format", "meta", "sources", "phases", "subjects", "claims", "events",
];

/// Says why a JSON value does not fit one of the format's records, if it does not.
type Check = fn(&Value) -> Option<String>;

/// Why `value` does not fit the format's `T`, if it does not.
fn fits<T: DeserializeOwned>(value: &Value) -> Option<String> {
    T::deserialize(value).err().map(|e| e.to_string())
}

/// The data file's text for `raw`, in the form the bundled files are in: JSON indented by
/// two spaces, fields in the format's order, a line break at the end.
pub fn to_json(raw: &RawDataset) -> String {
    let mut text = serde_json::to_string_pretty(raw).expect("the records serialize");
    text.push('\n');
    text
}

/// "26 sources, 2 phases, 13 subjects, 66 claims, 17 events".
pub fn summary(story: &Story) -> String {
    format!(
        "{} sources, {} phases, {} subjects, {} claims, {} events",
        story.sources.len(),
        story.phases.len(),
        story.subjects.len(),
        story.claims.len(),
        story.events.len()
    )
}
