//! The spreadsheet files and their columns, in the order they are written (any order is read
//! back). `docs/spreadsheet.md` documents each column; a test keeps the two the same.

/// One spreadsheet file: its name and its columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sheet {
    /// The file's name: "claims.csv".
    pub file: &'static str,
    /// Its columns, in the order they are written.
    pub columns: &'static [&'static str],
}

impl Sheet {
    /// True when the sheet has a column called `name`.
    pub fn has(&self, name: &str) -> bool {
        self.columns.contains(&name)
    }
}

/// The story's title, dek, review day and clock: one row.
pub const META: Sheet = Sheet {
    file: "meta.csv",
    columns: &[
        "format",
        "title",
        "dek",
        "last_reviewed",
        "time_zone",
        "utc_offset",
        "axis_start",
        "axis_end",
    ],
};

/// Every report the claims and events cite.
pub const SOURCES: Sheet = Sheet {
    file: "sources.csv",
    columns: &[
        "id",
        "outlet",
        "headline",
        "published_precision",
        "published_value",
        "published_qualifier",
        "published_inferred",
        "published_inference",
        "url",
        "via",
    ],
};

/// The phases, in tab order.
pub const PHASES: Sheet = Sheet {
    file: "phases.csv",
    columns: &["id", "name", "year", "places", "summary", "sources"],
};

/// What claims are about.
pub const SUBJECTS: Sheet = Sheet {
    file: "subjects.csv",
    columns: &["id", "phase", "kind", "label"],
};

/// One source's word on one subject, one per row.
pub const CLAIMS: Sheet = Sheet {
    file: "claims.csv",
    columns: &[
        "id",
        "source",
        "subject",
        "speaker_kind",
        "speaker_name",
        "speaker_role",
        "date_precision",
        "date_value",
        "date_qualifier",
        "date_inferred",
        "date_inference",
        "value_key",
        "value_label",
        "value_counts",
        "summary",
        "quote",
        "translated_by",
        "forecast",
    ],
};

/// Dated happenings for the timeline.
pub const EVENTS: Sheet = Sheet {
    file: "events.csv",
    columns: &[
        "id",
        "date_precision",
        "date_value",
        "date_qualifier",
        "date_inferred",
        "date_inference",
        "phase",
        "summary",
        "sources",
    ],
};

/// Every file, in the order of the data file's records.
pub const SHEETS: [Sheet; 6] = [META, SOURCES, PHASES, SUBJECTS, CLAIMS, EVENTS];

/// Separates the items of a list (a phase's places, the source ids of a phase or an
/// event) in their one cell: one item per line. No id can hold a line break (ids are
/// letters, digits, `-`, `_` and `.`), nor can a place (the validator requires one line).
pub const LIST_SEPARATOR: char = '\n';

/// How a flag that is set is written; a flag that is not is left empty.
pub const TRUE: &str = "true";
