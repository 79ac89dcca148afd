//! The `story` command (`cargo run --bin story -- ...`, host only): lets an editor check the
//! data file, see what readers will see at any instant, and edit the story as spreadsheet
//! files. Every answer comes from the core and every reader-facing word from `crate::text`,
//! as in the widget; the spreadsheet mapping is [`crate::sheet`].

mod args;
pub mod data_file;
pub mod show;

pub use args::{parse, Command, USAGE};

use crate::sheet;
use std::path::Path;

/// Runs the command line `args` (without the program's name) and returns the exit status:
/// 0 done, 1 problems found, 2 usage error.
pub fn run(args: &[String]) -> i32 {
    let command = match parse(args, data_file::default_path()) {
        Ok(command) => command,
        Err(e) => {
            eprintln!("story: {e}\n(story help prints the usage)");
            return 2;
        }
    };
    match command {
        Command::Help => {
            print!("{USAGE}");
            0
        }
        Command::Check { file } => check(&file),
        Command::Show { now, data } => show(now.as_deref(), &data),
        Command::Export { dir, data } => export(&dir, &data),
        Command::Import { dir, out } => import(&dir, &out),
    }
}

/// Prints each of `problems` as a line on stderr, prefixed by `place`, then how many and
/// what did not happen (`outcome`); returns 1.
fn fail(place: &str, problems: &[impl std::fmt::Display], outcome: &str) -> i32 {
    for p in problems {
        eprintln!("{place}{p}");
    }
    let n = problems.len();
    eprintln!(
        "{n} {}{outcome}",
        if n == 1 { "problem" } else { "problems" }
    );
    1
}

/// What `check` says after the problems.
const NOT_VALID: &str = "; the build would stop here";
/// What `export` and `import` say after the problems.
const NOT_WRITTEN: &str = "; nothing was written";

/// `story check FILE`.
fn check(file: &Path) -> i32 {
    let place = format!("{}: ", file.display());
    match data_file::load(file) {
        Ok((_, story)) => {
            println!("{place}valid: {}", data_file::summary(&story));
            0
        }
        Err(problems) => fail(&place, &problems, NOT_VALID),
    }
}

/// `story show [--now DATE] [--data FILE]`.
fn show(now: Option<&str>, data: &Path) -> i32 {
    let story = match data_file::load(data) {
        Ok((_, story)) => story,
        Err(problems) => return fail(&format!("{}: ", data.display()), &problems, NOT_VALID),
    };
    let instant = match now {
        None => chrono::Utc::now(),
        Some(text) => match show::instant(text, story.meta.offset) {
            Some(t) => t,
            None => {
                eprintln!(
                    "story: show: --now {text:?} is neither a day (YYYY-MM-DD) nor an RFC 3339 instant (2026-11-25T12:00:00+03:00)"
                );
                return 2;
            }
        },
    };
    print!("{}", show::render(&story, instant, now.is_some()));
    0
}

/// `story export DIR [--data FILE]`: only a valid story is exported.
fn export(dir: &Path, data: &Path) -> i32 {
    let raw = match data_file::load(data) {
        Ok((raw, _)) => raw,
        Err(problems) => return fail(&format!("{}: ", data.display()), &problems, NOT_WRITTEN),
    };
    if let Err(e) = std::fs::create_dir_all(dir) {
        let problem = format!("{}: cannot be created: {e}", dir.display());
        return fail("", &[problem], NOT_WRITTEN);
    }
    let files = sheet::export(&raw);
    for (name, text) in &files {
        let path = dir.join(name);
        if let Err(e) = std::fs::write(&path, text) {
            let problem = format!("{}: cannot be written: {e}", path.display());
            return fail("", &[problem], NOT_WRITTEN);
        }
    }
    let names: Vec<&str> = files.iter().map(|(name, _)| *name).collect();
    println!("wrote {} to {}", names.join(", "), dir.display());
    0
}

/// `story import DIR [--out FILE]`: writes the data file only when the story is valid, and
/// only when it changed.
fn import(dir: &Path, out: &Path) -> i32 {
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).map_err(|e| e.to_string());
    let (raw, story) = match sheet::import(read) {
        Ok(imported) => imported,
        Err(problems) => return fail(&format!("{}/", dir.display()), &problems, NOT_WRITTEN),
    };
    let text = data_file::to_json(&raw);
    let summary = data_file::summary(&story);
    if std::fs::read_to_string(out).is_ok_and(|old| old == text) {
        println!("{}: unchanged ({summary})", out.display());
        return 0;
    }
    if let Err(e) = std::fs::write(out, text) {
        let problem = format!("{}: cannot be written: {e}", out.display());
        return fail("", &[problem], NOT_WRITTEN);
    }
    println!("{}: written ({summary})", out.display());
    0
}
