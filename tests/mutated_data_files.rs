//! Property tests of the data-file validator on structurally valid files and mutations of
//! them: a record dropped or duplicated, a field dropped or retyped, a date shifted, a text
//! emptied, an id pointed at nothing. Every case parses and reaches `Story::from_raw` (the
//! property fails otherwise), so the validator runs on every case rather than on the rare
//! random text that happens to be a data file.
//!
//! The generated files use only the fields every version of the format has (no
//! `starts_after`), so they stay valid as optional fields are added.

mod common;

use phase_tracker::core::schema::RawDataset;
use phase_tracker::core::story::Story;
use phase_tracker::core::validate::ValidationErrors;
use proptest::prelude::*;
use serde_json::{json, Value};

/// A small deterministic generator (SplitMix64), seeded by proptest: one seed gives one file.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo + 1) as u64) as i64
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Some words (never empty, never blank).
    fn words(&mut self, max: usize) -> String {
        const WORDS: &[&str] = &[
            "troops",
            "leave",
            "the",
            "base",
            "by",
            "September",
            "officials",
            "said",
            "é",
            "«quoted»",
            "2026",
            "Erbil",
            "and",
            "withdrawal",
            "ends",
            "🙂",
        ];
        let n = 1 + self.below(max);
        (0..n)
            .map(|_| *self.pick(WORDS))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// A valid date of any precision and qualifier, sometimes inferred (with its reason).
    fn date(&mut self) -> Value {
        let year = self.range(2020, 2030);
        let (precision, value) = match self.below(4) {
            0 => {
                let month = self.range(1, 12);
                let day = self.range(1, 28);
                ("day", format!("{year:04}-{month:02}-{day:02}"))
            }
            1 => ("week", format!("{year:04}-W{:02}", self.range(1, 52))),
            2 => ("month", format!("{year:04}-{:02}", self.range(1, 12))),
            _ => ("year", format!("{year:04}")),
        };
        let mut d = json!({"precision": precision, "value": value});
        if self.chance(60) {
            d["qualifier"] = json!(*self.pick(&["on", "by", "from", "at_least_until", "end_of"]));
        }
        if self.chance(20) {
            d["inferred"] = json!(true);
            d["inference"] = json!(self.words(6));
        }
        d
    }

    /// A valid day, `YYYY-MM-DD`.
    fn day(&mut self, year: i64) -> String {
        format!(
            "{year:04}-{:02}-{:02}",
            self.range(1, 12),
            self.range(1, 28)
        )
    }

    /// A non-empty list of distinct ids from `ids`.
    fn some_of(&mut self, ids: &[String]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for _ in 0..1 + self.below(3) {
            let id = self.pick(ids).clone();
            if !out.contains(&id) {
                out.push(id);
            }
        }
        out
    }
}

/// A structurally valid data file: 1–5 sources, 1–3 phases, each with a deadline subject and
/// at least one claim on it, start and completion subjects, facts, and 0–4 events.
fn valid_file(seed: u64) -> Value {
    let mut r = Rng(seed);
    let first_year = r.range(2020, 2024);
    let sources: Vec<Value> = (0..1 + r.below(5))
        .map(|i| {
            let mut s = json!({
                "id": format!("s{i}"),
                "outlet": r.words(3),
                "published": r.date(),
            });
            if r.chance(70) {
                s["headline"] = json!(r.words(8));
            } else if r.chance(50) {
                s["headline"] = Value::Null;
            }
            if r.chance(70) {
                s["url"] = json!(format!("https://example.org/{i}"));
            }
            if r.chance(20) {
                s["via"] = json!(r.words(2));
            }
            s
        })
        .collect();
    let source_ids: Vec<String> = (0..sources.len()).map(|i| format!("s{i}")).collect();

    let phase_count = 1 + r.below(3);
    let phase_ids: Vec<String> = (0..phase_count).map(|i| format!("p{i}")).collect();
    let phases: Vec<Value> = phase_ids
        .iter()
        .map(|id| {
            json!({
                "id": id,
                "name": r.words(3),
                "year": r.range(2020, 2030),
                "places": (0..r.below(3)).map(|_| r.words(2)).collect::<Vec<_>>(),
                "summary": r.words(12),
                "sources": r.some_of(&source_ids),
            })
        })
        .collect();

    let mut subjects = Vec::new();
    for p in &phase_ids {
        subjects.push(json!({"id": format!("{p}.deadline"), "phase": p, "kind": "deadline", "label": "the deadline"}));
        for kind in ["start", "completion"] {
            if r.chance(50) {
                subjects.push(json!({"id": format!("{p}.{kind}"), "phase": p, "kind": kind, "label": r.words(3)}));
            }
        }
    }
    for i in 0..r.below(3) {
        let phase = if r.chance(50) {
            json!(r.pick(&phase_ids))
        } else {
            Value::Null
        };
        subjects.push(
            json!({"id": format!("fact{i}"), "phase": phase, "kind": "fact", "label": r.words(3)}),
        );
    }

    let mut claims = Vec::new();
    for subject in &subjects {
        let id = subject["id"].as_str().unwrap().to_owned();
        let dated = subject["kind"] != "fact";
        let at_least = usize::from(subject["kind"] == "deadline");
        for _ in 0..at_least + r.below(3) {
            let speaker = match r.below(4) {
                0 => json!({"kind": "named", "name": r.words(2), "role": r.words(3)}),
                1 => json!({"kind": "anonymous", "role": r.words(3)}),
                2 => json!({"kind": "statement", "name": r.words(3)}),
                _ => json!({"kind": "outlet"}),
            };
            let mut c = json!({
                "id": format!("C{}", claims.len()),
                "source": r.pick(&source_ids),
                "subject": id,
                "speaker": speaker,
                "summary": r.words(15),
            });
            if dated {
                c["date"] = r.date();
            } else {
                let key = *r.pick(&["yes", "no", "partly"]);
                c["value"] = json!({"key": key, "label": format!("{key}, {}", r.words(3))});
            }
            if r.chance(30) {
                c["quote"] = json!(r.words(25));
            }
            claims.push(c);
        }
    }

    let events: Vec<Value> = (0..r.below(5))
        .map(|i| {
            let phase = if r.chance(60) {
                json!(r.pick(&phase_ids))
            } else {
                Value::Null
            };
            json!({
                "id": format!("E{i}"),
                "date": r.date(),
                "phase": phase,
                "summary": r.words(10),
                "sources": r.some_of(&source_ids),
            })
        })
        .collect();

    let offset = *r.pick(&["+03:00", "-05:00", "+05:30", "+00:00", "-09:30", "+14:00"]);
    json!({
        "format": 1,
        "meta": {
            "title": r.words(6),
            "dek": r.words(12),
            "last_reviewed": r.day(first_year + 3),
            "time_zone": "Somewhere/City",
            "utc_offset": offset,
            "axis_start": r.day(first_year),
            "axis_end": r.day(first_year + 6),
        },
        "sources": sources,
        "phases": phases,
        "subjects": subjects,
        "claims": claims,
        "events": events,
    })
}

/// The record lists of a data file.
const LISTS: [&str; 5] = ["sources", "phases", "subjects", "claims", "events"];

/// One change to a valid file that keeps it in the format's shape (so it still parses), with
/// selectors that pick the record and field it applies to.
#[derive(Clone, Debug)]
enum Mutation {
    /// Remove a record: whatever referred to it now dangles.
    Drop { list: usize, at: usize },
    /// Append a copy of a record: a duplicate id.
    Duplicate { list: usize, at: usize },
    /// Remove an optional field (a claim's date or value, a headline, a qualifier...).
    DropField {
        list: usize,
        at: usize,
        field: usize,
    },
    /// Give a kind, precision, qualifier or speaker another (or an unknown) name.
    Retype { list: usize, at: usize, to: usize },
    /// Move a date by some days or years, as text: "2025-02-30" and "2025-13-01" happen.
    ShiftDate { list: usize, at: usize, by: i64 },
    /// Point a reference at an id nothing has.
    Dangle { list: usize, at: usize },
    /// Blank out a text field.
    Empty {
        list: usize,
        at: usize,
        field: usize,
    },
    /// Reorder the axis or clear the phases.
    Meta { which: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let list = 0..LISTS.len();
    let at = 0usize..8;
    prop_oneof![
        (list.clone(), at.clone()).prop_map(|(list, at)| Mutation::Drop { list, at }),
        (list.clone(), at.clone()).prop_map(|(list, at)| Mutation::Duplicate { list, at }),
        (list.clone(), at.clone(), 0usize..8).prop_map(|(list, at, field)| Mutation::DropField {
            list,
            at,
            field
        }),
        (list.clone(), at.clone(), 0usize..16).prop_map(|(list, at, to)| Mutation::Retype {
            list,
            at,
            to
        }),
        (list.clone(), at.clone(), -800i64..800).prop_map(|(list, at, by)| Mutation::ShiftDate {
            list,
            at,
            by
        }),
        (list.clone(), at.clone()).prop_map(|(list, at)| Mutation::Dangle { list, at }),
        (list, at, 0usize..8).prop_map(|(list, at, field)| Mutation::Empty { list, at, field }),
        (0usize..3).prop_map(|which| Mutation::Meta { which }),
    ]
}

/// The id no record has.
const NOWHERE: &str = "nowhere";

/// What a mutation is sure to produce, when it is applied alone: a problem whose message
/// contains this text. `None` when the mutation changed nothing or its outcome depends on
/// the file (a dropped record that nothing referred to is not an error).
type Expected = Option<String>;

/// The record at `at` (modulo its length) of the list `list`, if the list has any.
fn record(file: &mut Value, list: usize, at: usize) -> Option<&mut Value> {
    let items = file[LISTS[list]].as_array_mut()?;
    let n = items.len();
    items.get_mut(at % n.max(1))
}

/// Applies `m` to `file`. Returns what the validator must then report, when that is certain.
fn apply(file: &mut Value, m: &Mutation) -> Expected {
    let list_name = |list: usize| LISTS[list];
    match *m {
        Mutation::Drop { list, at } => {
            let items = file[list_name(list)].as_array_mut().unwrap();
            if !items.is_empty() {
                let n = items.len();
                items.remove(at % n);
            }
            None
        }
        Mutation::Duplicate { list, at } => {
            let items = file[list_name(list)].as_array_mut().unwrap();
            if items.is_empty() {
                return None;
            }
            let copy = items[at % items.len()].clone();
            let id = copy["id"].as_str().unwrap().to_owned();
            items.push(copy);
            Some(format!("duplicate id {id:?}"))
        }
        Mutation::DropField { list, at, field } => {
            let r = record(file, list, at)?;
            let optional: &[&str] = match list_name(list) {
                "sources" => &["headline", "url", "via"],
                "phases" => &["places"],
                "subjects" => &["phase"],
                "claims" => &["date", "value", "quote"],
                _ => &["phase"],
            };
            let name = optional[field % optional.len()];
            if name == "places" {
                r[name] = json!([]);
                return None;
            }
            let removed = r.as_object_mut().unwrap().remove(name);
            match (list_name(list), name, removed) {
                ("claims", "date", Some(_)) => Some("needs a date".into()),
                ("claims", "value", Some(_)) => Some("needs a value".into()),
                _ => None,
            }
        }
        Mutation::Retype { list, at, to } => {
            let r = record(file, list, at)?;
            match list_name(list) {
                "subjects" => {
                    let kinds = ["start", "deadline", "completion", "fact", "rumour"];
                    let kind = kinds[to % kinds.len()];
                    r["kind"] = json!(kind);
                    // A dated subject turned fact, or the reverse, makes its claims the
                    // wrong shape only if it has any: not certain.
                    (kind == "rumour").then(|| "unknown kind \"rumour\"".into())
                }
                "claims" if to % 2 == 0 => {
                    let kinds = ["named", "anonymous", "statement", "outlet", "bird"];
                    let kind = kinds[(to / 2) % kinds.len()];
                    r["speaker"]["kind"] = json!(kind);
                    match kind {
                        "bird" => Some("unknown speaker kind \"bird\"".into()),
                        "named" | "statement" if r["speaker"]["name"].is_null() => {
                            Some("needs a name".into())
                        }
                        _ => None,
                    }
                }
                _ => {
                    // The record's date (a claim's, for odd `to`): sources have
                    // "published", phases none.
                    let key = if list_name(list) == "sources" {
                        "published"
                    } else {
                        "date"
                    };
                    r.get(key)?;
                    let names = [
                        ("precision", "day"),
                        ("precision", "week"),
                        ("precision", "month"),
                        ("precision", "fortnight"),
                        ("qualifier", "around"),
                        ("qualifier", "by"),
                        ("qualifier", "end_of"),
                        ("inferred", "true"),
                    ];
                    let (field, name) = names[(to / 2) % names.len()];
                    if field == "inferred" {
                        let was = r[key]["inferred"].as_bool().unwrap_or(false);
                        r[key]["inferred"] = json!(!was);
                        return Some(if was {
                            "not marked inferred".into()
                        } else {
                            "needs the reason".into()
                        });
                    }
                    let before = r[key][field].clone();
                    r[key][field] = json!(name);
                    match name {
                        "fortnight" => Some("unknown precision \"fortnight\"".into()),
                        "around" => Some("unknown qualifier \"around\"".into()),
                        _ if field == "precision" && before != json!(name) => {
                            Some(format!("is not a real {name} date"))
                        }
                        _ => None,
                    }
                }
            }
        }
        Mutation::ShiftDate { list, at, by } => {
            let r = record(file, list, at)?;
            let key = if list_name(list) == "sources" {
                "published"
            } else {
                "date"
            };
            let value = r
                .get(key)
                .and_then(|d| d["value"].as_str())
                .map(str::to_owned)?;
            // Shift the last number of the value (the day, week, month or year) as text,
            // without carrying: out-of-range results must be reported, in-range ones pass.
            let (head, last) = value.rsplit_once(['-', 'W']).unwrap_or(("", &value));
            let sep = &value[head.len()..value.len() - last.len()];
            let width = last.len();
            let n: i64 = last.parse().unwrap();
            let shifted = (n + by).rem_euclid(10_i64.pow(width as u32));
            let new = format!("{head}{sep}{shifted:0width$}");
            r[key]["value"] = json!(new);
            let real = phase_tracker::core::date::ReportedDate::parse(
                r[key]["precision"].as_str().unwrap(),
                &new,
                None,
                false,
            )
            .is_ok();
            (!real).then(|| format!("{new:?} is not a real"))
        }
        Mutation::Dangle { list, at } => {
            let r = record(file, list, at)?;
            let (field, what) = match list_name(list) {
                "sources" => return None,
                "phases" => ("sources", "source"),
                "subjects" => ("phase", "phase"),
                "claims" => {
                    if at % 2 == 0 {
                        ("source", "source")
                    } else {
                        ("subject", "subject")
                    }
                }
                _ => {
                    if at % 2 == 0 {
                        ("sources", "source")
                    } else {
                        ("phase", "phase")
                    }
                }
            };
            if r[field].is_array() {
                r[field][0] = json!(NOWHERE);
            } else {
                r[field] = json!(NOWHERE);
            }
            Some(format!("no {what} has the id {NOWHERE:?}"))
        }
        Mutation::Empty { list, at, field } => {
            let r = record(file, list, at)?;
            let texts: &[&str] = match list_name(list) {
                "sources" => &["outlet", "headline"],
                "phases" => &["name", "summary"],
                "subjects" => &["label"],
                "claims" => &["summary", "quote"],
                _ => &["summary"],
            };
            let name = texts[field % texts.len()];
            if !r[name].is_string() {
                return None;
            }
            r[name] = json!(if field % 2 == 0 { "" } else { "  " });
            Some("must not be empty".into())
        }
        Mutation::Meta { which } => match which {
            0 => {
                let start = file["meta"]["axis_start"].clone();
                file["meta"]["axis_end"] = start;
                Some("must come after axis_start".into())
            }
            1 => {
                file["phases"] = json!([]);
                Some("a story needs at least one phase".into())
            }
            _ => {
                file["meta"]["utc_offset"] = json!("UTC+3");
                Some("is not an offset like".into())
            }
        },
    }
}

/// Parses `file` as a data file and runs the validator on it. Fails the property when the
/// file does not reach `Story::from_raw` (a mutation broke the format's shape).
fn validate(file: &Value) -> Result<Result<Story, ValidationErrors>, TestCaseError> {
    let raw: RawDataset = serde_json::from_value(file.clone())
        .map_err(|e| TestCaseError::fail(format!("the file did not reach Story::from_raw: {e}")))?;
    Ok(Story::from_raw(raw))
}

/// Checks the invariants of a validator's answer: every problem names a record, a field and
/// what is wrong; an accepted story encodes and decodes to itself and answers queries.
fn check_answer(answer: &Result<Story, ValidationErrors>) -> Result<(), TestCaseError> {
    match answer {
        Ok(story) => {
            let bytes = story.encode().map_err(TestCaseError::fail)?;
            let back = Story::decode(&bytes).map_err(TestCaseError::fail)?;
            prop_assert_eq!(&back, story);
            let points = story.change_points();
            prop_assert!(points.windows(2).all(|w| w[0] < w[1]));
            for p in &points {
                prop_assert_eq!(story.settled(&points, *p), *p);
            }
        }
        Err(errors) => {
            prop_assert!(!errors.0.is_empty(), "a rejection names its problems");
            let text = errors.to_string();
            for e in &errors.0 {
                prop_assert!(!e.record.is_empty() && !e.field.is_empty() && !e.message.is_empty());
                prop_assert!(text.contains(&e.to_string()));
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn generated_data_files_are_valid(seed in any::<u64>()) {
        let file = valid_file(seed);
        let answer = validate(&file)?;
        if let Err(e) = &answer {
            prop_assert!(false, "a generated file was rejected: {e}\n{file:#}");
        }
        check_answer(&answer)?;
    }

    #[test]
    fn one_mutation_is_reported_as_expected(seed in any::<u64>(), m in mutation()) {
        let mut file = valid_file(seed);
        let expected = apply(&mut file, &m);
        let answer = validate(&file)?;
        check_answer(&answer)?;
        if let Some(needle) = expected {
            match &answer {
                Ok(_) => prop_assert!(false, "{m:?} was accepted; expected a problem with {needle:?}"),
                Err(e) => prop_assert!(
                    e.0.iter().any(|e| e.message.contains(&needle)),
                    "{m:?}: expected a problem with {needle:?}; got {e}"
                ),
            }
        }
    }

    #[test]
    fn mutated_data_files_never_panic_the_validator(seed in any::<u64>(), ms in prop::collection::vec(mutation(), 1..6)) {
        let mut file = valid_file(seed);
        for m in &ms {
            apply(&mut file, m);
        }
        check_answer(&validate(&file)?)?;
    }

    #[test]
    fn a_file_out_of_the_format_is_rejected_by_the_parser(seed in any::<u64>(), list in 0..LISTS.len(), at in 0usize..8, retype in any::<bool>()) {
        // Dropping a required field or giving it another JSON type never reaches the
        // validator: the parser names it.
        let mut file = valid_file(seed);
        // Every list but the events has a record in every generated file.
        let list = if record(&mut file, list, at).is_some() { list } else { 0 };
        let field = if LISTS[list] == "events" { "sources" } else { "id" };
        let r = record(&mut file, list, at).unwrap().as_object_mut().unwrap();
        if retype {
            r.insert(field.into(), json!(7));
        } else {
            r.remove(field);
        }
        let message = serde_json::from_value::<RawDataset>(file)
            .expect_err("a file out of the format must not parse")
            .to_string();
        prop_assert!(
            message.contains(&format!("`{field}`")) || message.contains("invalid type"),
            "{message}"
        );
    }
}
