//! The reader's language: English, Arabic with Iraq's conventions (`ar-IQ`) or Sorani Kurdish
//! (`ckb`), and what CLDR says each writes differently: plural categories, digits, grouping
//! of large numbers, month names and the order of a date's parts. The data is CLDR's,
//! generated into `locale_data.rs` by `scripts/gen-locale.mjs`; this module only reads it.
//! Browsers' `Intl` lacks `ckb` (Chromium falls back to English), so the widget carries its
//! own.

use super::locale_data::{self as data, Data};
use chrono::{Datelike, NaiveDate};

/// A language the widget can be shown in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English, with the widget's "18 Jan 2026" dates.
    En,
    /// Arabic as written in Iraq (CLDR `ar-IQ`): Iraqi month names, Arabic-Indic digits.
    Ar,
    /// Central (Sorani) Kurdish, in Arabic script (CLDR `ckb`).
    Ckb,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ar, Lang::Ckb];

    /// The short code the widget uses: "en", "ar", "ckb".
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Ar => "ar",
            Self::Ckb => "ckb",
        }
    }

    /// The BCP 47 tag of the conventions followed, for `lang` attributes: "en", "ar-IQ",
    /// "ckb".
    pub fn bcp47(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Ar => "ar-IQ",
            Self::Ckb => "ckb",
        }
    }

    /// The writing direction, for `dir` attributes: "ltr" or "rtl".
    pub fn dir(self) -> &'static str {
        match self {
            Self::En => "ltr",
            Self::Ar | Self::Ckb => "rtl",
        }
    }

    /// Reads a language's [`code`](Self::code) or [`bcp47`](Self::bcp47) tag, in any
    /// letter case: "ar", "ar-IQ", "CKB".
    pub fn parse(text: &str) -> Option<Lang> {
        Self::ALL.into_iter().find(|lang| {
            text.eq_ignore_ascii_case(lang.code()) || text.eq_ignore_ascii_case(lang.bcp47())
        })
    }

    /// The language's CLDR data (digits, grouping, date patterns).
    pub(crate) fn data(self) -> &'static Data {
        match self {
            Self::En => &data::EN,
            Self::Ar => &data::AR_IQ,
            Self::Ckb => &data::CKB,
        }
    }
}

/// The language the widget is built in: `PHASE_TRACKER_LANG`, which build.rs turns into
/// `cfg(phase_tracker_lang = "...")` (English when unset, and in build.rs itself).
#[cfg(phase_tracker_lang = "ar")]
pub const BUILD: Lang = Lang::Ar;
/// See the other `BUILD`.
#[cfg(phase_tracker_lang = "ckb")]
pub const BUILD: Lang = Lang::Ckb;
/// See the other `BUILD`.
#[cfg(not(any(phase_tracker_lang = "ar", phase_tracker_lang = "ckb")))]
pub const BUILD: Lang = Lang::En;

/// The languages `scripts/publish.sh` builds a page in beside this one
/// (`PHASE_TRACKER_PAGES`, set by build.rs): English and each language the story has a
/// translation for. (`trunk serve` builds [`BUILD`] alone.)
pub fn pages() -> impl Iterator<Item = Lang> {
    option_env!("PHASE_TRACKER_PAGES")
        .unwrap_or("en")
        .split(' ')
        .filter_map(Lang::parse)
}

/// Where the page in `asked` is, relative to the page in `from` (the folder's layout:
/// English at the top, each other language in its own folder, `ar/` and `ckb/`): `None`
/// when `from` is already that page. An error, saying what is shown instead, when `pages`
/// (see [`pages`]) has no page in `asked`.
pub fn page_path(from: Lang, asked: Lang, pages: &[Lang]) -> Result<Option<&'static str>, String> {
    if asked == from {
        return Ok(None);
    }
    if !pages.contains(&asked) {
        return Err(format!(
            "phase tracker: no page in lang={} was published with this one; showing {}",
            asked.code(),
            from.code()
        ));
    }
    Ok(Some(match (from, asked) {
        (Lang::En, Lang::Ar) => "ar/",
        (Lang::En, _) => "ckb/",
        (_, Lang::En) => "../",
        (_, Lang::Ar) => "../ar/",
        (_, Lang::Ckb) => "../ckb/",
    }))
}

/// A CLDR plural category: which form of a counted word a number takes. English uses one
/// and other ("1 day", "2 days"); Arabic all six ("يومان" is two, "٣ أيام" few, "٥٢ يومًا"
/// many); Sorani one and other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Plural {
    /// CLDR's "zero".
    Zero,
    /// CLDR's "one".
    One,
    /// CLDR's "two".
    Two,
    /// CLDR's "few".
    Few,
    /// CLDR's "many".
    Many,
    /// CLDR's "other", which every language has.
    Other,
}

impl Plural {
    /// CLDR's name for the category: "zero", "one", "two", "few", "many", "other".
    pub fn name(self) -> &'static str {
        match self {
            Self::Zero => "zero",
            Self::One => "one",
            Self::Two => "two",
            Self::Few => "few",
            Self::Many => "many",
            Self::Other => "other",
        }
    }
}

/// The plural category of a count of whole things in a language, by CLDR's cardinal rules
/// (compiled into `locale_data.rs` from `plurals.json`).
pub fn plural(lang: Lang, n: u64) -> Plural {
    match lang {
        Lang::En => data::plural_en(n),
        Lang::Ar => data::plural_ar(n),
        Lang::Ckb => data::plural_ckb(n),
    }
}

/// `text` with its digits 0 to 9 written in the language's digits (CLDR's default numbering
/// system: Arabic-Indic `٠١٢٣٤٥٦٧٨٩` for `ar-IQ` and `ckb`); everything else unchanged.
pub fn digits(lang: Lang, text: &str) -> String {
    let digits = &lang.data().digits;
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => digits[d as usize],
            None => c,
        })
        .collect()
}

/// A whole number as the language writes it: its digits, grouped by thousands with its group
/// separator (`1,000`; `١٬٠٠٠` with U+066C for `ar-IQ` and `ckb`), and a negative number
/// after its minus sign (CLDR's, which for `ar-IQ` begins with U+061C ARABIC LETTER MARK and
/// for `ckb` with U+200F RIGHT-TO-LEFT MARK).
pub fn integer(lang: Lang, n: i64) -> String {
    let d = lang.data();
    let plain = n.unsigned_abs().to_string();
    let len = plain.len();
    let (primary, secondary) = (usize::from(d.primary_group), usize::from(d.secondary_group));
    let grouped = len >= primary + usize::from(d.min_grouping);
    let mut out = String::new();
    if n < 0 {
        out.push_str(d.minus);
    }
    for (i, c) in plain.chars().enumerate() {
        let left = len - i;
        let boundary =
            left == primary || (left > primary && (left - primary).is_multiple_of(secondary));
        if grouped && i > 0 && boundary {
            out.push_str(d.group);
        }
        out.push(c);
    }
    digits(lang, &out)
}

/// A month's wide name (format context, as in a date), for months 1 to 12; "" for any
/// other number. "September"; `ar-IQ` "أيلول"; `ckb` "ئەیلوول".
pub fn month(lang: Lang, month: u32) -> &'static str {
    month_name(&lang.data().months, month)
}

/// A month's abbreviated name (format context), for months 1 to 12; "" for any other
/// number. English "Sep"; for `ckb` the wide name; for `ar-IQ` the wide name too, but
/// October's, "تشرين الأول", has U+00A0 NO-BREAK SPACE in CLDR's abbreviated form.
pub fn month_abbr(lang: Lang, month: u32) -> &'static str {
    month_name(&lang.data().months_abbr, month)
}

fn month_name(names: &[&'static str; 12], month: u32) -> &'static str {
    names
        .get(month.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or("")
}

/// A day, written with CLDR's `yMMMd` pattern in the language's digits: "18 Jan 2026"
/// (`en-001`'s "d MMM y", which the widget has always used, with `en`'s month names);
/// `ar-IQ` "d MMM y", "١٨ كانون الثاني ٢٠٢٦"; `ckb` "dی MMMی y", "١٨ی کانوونی دووەمی ٢٠٢٦".
/// None of these patterns holds a bidi mark (U+061C, U+200E, U+200F), and none is added.
/// The Arabic-script results hold only right-to-left letters, Arabic-Indic digits and
/// spaces; show them in an element with [`Lang::dir`].
pub fn day(lang: Lang, date: NaiveDate) -> String {
    expand(
        lang,
        lang.data().day_pattern,
        date.day(),
        date.month(),
        date.year(),
    )
}

/// A month of a year, written with CLDR's `yMMMM` pattern in the language's digits:
/// "September 2026"; `ar-IQ` "MMMM y", "أيلول ٢٠٢٦"; `ckb` "y MMMM", "٢٠٢٦ ئەیلوول".
/// Neither pattern holds a bidi mark. A month outside 1 to 12 has no name ("").
pub fn month_year(lang: Lang, year: i32, month: u32) -> String {
    expand(lang, lang.data().month_year_pattern, 1, month, year)
}

/// CLDR's `yMMMd` pattern that [`day`] follows, as CLDR writes it.
pub fn day_pattern(lang: Lang) -> &'static str {
    lang.data().day_pattern
}

/// CLDR's `yMMMM` pattern that [`month_year`] follows, as CLDR writes it.
pub fn month_year_pattern(lang: Lang) -> &'static str {
    lang.data().month_year_pattern
}

/// Expands a CLDR date pattern: the fields `d`, `dd`, `M`, `MM`, `MMM`, `MMMM` and `y`
/// (the generator refuses patterns with others), quoted literal text (`'de'`, `''` for an
/// apostrophe) and everything else as it stands.
fn expand(lang: Lang, pattern: &str, day: u32, month: u32, year: i32) -> String {
    let mut out = String::new();
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\'' {
            // A quoted literal; '' inside or outside it is one apostrophe.
            if chars.next_if_eq(&'\'').is_some() {
                out.push('\'');
                continue;
            }
            while let Some(q) = chars.next() {
                if q != '\'' {
                    out.push(q);
                } else if chars.next_if_eq(&'\'').is_some() {
                    out.push('\'');
                } else {
                    break;
                }
            }
        } else if c.is_ascii_alphabetic() {
            let mut width = 1;
            while chars.next_if_eq(&c).is_some() {
                width += 1;
            }
            match (c, width) {
                ('d', 1) => out.push_str(&digits(lang, &day.to_string())),
                ('d', _) => out.push_str(&digits(lang, &format!("{day:02}"))),
                ('M', 1) => out.push_str(&digits(lang, &month.to_string())),
                ('M', 2) => out.push_str(&digits(lang, &format!("{month:02}"))),
                ('M', 3) => out.push_str(month_abbr(lang, month)),
                ('M', _) => out.push_str(self::month(lang, month)),
                // `y`, the only other field the generator lets through: the year, whole.
                _ => out.push_str(&digits(lang, &year.to_string())),
            }
        } else {
            out.push(c);
        }
    }
    out
}
