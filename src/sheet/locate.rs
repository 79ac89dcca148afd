//! Names a problem the build's validation found (by record and field, as in the data file:
//! `claim "C01", field date.value`) the way an editor finds it in the spreadsheet files:
//! `claims.csv row 15 (C01), column date_value`.

use super::columns::{Sheet, CLAIMS, EVENTS, META, PHASES, SOURCES, SUBJECTS};
use super::Problem;
use crate::core::validate::ValidationError;

/// One file's rows: each one's spreadsheet row number and id (`None` for `meta.csv`).
pub struct RowIndex {
    /// The file.
    pub sheet: Sheet,
    /// Each row's number and id.
    pub rows: Vec<(usize, Option<String>)>,
}

/// Where the validation's problem `e` is in the files indexed by `index`: the file of its
/// kind of record, every row with its record's id, the column of its field (or the columns
/// a field's parts are in: `date_*`).
pub fn locate(e: &ValidationError, index: &[RowIndex]) -> Problem {
    let rows_of = |sheet: Sheet| index.iter().find(|t| t.sheet == sheet);
    let (sheet, rows, id) = match e.record.as_str() {
        "dataset" if e.field == "phases" => (PHASES, Vec::new(), None),
        "dataset" | "meta" => (
            META,
            rows_of(META).map_or_else(Vec::new, |t| t.rows.iter().map(|r| r.0).collect()),
            None,
        ),
        record => {
            let Some((sheet, quoted)) = record
                .split_once(' ')
                .and_then(|(kind, quoted)| Some((sheet_of(kind)?, quoted)))
            else {
                return Problem::file(META.file, e.to_string());
            };
            let rows: Vec<(usize, String)> = rows_of(sheet)
                .map(|t| {
                    t.rows
                        .iter()
                        .filter_map(|(row, id)| {
                            let id = id.as_ref()?;
                            (format!("{id:?}") == quoted).then(|| (*row, id.clone()))
                        })
                        .collect()
                })
                .unwrap_or_default();
            let id = rows.first().map(|(_, id)| id.clone());
            (sheet, rows.into_iter().map(|(row, _)| row).collect(), id)
        }
    };
    let column = e.field.replace('.', "_");
    let column = if sheet.has(&column) {
        Some(column)
    } else if sheet
        .columns
        .iter()
        .any(|c| c.starts_with(&format!("{column}_")))
    {
        Some(format!("{column}_*"))
    } else {
        None
    };
    Problem {
        file: sheet.file,
        rows,
        id,
        column,
        message: e.message.clone(),
    }
}

/// The file holding records of `kind` ("claim").
fn sheet_of(kind: &str) -> Option<Sheet> {
    Some(match kind {
        "source" => SOURCES,
        "phase" => PHASES,
        "subject" => SUBJECTS,
        "claim" => CLAIMS,
        "event" => EVENTS,
        _ => return None,
    })
}
