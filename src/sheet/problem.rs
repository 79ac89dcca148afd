//! One problem found while reading the spreadsheet files, named the way an editor finds it:
//! the file, the spreadsheet row (the header is row 1), the record's id, the column.

use core::fmt;

/// A problem in the spreadsheet files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file: "claims.csv".
    pub file: &'static str,
    /// The spreadsheet rows it is in (the header is row 1); empty for the whole file. A
    /// duplicate id names every row that has it.
    pub rows: Vec<usize>,
    /// The id in those rows, when they have one.
    pub id: Option<String>,
    /// The column, when the problem is in one cell: "date_value". A name ending in `_*`
    /// stands for the columns it begins ("date_*": every date column).
    pub column: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl Problem {
    /// A problem with a whole file.
    pub fn file(file: &'static str, message: impl Into<String>) -> Self {
        Self {
            file,
            rows: Vec::new(),
            id: None,
            column: None,
            message: message.into(),
        }
    }

    /// True when `self` and `other` point at the same cell, or at two cells of the same rows
    /// that say one thing together: whether a date is inferred and why (`date_inferred` and
    /// `date_inference`).
    pub fn same_field(&self, other: &Problem) -> bool {
        let field = |p: &Problem| {
            p.column.as_deref().map(|c| {
                c.strip_suffix("_inference")
                    .or_else(|| c.strip_suffix("_inferred"))
                    .map_or_else(|| c.to_owned(), |date| format!("{date}_inferred"))
            })
        };
        self.file == other.file && self.rows == other.rows && field(self) == field(other)
    }
}

impl fmt::Display for Problem {
    /// `claims.csv row 14 (C14a), column date_value: "2026-02-30" is not a real day date`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        match self.rows.as_slice() {
            [] => {}
            [row] => write!(f, " row {row}")?,
            [first @ .., last] => {
                let first: Vec<String> = first.iter().map(ToString::to_string).collect();
                write!(f, " rows {} and {last}", first.join(", "))?;
            }
        }
        if let Some(id) = self.id.as_deref().filter(|id| !id.is_empty()) {
            write!(f, " ({id})")?;
        }
        match self.column.as_deref() {
            Some(prefix) if prefix.ends_with("_*") => write!(f, ", columns {prefix}")?,
            Some(column) => write!(f, ", column {column}")?,
            None => {}
        }
        write!(f, ": {}", self.message)
    }
}
