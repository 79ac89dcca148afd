//! The `story` command's arguments: which subcommand, and its files and options.

use std::path::PathBuf;

/// The help text, printed by `story help` and, on a usage error, after the error.
pub const USAGE: &str = "\
story: check, show, export and import the tracker's story (its data file)

Usage:
  story check [FILE]
      Validate a data file exactly as the build does. Every problem is printed on its
      own line, naming the record and the field.
  story show [--now DATE] [--data FILE] [--lang en]
      What readers see, as text: each phase's status, the deadlines with their
      countdown, the sources-disagree badges, the stale-coverage line. DATE is
      YYYY-MM-DD (midnight in the story's time zone) or an RFC 3339 instant
      (2026-11-25T12:00:00+03:00); the default is now.
  story export DIR [--data FILE]
      Write the story as spreadsheet files into DIR: meta.csv, sources.csv,
      phases.csv, subjects.csv, claims.csv, events.csv.
  story import DIR [--out FILE]
      Read those files back, name every problem by file, row, id and column, validate
      the story, and only if it is valid write the data file (FILE, default the data
      file below).
  story help
      This text.

FILE defaults to $PHASE_TRACKER_DATA, or data/iraq-coalition.json.
The spreadsheet columns are documented in docs/spreadsheet.md.
Exit status: 0 done, 1 problems found (nothing written), 2 usage error.
";

/// What the command line asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Print [`USAGE`].
    Help,
    /// Validate a data file.
    Check {
        /// The data file.
        file: PathBuf,
    },
    /// Print what readers see.
    Show {
        /// The instant as written, or `None` for the clock.
        now: Option<String>,
        /// The data file.
        data: PathBuf,
    },
    /// Write the spreadsheet files.
    Export {
        /// Where to write them.
        dir: PathBuf,
        /// The data file.
        data: PathBuf,
    },
    /// Read the spreadsheet files and write the data file.
    Import {
        /// Where to read them.
        dir: PathBuf,
        /// The data file to write.
        out: PathBuf,
    },
}

/// Reads the arguments after the program's name. `data` is the data file meant when none is
/// named. A usage error says what is wrong in one line.
pub fn parse(args: &[String], data: PathBuf) -> Result<Command, String> {
    let Some((name, rest)) = args.split_first() else {
        return Err("no command given".into());
    };
    let (positional, options) = split(name, rest)?;
    if options.iter().any(|(o, _)| o == "--help") {
        return Ok(Command::Help);
    }
    let allowed: &[&str] = match name.as_str() {
        "help" | "-h" | "--help" => return Ok(Command::Help),
        "check" => &[],
        "show" => &["--now", "--data", "--lang"],
        "export" => &["--data"],
        "import" => &["--out"],
        other => return Err(format!("unknown command {other:?}")),
    };
    for (option, _) in &options {
        if !allowed.contains(&option.as_str()) {
            return Err(format!("{name}: unknown option {option}"));
        }
    }
    let option = |wanted: &str| -> Option<String> {
        options
            .iter()
            .rev()
            .find(|(o, _)| o == wanted)
            .map(|(_, v)| v.clone())
    };
    let max = usize::from(name != "show");
    if positional.len() > max {
        return Err(format!("{name}: unexpected argument {:?}", positional[max]));
    }
    let first = positional.first().map(PathBuf::from);
    let dir = |first: Option<PathBuf>| {
        first.ok_or_else(|| format!("{name}: name a folder: story {name} DIR"))
    };
    Ok(match name.as_str() {
        "check" => Command::Check {
            file: first.unwrap_or(data),
        },
        "show" => {
            if let Some(lang) = option("--lang") {
                if !super::show::LANGUAGES.contains(&lang.as_str()) {
                    return Err(format!(
                        "show: no text in language {lang:?} yet; the widget's words exist in {} only (src/text.rs)",
                        super::show::LANGUAGES.join(", ")
                    ));
                }
            }
            Command::Show {
                now: option("--now"),
                data: option("--data").map_or(data, PathBuf::from),
            }
        }
        "export" => Command::Export {
            dir: dir(first)?,
            data: option("--data").map_or(data, PathBuf::from),
        },
        _ => Command::Import {
            dir: dir(first)?,
            out: option("--out").map_or(data, PathBuf::from),
        },
    })
}

/// Options given, as `(name, value)` pairs in the order given.
type Options = Vec<(String, String)>;

/// Splits arguments into positional ones and `--option value` (or `--option=value`) pairs.
fn split(name: &str, args: &[String]) -> Result<(Vec<String>, Options), String> {
    let mut positional = Vec::new();
    let mut options = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        if arg == "-h" || arg == "--help" {
            options.push(("--help".to_owned(), String::new()));
        } else if let Some((option, value)) = arg.split_once('=').filter(|_| arg.starts_with("--"))
        {
            options.push((option.to_owned(), value.to_owned()));
        } else if arg.starts_with("--") {
            let value = args
                .next()
                .ok_or_else(|| format!("{name}: {arg} needs a value"))?;
            options.push((arg.clone(), value.clone()));
        } else {
            positional.push(arg.clone());
        }
    }
    Ok((positional, options))
}
