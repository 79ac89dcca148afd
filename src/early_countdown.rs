//! The countdown before the wasm (host only, at build time): a few lines of JS in the loader
//! ([`crate::prerender::rewrite`]) fill the first view's clock cells from their `data-target`
//! and `data-precision` while the wasm loads, with the very texts [`crate::text::reading`]
//! gives (its numbers are [`crate::text::number`]'s), so the wasm takes over without a
//! change. The logic is `early_countdown.js`; this module gives it the page's language: the
//! strings, the digits, the grouping, the plural forms of "days", and the story's time zone.

use crate::core::locale::{plural, Lang};
use crate::text::{LANG, S};
use chrono::FixedOffset;
use serde_json::json;

/// The script's source, with its `//` comment lines.
const SOURCE: &str = include_str!("early_countdown.js");

/// Counts below this are looked up directly in the plural table; above, by `100 + n % 100`
/// (CLDR's cardinal rules for the three languages depend on `n` itself only below 100).
const PLURAL_TABLE: u64 = 200;

/// The plural category (as a digit, `Plural as usize`) of every count below [`PLURAL_TABLE`]
/// in `lang`.
pub fn plural_table(lang: Lang) -> String {
    (0..PLURAL_TABLE)
        .map(|n| char::from(b'0' + plural(lang, n) as u8))
        .collect()
}

/// The category the script reads for `n` from [`plural_table`]: the same as [`plural`] for
/// every `n` (a host test checks it up to a million).
pub fn plural_in_table(table: &str, n: u64) -> Option<usize> {
    let at = if n < PLURAL_TABLE {
        n
    } else {
        PLURAL_TABLE / 2 + n % 100
    };
    let digit = *table.as_bytes().get(usize::try_from(at).ok()?)?;
    Some(usize::from(digit - b'0'))
}

/// The script for a story told in `zone`, its comment lines dropped. An error when the
/// language groups digits in a way the script does not (groups of 3 only).
pub fn script(zone: FixedOffset) -> Result<String, String> {
    let data = LANG.data();
    if (data.primary_group, data.secondary_group) != (3, 3) {
        return Err(format!(
            "early_countdown.js groups digits by 3; {} groups them by {} and {}",
            LANG.code(),
            data.primary_group,
            data.secondary_group
        ));
    }
    // English numbers are written plain ([`text::number`]): no grouping.
    let (group, grouped) = match LANG {
        Lang::En => ("", 0),
        _ => (data.group, 3 + data.min_grouping),
    };
    // One UTF-16 unit each (ASCII, Arabic-Indic), so the script can index the string.
    if data.digits.iter().any(|d| d.len_utf16() != 1) {
        return Err(format!(
            "early_countdown.js indexes digits by UTF-16 unit; {}'s are longer",
            LANG.code()
        ));
    }
    let digits: String = data.digits.iter().collect();
    let config = json!({
        "zone": zone.local_minus_utc(),
        "digits": digits,
        "group": group,
        "grouped": grouped,
        "plural": plural_table(LANG),
        "days": S.days,
        "left": S.left,
        "passedDays": S.passed_days,
        "passedHours": S.passed_hours,
        "closes": S.window_closes,
        "closesToday": S.window_closes_today,
        "closed": S.window_closed,
        "closedToday": S.window_closed_today,
    });
    let code: String = SOURCE
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .map(|line| format!("{line}\n"))
        .collect();
    Ok(code.replacen("CONFIG", &config.to_string(), 1))
}
