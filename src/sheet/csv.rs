//! Comma-separated values as RFC 4180 defines them: records separated by CRLF, cells by
//! commas, a cell holding a comma, a double quote or a line break wrapped in double quotes,
//! with each double quote inside doubled. The reader also takes what spreadsheets write:
//! LF or CR line endings, a UTF-8 byte-order mark, no line break after the last record.

use core::fmt;

/// A cell needs quotes when it holds one of these (a byte-order mark too, which the reader
/// drops at the start of a file).
const SPECIAL: [char; 5] = [',', '"', '\r', '\n', '\u{feff}'];

/// Writes `records` as CSV: CRLF after every record, a cell quoted only when it must be.
pub fn write(records: &[Vec<String>]) -> String {
    let mut out = String::new();
    for record in records {
        for (i, cell) in record.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            if cell.contains(SPECIAL) {
                out.push('"');
                out.push_str(&cell.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(cell);
            }
        }
        out.push_str("\r\n");
    }
    out
}

/// Why a CSV text could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvError {
    /// The record it happened in, counted from 1 (a spreadsheet's row number).
    pub row: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "row {}: {}", self.row, self.message)
    }
}

/// Reads CSV text into records of cells, exactly as written (nothing is trimmed). A line
/// break inside a quoted cell stays in the cell; an empty line is a record of one empty
/// cell; a line break at the very end starts no record.
pub fn read(text: &str) -> Result<Vec<Vec<String>>, CsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut chars = text.chars().peekable();
    let fail = |records: &Vec<Vec<String>>, message: &str| CsvError {
        row: records.len() + 1,
        message: message.to_owned(),
    };
    if chars.peek().is_none() {
        return Ok(records);
    }
    loop {
        let mut cell = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next() {
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        cell.push('"');
                    }
                    Some('"') => break,
                    Some(c) => cell.push(c),
                    None => return Err(fail(&records, "a quoted cell is never closed")),
                }
            }
            if !matches!(chars.peek(), None | Some(',' | '\r' | '\n')) {
                return Err(fail(
                    &records,
                    "text after the closing double quote of a cell",
                ));
            }
        } else {
            while let Some(&c) = chars.peek() {
                match c {
                    ',' | '\r' | '\n' => break,
                    '"' => {
                        return Err(fail(
                            &records,
                            "a double quote in a cell that does not start with one (wrap the cell in double quotes and double the quote)",
                        ))
                    }
                    c => {
                        cell.push(c);
                        chars.next();
                    }
                }
            }
        }
        record.push(cell);
        match chars.next() {
            Some(',') => {}
            Some(end) => {
                if end == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                records.push(core::mem::take(&mut record));
                if chars.peek().is_none() {
                    return Ok(records);
                }
            }
            None => {
                records.push(record);
                return Ok(records);
            }
        }
    }
}
