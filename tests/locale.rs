//! The languages' data is CLDR's: the committed `src/core/locale_data.rs` is exactly what
//! `scripts/gen-locale.mjs` writes from CLDR's JSON packages, and what `core::locale` answers
//! (plural categories, digits, grouping, month names, date patterns) is checked against those
//! JSON files themselves, read here from `browser-tests/node_modules/` (installed by
//! `scripts/setup.sh`).

use chrono::{Datelike, NaiveDate};
use phase_tracker::core::date::{format_day, ReportedDate};
use phase_tracker::core::locale::{
    day, day_pattern, digits, integer, month, month_abbr, month_year, month_year_pattern, plural,
    Lang, Plural,
};
use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A JSON file of CLDR's npm packages, e.g. `cldr-core/supplemental/plurals.json`.
fn cldr(path: &str) -> Value {
    let file = root().join("browser-tests/node_modules").join(path);
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| {
        panic!(
            "{}: {e}: CLDR's JSON packages are missing; run scripts/setup.sh \
             (it installs browser-tests/'s npm packages, cldr-core, cldr-dates-full and \
             cldr-numbers-full among them)",
            file.display()
        )
    });
    serde_json::from_str(&text).expect("CLDR's file is JSON")
}

fn text(value: &Value) -> &str {
    value
        .as_str()
        .unwrap_or_else(|| panic!("{value} is a string"))
}

/// The Gregorian calendar of a CLDR locale.
fn gregorian(locale: &str) -> Value {
    cldr(&format!("cldr-dates-full/main/{locale}/ca-gregorian.json"))["main"][locale]["dates"]
        ["calendars"]["gregorian"]
        .clone()
}

/// The numbers of a CLDR locale.
fn numbers(locale: &str) -> Value {
    cldr(&format!("cldr-numbers-full/main/{locale}/numbers.json"))["main"][locale]["numbers"]
        .clone()
}

/// The CLDR locale whose `yMMMd` pattern a language's days follow: its own, but English keeps
/// the widget's "18 Jan 2026", international English's (`en-001`).
fn day_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en-001",
        _ => lang.bcp47(),
    }
}

/// The language's default numbering system's digits, as CLDR lists them.
fn cldr_digits(lang: Lang) -> Vec<char> {
    let system = numbers(lang.bcp47())["defaultNumberingSystem"].clone();
    let systems = cldr("cldr-core/supplemental/numberingSystems.json");
    let digits = text(&systems["supplemental"]["numberingSystems"][text(&system)]["_digits"]);
    digits.chars().collect()
}

/// The language's default numbering system's number symbols (group, minusSign, ...).
fn cldr_symbols(lang: Lang) -> Value {
    let n = numbers(lang.bcp47());
    let system = text(&n["defaultNumberingSystem"]).to_owned();
    n[format!("symbols-numberSystem-{system}")].clone()
}

#[test]
fn locale_data_is_the_generators_output_from_cldr() {
    cldr("cldr-core/package.json");
    let out = Command::new("node")
        .arg(root().join("scripts/gen-locale.mjs"))
        .arg("--stdout")
        .output()
        .expect("node runs (scripts/setup.sh installs it)");
    assert!(
        out.status.success(),
        "scripts/gen-locale.mjs failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let committed = std::fs::read_to_string(root().join("src/core/locale_data.rs")).unwrap();
    assert!(
        String::from_utf8(out.stdout).unwrap() == committed,
        "src/core/locale_data.rs is not what CLDR's files give: run node scripts/gen-locale.mjs"
    );
    let version = text(&cldr("cldr-core/package.json")["version"]).to_owned();
    assert!(committed.contains(&format!("cldr-core {version}")));
}

#[test]
fn languages_have_codes_tags_and_directions() {
    for lang in Lang::ALL {
        assert_eq!(Lang::parse(lang.code()), Some(lang));
        assert_eq!(Lang::parse(lang.bcp47()), Some(lang));
        assert_eq!(Lang::parse(&lang.bcp47().to_uppercase()), Some(lang));
        // CLDR has a locale of that tag (the dates and numbers read below are its).
        assert!(numbers(lang.bcp47())["defaultNumberingSystem"].is_string());
    }
    let codes: Vec<_> = Lang::ALL
        .iter()
        .map(|l| (l.code(), l.bcp47(), l.dir()))
        .collect();
    assert_eq!(
        codes,
        [
            ("en", "en", "ltr"),
            ("ar", "ar-IQ", "rtl"),
            ("ckb", "ckb", "rtl")
        ]
    );
    for other in ["", "fr", "ar-EG", "ckb-IR", "kmr", "en-US", " ar"] {
        assert_eq!(Lang::parse(other), None, "{other:?}");
    }
}

#[test]
fn every_month_name_is_cldrs() {
    for lang in Lang::ALL {
        let months = &gregorian(lang.bcp47())["months"]["format"];
        for m in 1..=12u32 {
            let key = m.to_string();
            assert_eq!(month(lang, m), text(&months["wide"][&key]), "{lang:?} {m}");
            assert_eq!(
                month_abbr(lang, m),
                text(&months["abbreviated"][&key]),
                "{lang:?} {m}"
            );
        }
        for m in [0, 13, u32::MAX] {
            assert_eq!(month(lang, m), "");
            assert_eq!(month_abbr(lang, m), "");
        }
    }
    // The Iraqi months, and Sorani's, not the Egyptian-style "يناير".
    assert_eq!(month(Lang::Ar, 1), "كانون الثاني");
    assert_eq!(month(Lang::Ckb, 1), "کانوونی دووەم");
}

#[test]
fn date_patterns_are_cldrs() {
    for lang in Lang::ALL {
        let available =
            |locale: &str| gregorian(locale)["dateTimeFormats"]["availableFormats"].clone();
        assert_eq!(
            day_pattern(lang),
            text(&available(day_locale(lang))["yMMMd"])
        );
        assert_eq!(
            month_year_pattern(lang),
            text(&available(lang.bcp47())["yMMMM"])
        );
    }
}

/// What a CLDR pattern with the fields `d`, `MMM`, `MMMM` and `y` (and no quoted text) gives
/// with CLDR's names and digits, read straight from the JSON files.
fn expected(lang: Lang, pattern: &str, date: NaiveDate) -> String {
    assert!(!pattern.contains('\''), "{pattern}: quoted text");
    let months = &gregorian(lang.bcp47())["months"]["format"];
    let native = cldr_digits(lang);
    let number =
        |n: String| -> String { n.bytes().map(|b| native[usize::from(b - b'0')]).collect() };
    // Split the pattern into runs of one letter, and single other characters.
    let mut runs: Vec<String> = Vec::new();
    for c in pattern.chars() {
        match runs.last_mut() {
            Some(run) if c.is_ascii_alphabetic() && run.starts_with(c) => run.push(c),
            _ => runs.push(c.to_string()),
        }
    }
    let key = date.month().to_string();
    runs.into_iter()
        .map(|run| match run.as_str() {
            "d" => number(date.day().to_string()),
            "MMM" => text(&months["abbreviated"][&key]).to_owned(),
            "MMMM" => text(&months["wide"][&key]).to_owned(),
            "y" => number(date.year().to_string()),
            other if other.chars().all(|c| c.is_ascii_alphabetic()) => {
                panic!("{pattern}: field {other} unexpected")
            }
            other => other.to_owned(),
        })
        .collect()
}

#[test]
fn every_day_of_three_years_is_written_as_cldr_says() {
    let mut date = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    while date.year() < 2028 {
        for lang in Lang::ALL {
            assert_eq!(
                day(lang, date),
                expected(lang, day_pattern(lang), date),
                "{lang:?}"
            );
        }
        // English is written as the widget always has.
        assert_eq!(day(Lang::En, date), format_day(date));
        date = date.succ_opt().unwrap();
    }
}

#[test]
fn months_of_the_year_are_written_as_cldr_says() {
    for year in [2025, 2026, 2027] {
        for m in 1..=12 {
            let first = NaiveDate::from_ymd_opt(year, m, 1).unwrap();
            for lang in Lang::ALL {
                assert_eq!(
                    month_year(lang, year, m),
                    expected(lang, month_year_pattern(lang), first)
                );
            }
            let period = ReportedDate::parse("month", &format!("{year}-{m:02}"), None, false);
            assert_eq!(month_year(Lang::En, year, m), period.unwrap().period_text());
        }
    }
}

#[test]
fn dates_read_as_icu_writes_them() {
    // What Node 20's Intl.DateTimeFormat (ICU 78.2, CLDR 48) writes for `ar-IQ` and `ckb`
    // with { day: "numeric", month: "short", year: "numeric" } and { month: "long", year:
    // "numeric" }: an outside witness of the patterns' reading.
    let jan18 = NaiveDate::from_ymd_opt(2026, 1, 18).unwrap();
    assert_eq!(day(Lang::En, jan18), "18 Jan 2026");
    assert_eq!(day(Lang::Ar, jan18), "١٨ كانون الثاني ٢٠٢٦");
    assert_eq!(day(Lang::Ckb, jan18), "١٨ی کانوونی دووەمی ٢٠٢٦");
    assert_eq!(month_year(Lang::En, 2026, 9), "September 2026");
    assert_eq!(month_year(Lang::Ar, 2026, 9), "أيلول ٢٠٢٦");
    assert_eq!(month_year(Lang::Ckb, 2026, 9), "٢٠٢٦ ئەیلوول");
    // October's abbreviated Iraqi name keeps CLDR's no-break space.
    let oct5 = NaiveDate::from_ymd_opt(2025, 10, 5).unwrap();
    assert_eq!(day(Lang::Ar, oct5), "٥ تشرين\u{a0}الأول ٢٠٢٥");
    assert_eq!(month_year(Lang::Ar, 2025, 10), "تشرين الأول ٢٠٢٥");
}

#[test]
fn digits_are_the_default_numbering_systems() {
    for lang in Lang::ALL {
        let native = cldr_digits(lang);
        assert_eq!(native.len(), 10);
        assert_eq!(
            digits(lang, "0123456789"),
            native.iter().collect::<String>()
        );
        // Only the digits change.
        let mixed = "day 1 of 2, -3.5%";
        let changed = digits(lang, mixed);
        assert_eq!(changed.chars().count(), mixed.chars().count());
        for (a, b) in mixed.chars().zip(changed.chars()) {
            match a.to_digit(10) {
                Some(d) => assert_eq!(b, native[d as usize]),
                None => assert_eq!(a, b),
            }
        }
    }
    assert_eq!(digits(Lang::En, "18 Jan 2026"), "18 Jan 2026");
    // `ar-IQ` and `ckb` both use Arabic-Indic digits (`arab`), not Persian's (`arabext`).
    assert_eq!(digits(Lang::Ar, "2026"), "٢٠٢٦");
    assert_eq!(digits(Lang::Ckb, "2026"), "٢٠٢٦");
}

/// A whole number written with CLDR's symbols and grouping, read straight from the JSON: the
/// standard decimal pattern's last group size ("#,##0.###": 3) and `minimumGroupingDigits`.
fn expected_integer(lang: Lang, n: i64) -> String {
    let num = numbers(lang.bcp47());
    let system = text(&num["defaultNumberingSystem"]).to_owned();
    let pattern = text(&num[format!("decimalFormats-numberSystem-{system}")]["standard"]);
    let integer_part = pattern.split('.').next().unwrap();
    let groups: Vec<&str> = integer_part.split(',').collect();
    let primary = groups.last().unwrap().len();
    // Every pattern here groups evenly ("#,##0"), so one size serves each group.
    assert!(groups.len() == 2 || groups[groups.len() - 2].len() == primary);
    let min: usize = text(&num["minimumGroupingDigits"]).parse().unwrap();
    let symbols = cldr_symbols(lang);
    let native = cldr_digits(lang);
    let plain: Vec<char> = n
        .unsigned_abs()
        .to_string()
        .bytes()
        .map(|b| native[usize::from(b - b'0')])
        .collect();
    let body = if plain.len() < primary + min {
        plain.iter().collect()
    } else {
        let mut chunks: Vec<String> = plain
            .rchunks(primary)
            .map(|chunk| chunk.iter().collect())
            .collect();
        chunks.reverse();
        chunks.join(text(&symbols["group"]))
    };
    if n < 0 {
        format!("{}{body}", text(&symbols["minusSign"]))
    } else {
        body
    }
}

/// 0 to 200 and large numbers, with the counts whose plural forms differ around them.
fn numbers_to_check() -> Vec<u64> {
    let mut all: Vec<u64> = (0..=200).collect();
    all.extend([
        999,
        1000,
        1001,
        1002,
        1003,
        1010,
        1011,
        1099,
        1100,
        1101,
        1102,
        1111,
        9999,
        10_000,
        100_000,
        100_003,
        1_000_000,
        1_000_011,
        123_456_789,
        1_000_000_000,
        u64::from(u32::MAX),
        i64::MAX as u64,
        u64::MAX,
    ]);
    all
}

#[test]
fn whole_numbers_are_grouped_with_cldrs_symbols() {
    for lang in Lang::ALL {
        for n in numbers_to_check() {
            let Ok(n) = i64::try_from(n) else { continue };
            assert_eq!(integer(lang, n), expected_integer(lang, n), "{lang:?} {n}");
            assert_eq!(
                integer(lang, -n),
                expected_integer(lang, -n),
                "{lang:?} -{n}"
            );
        }
        assert_eq!(integer(lang, i64::MIN), expected_integer(lang, i64::MIN));
    }
    // As Node 20's Intl.NumberFormat (ICU 78.2, CLDR 48) writes them.
    assert_eq!(integer(Lang::En, 1_234_567), "1,234,567");
    assert_eq!(integer(Lang::Ar, 1_234_567), "١٬٢٣٤٬٥٦٧");
    assert_eq!(integer(Lang::Ckb, 1_234_567), "١٬٢٣٤٬٥٦٧");
    assert_eq!(integer(Lang::Ar, 999), "٩٩٩");
    assert_eq!(integer(Lang::Ar, -5), "\u{61c}-٥");
    assert_eq!(integer(Lang::Ckb, -5), "\u{200f}-٥");
}

/// A language's cardinal plural rules from `plurals.json`: (category, rule text, samples).
fn cldr_rules(lang: Lang) -> Vec<(String, String, String)> {
    let plurals = cldr("cldr-core/supplemental/plurals.json");
    let language = lang.bcp47().split('-').next().unwrap();
    let rules = plurals["supplemental"]["plurals-type-cardinal"][language]
        .as_object()
        .unwrap_or_else(|| panic!("plurals.json has {language}"));
    rules
        .iter()
        .map(|(key, rule)| {
            let category = key.strip_prefix("pluralRule-count-").unwrap().to_owned();
            let (condition, samples) = text(rule).split_once('@').unwrap_or((text(rule), ""));
            (category, condition.trim().to_owned(), format!("@{samples}"))
        })
        .collect()
}

/// The `@integer` samples of a rule: "@integer 3~10, 103~110, 1003, … @decimal ..." gives
/// 3 to 10, 103 to 110 and 1003.
fn integer_samples(samples: &str) -> Vec<u64> {
    let Some(list) = samples.split('@').find_map(|s| s.strip_prefix("integer")) else {
        return Vec::new();
    };
    let mut all = Vec::new();
    for item in list.split(',').map(str::trim) {
        if item == "…" || item.is_empty() {
            continue;
        }
        match item.split_once('~') {
            Some((a, b)) => all.extend(a.parse::<u64>().unwrap()..=b.parse().unwrap()),
            None => all.push(item.parse().unwrap()),
        }
    }
    all
}

/// Whether CLDR's rule holds for a whole number: `or` of `and` of relations such as
/// `n % 100 = 3..10` or `v = 0`; for a whole number n and i are the number, and v, w, f, t,
/// c and e are 0. An empty rule ("other") always holds.
fn holds(rule: &str, n: u64) -> bool {
    if rule.is_empty() {
        return true;
    }
    rule.split(" or ").any(|clause| {
        clause.split(" and ").all(|relation| {
            let (lhs, not, list) = match relation.split_once(" != ") {
                Some((lhs, list)) => (lhs, true, list),
                None => {
                    let (lhs, list) = relation.split_once(" = ").expect("a relation");
                    (lhs, false, list)
                }
            };
            let mut lhs = lhs.split(" % ");
            let value = match lhs.next().unwrap().trim() {
                "n" | "i" => n,
                "v" | "w" | "f" | "t" | "c" | "e" => 0,
                other => panic!("operand {other}"),
            };
            let value = match lhs.next() {
                Some(m) => value % m.trim().parse::<u64>().unwrap(),
                None => value,
            };
            let inside = list
                .split(',')
                .any(|item| match item.trim().split_once("..") {
                    Some((a, b)) => (a.parse().unwrap()..=b.parse().unwrap()).contains(&value),
                    None => item.trim().parse::<u64>().unwrap() == value,
                });
            inside != not
        })
    })
}

#[test]
fn plural_categories_are_cldrs_rules_from_0_to_200_and_large_numbers() {
    for lang in Lang::ALL {
        let rules = cldr_rules(lang);
        for n in numbers_to_check() {
            // CLDR's categories never overlap: at most one rule besides "other" holds.
            let holding: Vec<&str> = rules
                .iter()
                .filter(|(category, rule, _)| category != "other" && holds(rule, n))
                .map(|(category, _, _)| category.as_str())
                .collect();
            assert!(holding.len() <= 1, "{lang:?} {n}: {holding:?}");
            let cldr = holding.first().copied().unwrap_or("other");
            assert_eq!(plural(lang, n).name(), cldr, "{lang:?} {n}");
        }
    }
}

#[test]
fn plural_categories_match_cldrs_samples() {
    for lang in Lang::ALL {
        let mut checked = 0;
        for (category, _, samples) in cldr_rules(lang) {
            let samples = integer_samples(&samples);
            assert!(!samples.is_empty() || category != "other");
            for n in samples {
                assert_eq!(plural(lang, n).name(), category, "{lang:?} {n}");
                checked += 1;
            }
        }
        assert!(checked > 10, "{lang:?}: only {checked} samples");
    }
}

#[test]
fn arabic_has_six_plural_forms_english_and_sorani_two() {
    let forms = |lang| {
        let mut seen: Vec<Plural> = Vec::new();
        for n in 0..=200 {
            let p = plural(lang, n);
            if !seen.contains(&p) {
                seen.push(p);
            }
        }
        seen
    };
    use Plural::*;
    assert_eq!(forms(Lang::Ar), [Zero, One, Two, Few, Many, Other]);
    assert_eq!(forms(Lang::En), [Other, One]);
    assert_eq!(forms(Lang::Ckb), [Other, One]);
    // The examples: "٥٢ يومًا" (many), "يومان" (two), "٣ أيام" (few).
    assert_eq!(plural(Lang::Ar, 52), Many);
    assert_eq!(plural(Lang::Ar, 2), Two);
    assert_eq!(plural(Lang::Ar, 3), Few);
    assert_eq!(plural(Lang::Ar, 103), Few);
    assert_eq!(plural(Lang::Ar, 100), Other);
}

#[test]
fn each_languages_page_is_found_from_every_other() {
    use phase_tracker::core::locale::page_path;
    use Lang::{Ar, Ckb, En};
    let all = Lang::ALL;
    for (from, asked, path) in [
        (En, Ar, "ar/"),
        (En, Ckb, "ckb/"),
        (Ar, En, "../"),
        (Ar, Ckb, "../ckb/"),
        (Ckb, En, "../"),
        (Ckb, Ar, "../ar/"),
    ] {
        assert_eq!(
            page_path(from, asked, &all),
            Ok(Some(path)),
            "{from:?} -> {asked:?}"
        );
    }
    for lang in all {
        assert_eq!(page_path(lang, lang, &[lang]), Ok(None), "{lang:?} stays");
    }
    // A build whose folder has no Sorani page stays where it is and says so.
    let message = page_path(En, Ckb, &[En, Ar]).unwrap_err();
    assert!(
        message.contains("lang=ckb") && message.contains("showing en"),
        "{message}"
    );
}

#[test]
fn the_pages_published_are_english_and_each_translated_language() {
    let pages: Vec<Lang> = phase_tracker::core::locale::pages().collect();
    let translated = |lang: Lang| {
        root()
            .join(format!("data/translations/{}.json", lang.code()))
            .is_file()
    };
    let expected: Vec<Lang> = Lang::ALL
        .into_iter()
        .filter(|l| *l == Lang::En || translated(*l))
        .collect();
    assert_eq!(pages, expected);
    assert_eq!(
        pages,
        Lang::ALL,
        "the bundled story is translated into ar and ckb"
    );
}
