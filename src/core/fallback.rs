//! Texts a translated story leaves in English. When a translation lacks a text, the build
//! keeps the English one between two markers (Unicode's interlinear annotation characters,
//! which no story text uses), so the markup can say it is English (`lang="en"`) wherever it
//! lands, even inside a translated sentence; attributes and drawings drop the markers.

/// Opens a text left in English.
pub const OPEN: char = '\u{FFF9}';
/// Closes a text left in English.
pub const CLOSE: char = '\u{FFFB}';

/// `text` marked as left in English.
pub fn mark(text: &str) -> String {
    format!("{OPEN}{text}{CLOSE}")
}

/// Whether `c` is one of the markers.
pub fn is_marker(c: char) -> bool {
    c == OPEN || c == CLOSE
}

/// `text` without its markers.
pub fn strip(text: &str) -> String {
    text.chars().filter(|c| !is_marker(*c)).collect()
}
