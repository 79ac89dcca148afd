//! The spreadsheet files, without the command: the CSV reader and writer (RFC 4180), the
//! round trip of the bundled stories and of awkward real-world texts, and the documentation
//! of every column (`docs/spreadsheet.md`) against the columns written.

use phase_tracker::cli::data_file::{parse, to_json};
use phase_tracker::core::schema::RawDataset;
use phase_tracker::sheet::columns::SHEETS;
use phase_tracker::sheet::{csv, export, import, Problem};
use proptest::prelude::*;

/// A data file of the repository, parsed as the build parses it.
fn raw(path: &str) -> RawDataset {
    let text = std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
        .expect("the data file exists");
    parse(&text).unwrap_or_else(|e| panic!("{e:?}"))
}

/// Exports `raw` and imports the files back.
fn round_trip(raw: &RawDataset) -> Result<RawDataset, Vec<Problem>> {
    let files = export(raw);
    import(|name| {
        files
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, text)| text.clone())
            .ok_or_else(|| "not exported".to_owned())
    })
    .map(|(raw, _)| raw)
}

#[test]
fn the_writer_quotes_only_what_must_be_and_ends_records_with_crlf() {
    let text = csv::write(&[
        vec!["id".into(), "summary".into()],
        vec!["C1".into(), "plain".into()],
        vec!["C2".into(), "a, b".into()],
        vec!["C3".into(), "say \"no\"".into()],
        vec!["C4".into(), "two\nlines".into()],
        vec!["C5".into(), String::new()],
    ]);
    assert_eq!(
        text,
        "id,summary\r\nC1,plain\r\nC2,\"a, b\"\r\nC3,\"say \"\"no\"\"\"\r\nC4,\"two\nlines\"\r\nC5,\r\n"
    );
}

#[test]
fn the_reader_takes_what_spreadsheets_write() {
    let cells = |rows: &[&[&str]]| -> Vec<Vec<String>> {
        rows.iter()
            .map(|r| r.iter().map(|c| (*c).to_owned()).collect())
            .collect()
    };
    // LF line endings, a byte-order mark, no line break after the last record.
    assert_eq!(
        csv::read("\u{feff}id,x\nC1,\"a\r\nb\"\nC2,").unwrap(),
        cells(&[&["id", "x"], &["C1", "a\r\nb"], &["C2", ""]])
    );
    // Nothing is trimmed; an empty line is a record of one empty cell.
    assert_eq!(
        csv::read(" a , b \r\n\r\nc\r\n").unwrap(),
        cells(&[&[" a ", " b "], &[""], &["c"]])
    );
    assert_eq!(csv::read("").unwrap(), Vec::<Vec<String>>::new());
}

#[test]
fn the_reader_names_the_row_of_malformed_csv() {
    let error = |text: &str| csv::read(text).unwrap_err().to_string();
    assert_eq!(
        error("id\r\n\"C1\r\n"),
        "row 2: a quoted cell is never closed"
    );
    assert_eq!(
        error("id,x\r\nC1,a\"b\r\n"),
        "row 2: a double quote in a cell that does not start with one (wrap the cell in double quotes and double the quote)"
    );
    assert_eq!(
        error("id\r\nC1\r\n\"C2\"x\r\n"),
        "row 3: text after the closing double quote of a cell"
    );
}

proptest! {
    #[test]
    fn any_cells_survive_writing_and_reading(
        records in prop::collection::vec(prop::collection::vec(".{0,12}", 1..5), 0..6)
    ) {
        prop_assert_eq!(csv::read(&csv::write(&records)).unwrap(), records);
    }
}

#[test]
fn both_bundled_stories_make_the_round_trip_exactly() {
    for path in [
        "data/iraq-coalition.json",
        "tests/fixtures/example-story.json",
    ] {
        let original =
            std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let back = round_trip(&raw(path)).unwrap_or_else(|p| panic!("{path}: {p:?}"));
        assert!(
            to_json(&back) == original,
            "{path} changed in the round trip"
        );
    }
}

#[test]
fn real_place_names_and_texts_survive_the_round_trip() {
    let mut story = raw("tests/fixtures/example-story.json");
    story.phases[0].places = [
        "Joint Operations Command, Baghdad",
        "Ain al-Asad air base (Anbar)",
        "Qal'at \"Harir\" airfield",
        "Slêmanî; Sulaymaniyah",
        "Erbil | Hewlêr",
        "  Kirkuk K1 base ",
        "ḤalabjaⅡ\ttab",
    ]
    .map(String::from)
    .to_vec();
    story.claims[0].summary = "Line one.\nLine two, \"quoted\"; and more.\r\nThird.".into();
    story.sources[0].via = Some("AFP, via \"SpaceWar\"".into());
    story.meta.title = "=SUM(A1), +03:00".into();
    let back = round_trip(&story).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(to_json(&back), to_json(&story));
}

#[test]
fn every_column_is_documented_in_docs_spreadsheet_md() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/spreadsheet.md"))
        .expect("docs/spreadsheet.md exists");
    for sheet in SHEETS {
        // The file's section: from its heading to the next heading.
        let heading = format!("\n### `{}`", sheet.file);
        let start = doc
            .find(&heading)
            .unwrap_or_else(|| panic!("no section {heading:?}"));
        let section = &doc[start + heading.len()..];
        let section = &section[..section.find("\n#").unwrap_or(section.len())];
        let documented: Vec<&str> = section
            .lines()
            .filter_map(|l| l.strip_prefix("| `"))
            .filter_map(|l| l.split_once('`').map(|(name, _)| name))
            .collect();
        assert_eq!(
            documented, sheet.columns,
            "{}: the table must list every column, in order",
            sheet.file
        );
    }
}
