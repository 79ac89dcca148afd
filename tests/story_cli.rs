//! The editors' `story` command, run as the real binary: `check` on the bundled stories and
//! on broken files, `show` at fixed instants (what the core answers, in the widget's words),
//! the spreadsheet round trip of both bundled stories, malformed spreadsheet files with their
//! named problems, and the README's walk-through of adding a report.

mod common;

use common::at;
use phase_tracker::cli::data_file::{self, to_json};
use phase_tracker::core::countdown::{countdown, reading};
use phase_tracker::core::date::{format_day, local_day};
use phase_tracker::core::disagreement::disagreement;
use phase_tracker::core::status::phase_status;
use phase_tracker::core::story::{Story, SubjectKind};
use phase_tracker::html::{position_name, positions_text};
use phase_tracker::sheet::csv;
use phase_tracker::text;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const DATA: &str = "data/iraq-coalition.json";
const FIXTURE: &str = "tests/fixtures/example-story.json";

/// Runs `story` with `args` from the repository's root, without `PHASE_TRACKER_DATA`.
fn story(args: &[&str]) -> Output {
    story_with(args, None)
}

/// Runs `story` with `args`, with `PHASE_TRACKER_DATA` set to `data` (or unset).
fn story_with(args: &[&str], data: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_story"));
    command
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("PHASE_TRACKER_DATA");
    if let Some(data) = data {
        command.env("PHASE_TRACKER_DATA", data);
    }
    command.output().expect("the story binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("UTF-8")
}

/// Asserts the exit status, showing what the command said when it is not `code`.
#[track_caller]
fn assert_exit(o: &Output, code: i32) {
    assert_eq!(
        o.status.code(),
        Some(code),
        "stdout:\n{}\nstderr:\n{}",
        stdout(o),
        stderr(o)
    );
}

/// A fresh, empty folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("story-cli")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A path as an argument.
fn arg(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

/// A repository file's text.
fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

/// A repository data file, validated as the build does.
fn load(path: &str) -> Story {
    data_file::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|e| panic!("{e:?}"))
        .1
}

#[test]
fn check_passes_both_bundled_stories_with_a_one_line_summary() {
    for path in [DATA, FIXTURE] {
        let o = story(&["check", path]);
        assert_exit(&o, 0);
        let s = load(path);
        // The data file's line first; then, for the bundled story, one per translation.
        let translations = if path == DATA {
            ["ar", "ckb"]
                .map(|l| format!("data/translations/{l}.json: valid: 0 texts left in English, 0 quotes without our translation; not yet reviewed by an editor (the page says so)\n"))
                .concat()
        } else {
            String::new()
        };
        assert_eq!(
            stdout(&o),
            format!(
                "{path}: valid: {} sources, {} phases, {} subjects, {} claims, {} events\n{translations}",
                s.sources.len(),
                s.phases.len(),
                s.subjects.len(),
                s.claims.len(),
                s.events.len()
            )
        );
        assert_eq!(stderr(&o), "");
    }
    // Hand-counted: the bundled story as of this round.
    assert!(stdout(&story(&["check"])).starts_with(
        "data/iraq-coalition.json: valid: 26 sources, 2 phases, 13 subjects, 66 claims, 17 events"
    ));
    // Without a file, PHASE_TRACKER_DATA names it, as for the build.
    let o = story_with(&["check"], Some(FIXTURE));
    assert_exit(&o, 0);
    assert!(stdout(&o).starts_with(&format!("{FIXTURE}: valid: 4 sources")));
}

#[test]
fn check_names_every_problem_by_record_and_field_and_exits_1() {
    let dir = scratch("check-broken");
    let mut data: serde_json::Value = serde_json::from_str(&read(DATA)).unwrap();
    data["claims"][0]["date"]["value"] = "2025-02-30".into();
    data["claims"][3]["source"] = "nowhere".into();
    data["events"][0]["summary"] = " ".into();
    let file = dir.join("broken.json");
    std::fs::write(&file, serde_json::to_string_pretty(&data).unwrap()).unwrap();
    let o = story(&["check", arg(&file)]);
    assert_exit(&o, 1);
    let f = file.display();
    assert_eq!(
        stderr(&o),
        format!(
            "{f}: claim \"C01\", field date.value: \"2025-02-30\" is not a real month date\n\
             {f}: claim \"C03\", field source: no source has the id \"nowhere\"\n\
             {f}: event \"E01\", field summary: must not be empty\n\
             3 problems; the build would stop here\n"
        )
    );
    assert_eq!(stdout(&o), "");

    // Records that do not fit the format are named too, each one.
    let mut data: serde_json::Value = serde_json::from_str(&read(DATA)).unwrap();
    data["claims"][0]["colour"] = "red".into();
    data["events"][0].as_object_mut().unwrap().remove("summary");
    std::fs::write(&file, serde_json::to_string_pretty(&data).unwrap()).unwrap();
    let o = story(&["check", arg(&file)]);
    assert_exit(&o, 1);
    let err = stderr(&o);
    assert!(
        err.contains(&format!("{f}: claim \"C01\": unknown field `colour`")),
        "{err}"
    );
    assert!(
        err.contains(&format!("{f}: event \"E01\": missing field `summary`")),
        "{err}"
    );
    assert!(
        err.ends_with("2 problems; the build would stop here\n"),
        "{err}"
    );

    // Not JSON: the parser's line and column.
    std::fs::write(
        &file,
        read(DATA).replacen("\"format\": 1,", "\"format\": 1", 1),
    )
    .unwrap();
    let o = story(&["check", arg(&file)]);
    assert_exit(&o, 1);
    assert!(
        stderr(&o).starts_with(&format!("{f}: expected `,` or `}}` at line 3 column 3\n")),
        "{}",
        stderr(&o)
    );

    let o = story(&["check", "no/such/file.json"]);
    assert_exit(&o, 1);
    assert!(stderr(&o).starts_with("no/such/file.json: cannot be read: "));
}

#[test]
fn check_reads_each_translation_beside_the_data_file_as_its_build_would() {
    let dir = scratch("translations");
    std::fs::create_dir_all(dir.join("translations")).unwrap();
    let data = dir.join("story.json");
    std::fs::write(&data, read(DATA)).unwrap();
    let mut ar: serde_json::Value =
        serde_json::from_str(&read("data/translations/ar.json")).unwrap();
    let texts = ar["texts"].as_object_mut().unwrap();
    texts.remove("event.E01.summary");
    texts.remove("claim.C26.quote_translation");
    std::fs::write(dir.join("translations/ar.json"), ar.to_string()).unwrap();
    let o = story(&["check", arg(&data)]);
    assert_exit(&o, 0);
    let table = dir.join("translations/ar.json");
    let table = arg(&table);
    assert!(stdout(&o).contains(&format!(
        "{table}: no translation of event.E01.summary: shown in English\n"
    )));
    assert!(stdout(&o).contains(&format!(
        "{table}: no translation of claim.C26.quote_translation: the quote stands alone\n"
    )));
    assert!(stdout(&o).contains(&format!(
        "{table}: valid: 1 texts left in English, 1 quotes"
    )));

    // A key that names nothing, and a quote translation for a claim with no quote: errors,
    // each named, and the build would stop.
    let texts = ar["texts"].as_object_mut().unwrap();
    texts.insert("claim.C999.summary".into(), "x".into());
    texts.insert("claim.C01.quote_translation".into(), "x".into());
    std::fs::write(dir.join("translations/ar.json"), ar.to_string()).unwrap();
    let o = story(&["check", arg(&data)]);
    assert_exit(&o, 1);
    assert!(stderr(&o).contains(&format!(
        "{table}: claim.C999.summary: names no text field of the story\n"
    )));
    std::fs::write(dir.join("translations/ar.json"), "{\"reviewed\": false}").unwrap();
    let o = story(&["check", arg(&data)]);
    assert_exit(&o, 1);
    assert!(
        stderr(&o).contains("missing field `texts`"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    for args in [
        &[][..],
        &["publish"],
        &["check", "a.json", "b.json"],
        &["show", "--colour", "red"],
        &["show", "--now"],
        &["export"],
        &["import"],
        &["export", "dir", "--out", "x.json"],
    ] {
        let o = story(args);
        assert_exit(&o, 2);
        assert!(
            stderr(&o).starts_with("story: "),
            "{args:?}: {}",
            stderr(&o)
        );
        assert!(stderr(&o).ends_with("(story help prints the usage)\n"));
    }
    let o = story(&["show", "--lang", "fr"]);
    assert_exit(&o, 2);
    assert_eq!(
        stderr(&o),
        "story: show: no text in language \"fr\" yet; the widget's words exist in en only (src/text.rs)\n(story help prints the usage)\n"
    );
    for bad in ["2026-02-30", "25/11/2026", "2026-11-25T25:00:00Z"] {
        let o = story(&["show", "--now", bad]);
        assert_exit(&o, 2);
        assert_eq!(
            stderr(&o),
            format!("story: show: --now {bad:?} is neither a day (YYYY-MM-DD) nor an RFC 3339 instant (2026-11-25T12:00:00+03:00)\n")
        );
    }
    for args in [&["help"][..], &["--help"], &["show", "-h"]] {
        let o = story(args);
        assert_exit(&o, 0);
        assert_eq!(stdout(&o), phase_tracker::cli::USAGE);
    }
}

/// `story show` on `path` at `now` (as given on the command line), and the instant it means.
fn show(path: &str, now: &str) -> String {
    let o = story(&["show", "--now", now, "--data", path, "--lang", "en"]);
    assert_exit(&o, 0);
    stdout(&o)
}

/// Asserts that `out` says, at `now`, what the core answers for `story`: each phase's
/// status, its deadline rows with their countdown reading, the badges at a glance with their
/// positions and source counts, and the quiet line exactly when the core gives one.
#[track_caller]
fn assert_shows_the_core(story: &Story, now: &str, out: &str) {
    let now = at(now);
    let zone = story.meta.offset;
    assert!(out.starts_with(&format!(
        "{}\n\n{}\n",
        text::preview(&format_day(local_day(now, zone))),
        story.meta.title
    )));
    for phase in &story.phases {
        let status = phase_status(story, phase, now);
        let tab = format!(
            "\n{}: {}\n",
            text::tab(&phase.name, phase.year),
            text::status(status.status)
        );
        assert!(out.contains(&tab), "no {tab:?} in\n{out}");
        let block = &out[out.find(&tab).unwrap()..];
        let block = &block[..block[1..].find("\n\n").map_or(block.len(), |i| i + 1)];
        for d in countdown(story, phase, now).deadlines {
            let row = format!("    {}", position_name(&d.position));
            let line = block
                .lines()
                .find(|l| l.starts_with(&row) && !l.contains("Sources disagree"))
                .unwrap_or_else(|| panic!("no row {row:?} in\n{block}"));
            let reading = text::reading(reading(&d.position, zone, now));
            assert!(line.contains(&format!(": {reading}")), "{line}");
        }
        for kind in [SubjectKind::Deadline, SubjectKind::Completion] {
            for subject in story.subjects_of(&phase.id, kind) {
                if let Some(d) = disagreement(story, subject, now) {
                    let badge = format!(
                        "{} {}: {}",
                        text::BADGE_LEAD,
                        text::badge_subject(&subject.label),
                        positions_text(story, &d)
                    );
                    assert!(block.contains(&badge), "no {badge:?} in\n{block}");
                }
            }
        }
        match status.quiet_since {
            Some(day) => {
                let quiet = text::quiet_since(&format_day(local_day(day, zone)));
                assert!(block.contains(&format!("  {quiet}\n")), "{block}");
            }
            None => assert!(!block.contains("No report on this phase since"), "{block}"),
        }
    }
}

#[test]
fn show_says_what_the_core_answers_on_the_bundled_story() {
    let s = load(DATA);
    // 25 Nov 2026 (the test suite's build day) and 20 Aug 2025, before the federal deadline.
    for (now, instant) in [
        ("2026-11-25", "2026-11-25T00:00:00+03:00"),
        ("2025-08-20T12:00:00+03:00", "2025-08-20T12:00:00+03:00"),
    ] {
        assert_shows_the_core(&s, instant, &show(DATA, now));
    }
    // Worked out by hand from the claims register (tests/story.rs has 59 and 32 days on
    // 29 Nov): on 25 Nov 2026, four days earlier.
    let late = show(DATA, "2026-11-25");
    for line in [
        "Federal Iraq, 2025: Completion reported",
        "Kurdistan Region, 2026: No completion reported",
        "  Deadline passed: September 2026 (8 sources). Still ahead: end of 2026 (2 sources).",
        "  No report on this phase since 12 Mar 2026.",
        "    Sources disagree on the deadline: September 2026 (8 sources) · end of 2026 (2 sources)",
        "    September 2026 (month given, no day): window closed 55 days ago",
        "    end of 2026 (year given, no day): window closes in 36 days",
        "    at least until September 2026 (a floor, not a deadline): Rudaw, 27 Sep 2024 (inferred date)",
    ] {
        assert!(late.lines().any(|l| l == line), "no line {line:?} in\n{late}");
    }
    // Before the federal deadline: a start reported, a window still open, no quiet line.
    let early = show(DATA, "2025-08-20T12:00:00+03:00");
    for line in [
        "Federal Iraq, 2025: Start reported",
        "    September 2025 (month given, no day): window closes in 41 days",
        "Kurdistan Region, 2026: No start reported",
    ] {
        assert!(
            early.lines().any(|l| l == line),
            "no line {line:?} in\n{early}"
        );
    }
    assert!(!early.contains("No report on this phase since"));
}

#[test]
fn show_says_what_the_core_answers_on_the_fixture_story() {
    let s = load(FIXTURE);
    for now in ["2026-06-01T12:00:00-05:00", "2025-03-01T00:00:00-05:00"] {
        assert_shows_the_core(&s, now, &show(FIXTURE, now));
    }
    // The south span's deadline is given to the day: it ticks to the second.
    let out = show(FIXTURE, "2026-06-01T12:00:00-05:00");
    for line in [
        "North span, 2025: Completion reported",
        "South span, 2026: No start reported",
        "    30 Jun 2026: 29 days 12 h 00 min 00 s left",
        "Across both phases · 1 subject, 1 disputed, 1 event",
        "  Sources disagree on the detour route: Via Elm Street (1 source) · Via Harbor Road (1 source)",
    ] {
        assert!(out.lines().any(|l| l == line), "no line {line:?} in\n{out}");
    }
    // A bare day is midnight in the story's zone (-05:00), as the widget's ?now= reads it.
    assert_eq!(
        show(FIXTURE, "2025-03-01"),
        show(FIXTURE, "2025-03-01T00:00:00-05:00")
    );
}

#[test]
fn show_without_now_uses_the_clock_and_no_preview_banner() {
    let o = story(&["show"]);
    assert_exit(&o, 0);
    let out = stdout(&o);
    assert!(
        out.starts_with("The end of the coalition's mission in Iraq\n"),
        "{out}"
    );
    assert!(!out.contains("Replay: as reported by"));
}

#[test]
fn export_then_import_gives_back_both_bundled_stories_byte_for_byte() {
    for (name, path) in [("data", DATA), ("fixture", FIXTURE)] {
        let dir = scratch(&format!("round-trip-{name}"));
        let sheets = dir.join("sheets");
        let o = story(&["export", arg(&sheets), "--data", path]);
        assert_exit(&o, 0);
        assert_eq!(
            stdout(&o),
            format!(
                "wrote meta.csv, sources.csv, phases.csv, subjects.csv, claims.csv, events.csv to {}\n",
                sheets.display()
            )
        );
        // Each file: a header row with the documented columns, CRLF line ends.
        for sheet in phase_tracker::sheet::columns::SHEETS {
            let text = std::fs::read_to_string(sheets.join(sheet.file)).unwrap();
            assert!(text.starts_with(&format!("{}\r\n", sheet.columns.join(","))));
        }
        let out = dir.join("story.json");
        let o = story(&["import", arg(&sheets), "--out", arg(&out)]);
        assert_exit(&o, 0);
        assert!(
            std::fs::read(&out).unwrap() == read(path).into_bytes(),
            "{path} changed"
        );
        // Importing again changes nothing.
        let o = story(&["import", arg(&sheets), "--out", arg(&out)]);
        assert_exit(&o, 0);
        assert!(stdout(&o).contains(": unchanged ("), "{}", stdout(&o));
    }
}

#[test]
fn the_data_files_are_in_the_form_import_writes() {
    // The bundled files are already in the canonical form, so the first import of an
    // unchanged export rewrites nothing.
    for path in [DATA, FIXTURE] {
        let raw = data_file::parse(&read(path)).unwrap();
        assert!(to_json(&raw) == read(path), "{path}");
    }
}

/// The fixture exported into a fresh folder; returns the folder and the data file to import
/// into, which holds "untouched" so a test can see that nothing was written.
fn exported_fixture(name: &str) -> (PathBuf, PathBuf) {
    let dir = scratch(name);
    let sheets = dir.join("sheets");
    assert_exit(&story(&["export", arg(&sheets), "--data", FIXTURE]), 0);
    let out = dir.join("story.json");
    std::fs::write(&out, "untouched").unwrap();
    (sheets, out)
}

/// Edits the CSV file `name` in `dir`: `edit` changes its records (the header is record 0).
fn edit(dir: &Path, name: &str, edit: impl FnOnce(&mut Vec<Vec<String>>)) {
    let path = dir.join(name);
    let mut records = csv::read(&std::fs::read_to_string(&path).unwrap()).unwrap();
    edit(&mut records);
    std::fs::write(&path, csv::write(&records)).unwrap();
}

/// The column `name`'s position in a header.
fn col(records: &[Vec<String>], name: &str) -> usize {
    records[0].iter().position(|c| c == name).unwrap()
}

/// Imports `sheets` into `out`, expecting failure: returns the problems as printed, each
/// without the folder, and checks that the data file was not touched.
fn import_fails(sheets: &Path, out: &Path) -> Vec<String> {
    let o = story(&["import", arg(sheets), "--out", arg(out)]);
    assert_exit(&o, 1);
    assert_eq!(std::fs::read_to_string(out).unwrap(), "untouched");
    let prefix = format!("{}/", sheets.display());
    let err = stderr(&o);
    let mut lines: Vec<String> = err
        .lines()
        .map(|l| l.strip_prefix(&prefix).unwrap_or(l).to_owned())
        .collect();
    let last = lines.pop().unwrap();
    assert_eq!(
        last,
        format!(
            "{} {}; nothing was written",
            lines.len(),
            if lines.len() == 1 {
                "problem"
            } else {
                "problems"
            }
        )
    );
    lines
}

#[test]
fn import_names_wrong_missing_and_repeated_columns() {
    let (sheets, out) = exported_fixture("columns");
    edit(&sheets, "claims.csv", |r| {
        let at = col(r, "date_value");
        for row in r.iter_mut() {
            row.remove(at);
        }
        r[0].push("notes".into());
        for row in r[1..].iter_mut() {
            row.push(String::new());
        }
    });
    edit(&sheets, "events.csv", |r| {
        let summary = col(r, "summary");
        r[0][summary] = "phase".into();
    });
    assert_eq!(
        import_fails(&sheets, &out),
        [
            "claims.csv row 1: unknown column \"notes\" (the columns are id, source, subject, speaker_kind, speaker_name, speaker_role, date_precision, date_value, date_qualifier, date_inferred, date_inference, value_key, value_label, value_counts, summary, quote, translated_by, forecast)",
            "claims.csv row 1: missing column \"date_value\"",
            "events.csv row 1: column \"phase\" appears twice",
            "events.csv row 1: missing column \"summary\"",
        ]
    );
}

#[test]
fn import_names_rows_of_the_wrong_length_and_malformed_csv() {
    let (sheets, out) = exported_fixture("rows");
    edit(&sheets, "subjects.csv", |r| {
        r[2].push("extra".into());
    });
    let id = csv::read(&std::fs::read_to_string(sheets.join("subjects.csv")).unwrap()).unwrap()[2]
        [0]
    .clone();
    assert_eq!(
        import_fails(&sheets, &out),
        [format!(
            "subjects.csv row 3 ({id}): 5 cells, but the header has 4 columns"
        )]
    );
    let (sheets, out) = exported_fixture("malformed");
    let path = sheets.join("sources.csv");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("{text}x1,\"Open quote\r\n")).unwrap();
    std::fs::remove_file(sheets.join("events.csv")).unwrap();
    let rows = text.lines().count();
    let problems = import_fails(&sheets, &out);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert_eq!(
        problems[0],
        format!(
            "sources.csv: is not valid CSV: row {}: a quoted cell is never closed",
            rows + 1
        )
    );
    assert!(
        problems[1].starts_with("events.csv: cannot be read: "),
        "{problems:?}"
    );
}

#[test]
fn import_names_bad_dates_flags_numbers_and_unknown_ids_by_row_and_column() {
    let (sheets, out) = exported_fixture("cells");
    let mut ids = Vec::new();
    edit(&sheets, "claims.csv", |r| {
        let (value, precision) = (col(r, "date_value"), col(r, "date_precision"));
        let (source, forecast) = (col(r, "source"), col(r, "forecast"));
        let dated: Vec<usize> = (1..r.len()).filter(|&i| !r[i][value].is_empty()).collect();
        r[dated[0]][precision] = "day".into();
        r[dated[0]][value] = "2025-02-30".into();
        r[dated[1]][precision] = "fortnight".into();
        r[dated[2]][source] = "nowhere".into();
        r[dated[2]][forecast] = "yes".into();
        ids = dated[..3]
            .iter()
            .map(|&i| (i + 1, r[i][0].clone()))
            .collect();
    });
    edit(&sheets, "phases.csv", |r| {
        let (year, sources) = (col(r, "year"), col(r, "sources"));
        r[1][year] = "2025a".into();
        r[2][sources].push_str("\nno-such-source");
    });
    edit(&sheets, "meta.csv", |r| {
        let axis = col(r, "axis_start");
        r[1][axis] = "01/01/2025".into();
    });
    let phases = csv::read(&std::fs::read_to_string(sheets.join("phases.csv")).unwrap()).unwrap();
    let ((r0, c0), (r1, c1), (r2, c2)) = (ids[0].clone(), ids[1].clone(), ids[2].clone());
    assert_eq!(
        import_fails(&sheets, &out),
        [
            format!("phases.csv row 2 ({}), column year: \"2025a\" is not a whole number", phases[1][0]),
            format!("claims.csv row {r2} ({c2}), column forecast: \"yes\" is not true or false (leave the cell empty for false)"),
            "meta.csv row 2, column axis_start: \"01/01/2025\" is not a real day date".to_owned(),
            format!("phases.csv row 3 ({}), column sources: no source has the id \"no-such-source\"", phases[2][0]),
            format!("claims.csv row {r0} ({c0}), column date_value: \"2025-02-30\" is not a real day date"),
            format!("claims.csv row {r1} ({c1}), column date_precision: unknown precision \"fortnight\" (expected day, week, month or year)"),
            format!("claims.csv row {r2} ({c2}), column source: no source has the id \"nowhere\""),
        ]
    );
}

#[test]
fn import_names_duplicate_ids_with_every_row_that_has_them() {
    let (sheets, out) = exported_fixture("duplicates");
    let mut id = String::new();
    let mut rows = 0;
    edit(&sheets, "claims.csv", |r| {
        r.push(r[2].clone());
        id = r[2][0].clone();
        rows = r.len();
    });
    edit(&sheets, "events.csv", |r| {
        let at = col(r, "id");
        r[2][at] = r[1][at].clone();
    });
    let events = csv::read(&std::fs::read_to_string(sheets.join("events.csv")).unwrap()).unwrap();
    assert_eq!(
        import_fails(&sheets, &out),
        [
            format!("claims.csv rows 3 and {rows} ({id}), column id: duplicate id \"{id}\""),
            format!(
                "events.csv rows 2 and 3 ({0}), column id: duplicate id \"{0}\"",
                events[1][0]
            ),
        ]
    );
}

#[test]
fn import_wants_exactly_one_story_row_in_meta_csv() {
    let (sheets, out) = exported_fixture("meta");
    edit(&sheets, "meta.csv", |r| r.push(r[1].clone()));
    assert_eq!(
        import_fails(&sheets, &out),
        ["meta.csv: needs exactly one row under the header, with the story's title and clock (found 2)"]
    );
}

#[test]
fn an_editor_adds_a_report_as_the_readme_says() {
    // The README's walk-through, on the fictional fixture story: export, a source row and a
    // claim row added as a spreadsheet would save them, import, check, show the new day.
    let dir = scratch("walk-through");
    let sheets = dir.join("sheets");
    let data = dir.join("story.json");
    std::fs::write(&data, read(FIXTURE)).unwrap();
    let data_arg = arg(&data).to_owned();
    let with_data = |args: &[&str]| story_with(args, Some(&data_arg));
    assert_exit(&with_data(&["export", arg(&sheets)]), 0);
    let append = |name: &str, row: &str| {
        let path = sheets.join(name);
        let mut text = std::fs::read_to_string(&path).unwrap();
        text.push_str(row);
        std::fs::write(&path, text).unwrap();
    };
    append(
        "sources.csv",
        "courier-2026-07-02,Example Courier,South span reopens,day,2026-07-02,,,,https://example.org/courier/south-span-reopens,\r\n",
    );
    append(
        "claims.csv",
        "X09,courier-2026-07-02,south.completion,outlet,,,day,2026-07-01,,,,,,,\"The south span reopened to traffic on 1 July, the Courier reported.\",,,\r\n",
    );
    let o = with_data(&["import", arg(&sheets)]);
    assert_exit(&o, 0);
    assert_eq!(
        stdout(&o),
        format!(
            "{}: written (5 sources, 2 phases, 6 subjects, 9 claims, 3 events)\n",
            data.display()
        )
    );
    assert_exit(&with_data(&["check"]), 0);
    let out = stdout(&with_data(&["show", "--now", "2026-07-02"]));
    assert!(
        out.contains(
            "South span, 2026: Completion reported\n  1 Jul 2026, per Example Courier, 2 Jul 2026\n"
        ),
        "{out}"
    );
    // The day before the report, the tracker did not know it.
    let before = stdout(&with_data(&["show", "--now", "2026-07-01"]));
    assert!(
        before.contains("South span, 2026: No completion reported\n"),
        "{before}"
    );
}
