//! Every quote in the bundled story is verbatim from the source material in the shared
//! source folder (`../shared/sources` beside the checkout: the claims register and the seed
//! articles).
//!
//! Without that folder the check cannot run. On CI (`CI` set to anything but `false` or
//! `0`) that fails the run; elsewhere the test passes but says, on the terminal even under
//! `cargo test`'s output capture, and in `scripts/test.sh`'s summary, that the quotes were not
//! checked.

mod common;

use std::io::Write;

/// The shared source folder, beside the checkout.
const SOURCES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/sources");

/// True when the run is on CI, where every check is expected to run.
fn on_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !matches!(v.trim(), "" | "false" | "0"))
}

/// Reports a check that did not run: to the terminal (written to the process's stderr, which
/// the test harness does not capture) and, when `scripts/test.sh` runs the suite, into the
/// notes file it prints in its summary (`PHASE_TRACKER_TEST_NOTES`).
fn not_checked(test: &str, why: &str) {
    let line = format!("not checked: {test}: {why}\n");
    let _ = std::io::stderr().lock().write_all(line.as_bytes());
    if let Ok(path) = std::env::var("PHASE_TRACKER_TEST_NOTES") {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path);
        file.and_then(|mut f| f.write_all(line.as_bytes()))
            .unwrap_or_else(|e| panic!("cannot write the test notes to {path}: {e}"));
    }
}

#[test]
fn quotes_are_verbatim_from_the_source_material() {
    let story = common::bundled();
    let seeds = format!("{SOURCES}/seeds");
    let entries = match std::fs::read_dir(&seeds) {
        Ok(entries) => entries,
        Err(e) => {
            assert!(
                !on_ci(),
                "{seeds}: {e}. On CI the verbatim check of the quotes must run: put the \
                 shared source folder at ../shared/sources beside the checkout"
            );
            not_checked(
                "quotes_are_verbatim_from_the_source_material",
                &format!("{seeds} is missing ({e}), so no quote was checked against its source"),
            );
            return;
        }
    };
    let mut corpus = std::fs::read_to_string(format!("{SOURCES}/claims-register.md")).unwrap();
    let mut files = 0;
    for entry in entries {
        corpus.push_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
        files += 1;
    }
    assert!(files > 0, "{seeds} holds no seed article");
    let normalise = |t: &str| t.replace(['’', '‘'], "'").replace(['“', '”'], "\"");
    let corpus = normalise(&corpus);
    let mut quotes = 0;
    for c in &story.claims {
        if let Some(q) = &c.quote {
            assert!(
                corpus.contains(&normalise(q)),
                "quote of {} is not verbatim: {q}",
                c.id
            );
            quotes += 1;
        }
    }
    assert!(quotes > 0, "the bundled story has no quote to check");
}
