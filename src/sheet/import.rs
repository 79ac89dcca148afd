//! Spreadsheet files back into a data file's records, every problem named by file, row, id
//! and column; then the build's own validation, its problems named the same way.

use super::columns::{Sheet, LIST_SEPARATOR, META, SHEETS, TRUE};
use super::csv;
use super::locate::{locate, RowIndex};
use super::Problem;
use crate::core::schema::{
    RawClaim, RawDataset, RawDate, RawEvent, RawMeta, RawPhase, RawSource, RawSpeaker, RawSubject,
    RawValue,
};
use crate::core::story::Story;
use core::str::FromStr;

/// Reads the story from its spreadsheet files. `read` gives a file's text by name
/// ("claims.csv"), or says why it cannot. Returns the records and the validated story, or
/// every problem: first those of the files themselves (unreadable, malformed CSV, missing,
/// unknown or repeated columns, rows of the wrong length, flags and numbers that are not
/// one), then what the build's validation finds (bad dates, unknown and duplicate ids,
/// empty texts...), each named by file, row, id and column.
pub fn import(
    mut read: impl FnMut(&'static str) -> Result<String, String>,
) -> Result<(RawDataset, Story), Vec<Problem>> {
    let mut problems = Vec::new();
    let tables: Vec<Option<Table>> = SHEETS
        .iter()
        .map(|sheet| Table::read(*sheet, &mut read, &mut problems))
        .collect();
    let [Some(meta), Some(sources), Some(phases), Some(subjects), Some(claims), Some(events)] =
        <[Option<Table>; 6]>::try_from(tables).unwrap_or_else(|_| unreachable!("six sheets"))
    else {
        return Err(problems);
    };

    let p = &mut problems;
    let mut metas: Vec<(u32, RawMeta)> = meta.rows(p, |c| {
        (
            c.number("format"),
            RawMeta {
                title: c.text("title"),
                dek: c.text("dek"),
                last_reviewed: c.text("last_reviewed"),
                time_zone: c.text("time_zone"),
                utc_offset: c.text("utc_offset"),
                axis_start: c.text("axis_start"),
                axis_end: c.text("axis_end"),
            },
        )
    });
    if metas.len() != 1 {
        p.push(Problem::file(
            META.file,
            format!(
                "needs exactly one row under the header, with the story's title and clock (found {})",
                metas.len()
            ),
        ));
    }
    let raw = RawDataset {
        sources: sources.rows(p, |c| RawSource {
            id: c.text("id"),
            outlet: c.text("outlet"),
            headline: c.optional("headline"),
            published: c.date("published").unwrap_or_else(no_date),
            url: c.optional("url"),
            via: c.optional("via"),
        }),
        phases: phases.rows(p, |c| RawPhase {
            id: c.text("id"),
            name: c.text("name"),
            year: c.number("year"),
            places: c.list("places"),
            summary: c.text("summary"),
            sources: c.list("sources"),
        }),
        subjects: subjects.rows(p, |c| RawSubject {
            id: c.text("id"),
            phase: c.optional("phase"),
            kind: c.text("kind"),
            label: c.text("label"),
        }),
        claims: claims.rows(p, |c| RawClaim {
            id: c.text("id"),
            source: c.text("source"),
            subject: c.text("subject"),
            speaker: RawSpeaker {
                kind: c.text("speaker_kind"),
                name: c.optional("speaker_name"),
                role: c.optional("speaker_role"),
            },
            date: c.date("date"),
            value: match (
                c.optional("value_key"),
                c.optional("value_label"),
                c.optional("value_counts"),
            ) {
                (None, None, None) => None,
                (key, label, counts) => Some(RawValue {
                    key: key.unwrap_or_default(),
                    label: label.unwrap_or_default(),
                    counts,
                }),
            },
            summary: c.text("summary"),
            quote: c.optional("quote"),
            translated_by: c.optional("translated_by"),
            forecast: c.flag("forecast"),
        }),
        events: events.rows(p, |c| RawEvent {
            id: c.text("id"),
            date: c.date("date").unwrap_or_else(no_date),
            phase: c.optional("phase"),
            summary: c.text("summary"),
            sources: c.list("sources"),
        }),
        format: metas.first().map_or(0, |(format, _)| *format),
        meta: metas
            .pop()
            .map(|(_, meta)| meta)
            .unwrap_or_else(|| RawMeta {
                title: String::new(),
                dek: String::new(),
                last_reviewed: String::new(),
                time_zone: String::new(),
                utc_offset: String::new(),
                axis_start: String::new(),
                axis_end: String::new(),
            }),
    };
    if problems
        .iter()
        .any(|p| p.file == META.file && p.rows.is_empty())
    {
        return Err(problems);
    }

    let index: Vec<RowIndex> = [&meta, &sources, &phases, &subjects, &claims, &events]
        .iter()
        .map(|t| t.index())
        .collect();
    let read_stage = problems.len();
    match Story::from_raw(raw.clone()) {
        Ok(story) if problems.is_empty() => Ok((raw, story)),
        Ok(_) => Err(problems),
        Err(errors) => {
            for e in &errors.0 {
                let found = locate(e, &index);
                // A field whose cell could not be read (a flag that is not one, read as
                // false) is not judged again; a duplicate id is named once, with all its rows.
                let known = problems[..read_stage].iter().any(|p| p.same_field(&found))
                    || problems.contains(&found);
                if !known {
                    problems.push(found);
                }
            }
            Err(problems)
        }
    }
}

/// A required date whose cells are all empty: the validation names its precision as unknown.
fn no_date() -> RawDate {
    RawDate {
        precision: String::new(),
        value: String::new(),
        qualifier: None,
        inferred: false,
        inference: None,
    }
}

/// One file's records, read and matched to its sheet's columns.
struct Table {
    /// Which file.
    sheet: Sheet,
    /// For each of the sheet's columns, where it is in the file's header.
    at: Vec<usize>,
    /// The rows under the header that are not blank, with their spreadsheet row number.
    rows: Vec<(usize, Vec<String>)>,
}

impl Table {
    /// Reads and checks one file, or adds why it cannot be used to `problems`.
    fn read(
        sheet: Sheet,
        read: &mut impl FnMut(&'static str) -> Result<String, String>,
        problems: &mut Vec<Problem>,
    ) -> Option<Table> {
        let file = sheet.file;
        let fail = |problems: &mut Vec<Problem>, message: String| {
            problems.push(Problem::file(file, message));
            None
        };
        let text = match read(file) {
            Ok(text) => text,
            Err(e) => return fail(problems, format!("cannot be read: {e}")),
        };
        let mut records = match csv::read(&text) {
            Ok(records) => records,
            Err(e) => return fail(problems, format!("is not valid CSV: {e}")),
        }
        .into_iter();
        let expected = sheet.columns.join(", ");
        let Some(header) = records.next() else {
            return fail(
                problems,
                format!("is empty: it needs its header row ({expected})"),
            );
        };
        let before = problems.len();
        let header_problem = |problems: &mut Vec<Problem>, message: String| {
            problems.push(Problem {
                rows: vec![1],
                ..Problem::file(file, message)
            })
        };
        for (i, name) in header.iter().enumerate() {
            if !sheet.has(name) {
                header_problem(
                    problems,
                    format!("unknown column {name:?} (the columns are {expected})"),
                );
            } else if header[..i].contains(name) {
                header_problem(problems, format!("column {name:?} appears twice"));
            }
        }
        let at: Vec<usize> = sheet
            .columns
            .iter()
            .filter_map(|column| {
                let found = header.iter().position(|h| h == column);
                if found.is_none() {
                    header_problem(problems, format!("missing column {column:?}"));
                }
                found
            })
            .collect();
        if problems.len() > before {
            return None;
        }
        let rows = records
            .enumerate()
            .map(|(i, cells)| (i + 2, cells))
            .filter(|(_, cells)| cells.iter().any(|c| !c.is_empty()))
            .map(|(row, mut cells)| {
                if cells.len() != header.len() {
                    let id = sheet
                        .columns
                        .iter()
                        .position(|c| *c == "id")
                        .and_then(|i| cells.get(at[i]).cloned());
                    problems.push(Problem {
                        rows: vec![row],
                        id,
                        ..Problem::file(
                            file,
                            format!(
                                "{} cells, but the header has {} columns",
                                cells.len(),
                                header.len()
                            ),
                        )
                    });
                    cells.resize(header.len(), String::new());
                }
                (row, cells)
            })
            .collect();
        Some(Table { sheet, at, rows })
    }

    /// Each row made into a record by `make`, which reads its cells.
    fn rows<T>(
        &self,
        problems: &mut Vec<Problem>,
        mut make: impl FnMut(&mut Cells) -> T,
    ) -> Vec<T> {
        self.rows
            .iter()
            .map(|(row, cells)| {
                let mut c = Cells {
                    table: self,
                    row: *row,
                    cells,
                    problems,
                };
                make(&mut c)
            })
            .collect()
    }

    /// Each row's number and id, to name the rows the validation's problems are in.
    fn index(&self) -> RowIndex {
        let id = self.sheet.columns.iter().position(|c| *c == "id");
        RowIndex {
            sheet: self.sheet,
            rows: self
                .rows
                .iter()
                .map(|(row, cells)| (*row, id.map(|i| cells[self.at[i]].clone())))
                .collect(),
        }
    }
}

/// The cells of one row, read by column name; what cannot be read is added to the problems.
struct Cells<'a> {
    table: &'a Table,
    row: usize,
    cells: &'a [String],
    problems: &'a mut Vec<Problem>,
}

impl Cells<'_> {
    /// The cell in `column`, exactly as written.
    fn text(&self, column: &str) -> String {
        let i = self
            .table
            .sheet
            .columns
            .iter()
            .position(|c| *c == column)
            .unwrap_or_else(|| panic!("{} has no column {column}", self.table.sheet.file));
        self.cells[self.table.at[i]].clone()
    }

    /// The cell in `column`, or `None` when it is empty.
    fn optional(&self, column: &str) -> Option<String> {
        Some(self.text(column)).filter(|t| !t.is_empty())
    }

    /// The items of a list, one per line (blank lines are not items).
    fn list(&self, column: &str) -> Vec<String> {
        self.text(column)
            .split(LIST_SEPARATOR)
            .map(|item| item.strip_suffix('\r').unwrap_or(item))
            .filter(|item| !item.is_empty())
            .map(str::to_owned)
            .collect()
    }

    /// A flag: [`TRUE`] (in any case) is set; empty or "false" is not.
    fn flag(&mut self, column: &str) -> bool {
        let text = self.text(column);
        if text.eq_ignore_ascii_case(TRUE) {
            true
        } else if text.is_empty() || text.eq_ignore_ascii_case("false") {
            false
        } else {
            self.fail(
                column,
                format!("{text:?} is not true or false (leave the cell empty for false)"),
            );
            false
        }
    }

    /// A whole number.
    fn number<T: FromStr + Default>(&mut self, column: &str) -> T {
        let text = self.text(column);
        text.parse().unwrap_or_else(|_| {
            self.fail(column, format!("{text:?} is not a whole number"));
            T::default()
        })
    }

    /// The date in the columns `<prefix>_precision`, `_value`, `_qualifier`, `_inferred` and
    /// `_inference`, or `None` when they are all empty.
    fn date(&mut self, prefix: &str) -> Option<RawDate> {
        let column = |part: &str| format!("{prefix}_{part}");
        let date = RawDate {
            precision: self.text(&column("precision")),
            value: self.text(&column("value")),
            qualifier: self.optional(&column("qualifier")),
            inferred: self.flag(&column("inferred")),
            inference: self.optional(&column("inference")),
        };
        let blank = date.precision.is_empty()
            && date.value.is_empty()
            && date.qualifier.is_none()
            && !date.inferred
            && date.inference.is_none();
        (!blank).then_some(date)
    }

    /// Adds a problem with the cell in `column`.
    fn fail(&mut self, column: &str, message: String) {
        let id = self.table.sheet.has("id").then(|| self.text("id"));
        self.problems.push(Problem {
            rows: vec![self.row],
            id,
            column: Some(column.to_owned()),
            ..Problem::file(self.table.sheet.file, message)
        });
    }
}
