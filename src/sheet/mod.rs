//! The story as spreadsheet files, and back: one CSV file per kind of record (`meta.csv`,
//! `sources.csv`, `phases.csv`, `subjects.csv`, `claims.csv`, `events.csv`), one column per
//! field of the data file, nested fields flattened (`date_precision`, `speaker_name`,
//! `value_key`), lists one item per line inside their cell. `docs/spreadsheet.md` documents
//! every column. Pure (no files, no browser): the `story` tool reads and writes the files.
//!
//! [`export`] writes a data file's records as sheets; [`import`] reads them back, names every
//! problem by file, row, id and column, and runs the build's validation. A valid story makes
//! the round trip exactly: exporting and importing gives back the same records.

pub mod columns;
pub mod csv;
mod export;
mod import;
mod locate;
mod problem;

pub use export::export;
pub use import::import;
pub use problem::Problem;
