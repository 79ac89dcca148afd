//! A story's texts in another language (host only: the build applies them before it encodes
//! the story, so a reader's wasm carries one language). A translation is a table of texts
//! keyed by record and field (`claim.C01.summary`, `phase.federal.places.0`); a text the
//! table lacks stays in English and is listed, so the build can say what is missing.

use super::fallback;
use super::locale::{digits, Lang};
use super::schema::RawDataset;
use super::story::Story;
use std::collections::BTreeMap;

/// `text` with its numbers in `lang`'s digits ("في عام 2024" → "في عام ٢٠٢٤"), except digits
/// that belong to a Latin-script word or code ("Kurdistan24", "C-130"), which stay as their
/// owners write them.
pub fn localize_digits(text: &str, lang: Lang) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() * 2);
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == ',' || chars[i] == '.') {
            i += 1;
        }
        // Trailing punctuation is not part of the number.
        let mut end = i;
        while end > start && !chars[end - 1].is_ascii_digit() {
            end -= 1;
        }
        let latin = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_alphabetic() || *c == '-');
        let run: String = chars[start..end].iter().collect();
        let in_latin =
            latin(start.checked_sub(1).and_then(|p| chars.get(p))) || latin(chars.get(end));
        if in_latin || lang == Lang::En {
            out.push_str(&run);
        } else {
            // CLDR's grouping and decimal signs for ar-IQ and ckb: U+066C and U+066B.
            out.push_str(&digits(
                lang,
                &run.replace(',', "\u{66c}").replace('.', "\u{66b}"),
            ));
        }
        out.extend(&chars[end..i]);
    }
    out
}

/// Applies `texts` to `raw`: every text field whose key is in the table takes the translation;
/// the others stay in English, marked so ([`fallback::mark`]). Returns the keys of the text
/// fields left in English (missing), or the keys of the table that name no text field of the
/// story (errors).
///
/// Numbers in the translations are written in `lang`'s digits ([`localize_digits`]).
pub fn apply(
    raw: &mut RawDataset,
    texts: &BTreeMap<String, String>,
    lang: Lang,
) -> Result<Vec<String>, Vec<String>> {
    // Every text field's key (a table key outside it names nothing), and those left in
    // English.
    let mut fields: Vec<String> = Vec::new();
    let mut missing: Vec<String> = Vec::new();
    let mut walk = |key: String, field: &mut String| {
        match texts.get(&key) {
            Some(text) if !text.trim().is_empty() => *field = localize_digits(text, lang),
            _ => {
                // Shown in English, and marked so (core::fallback).
                *field = fallback::mark(field);
                missing.push(key.clone());
            }
        }
        fields.push(key);
    };
    walk("meta.title".into(), &mut raw.meta.title);
    walk("meta.dek".into(), &mut raw.meta.dek);
    for p in &mut raw.phases {
        walk(format!("phase.{}.name", p.id), &mut p.name);
        walk(format!("phase.{}.summary", p.id), &mut p.summary);
        for (i, place) in p.places.iter_mut().enumerate() {
            walk(format!("phase.{}.places.{i}", p.id), place);
        }
    }
    for s in &mut raw.subjects {
        walk(format!("subject.{}.label", s.id), &mut s.label);
    }
    for c in &mut raw.claims {
        walk(format!("claim.{}.summary", c.id), &mut c.summary);
        if let Some(role) = c.speaker.role.as_mut() {
            walk(format!("claim.{}.speaker.role", c.id), role);
        }
        if let Some(name) = c.speaker.name.as_mut() {
            walk(format!("claim.{}.speaker.name", c.id), name);
        }
        if let Some(v) = c.value.as_mut() {
            walk(format!("claim.{}.value.label", c.id), &mut v.label);
            if let Some(counts) = v.counts.as_mut() {
                walk(format!("claim.{}.value.counts", c.id), counts);
            }
        }
        if let Some(reason) = c.date.as_mut().and_then(|d| d.inference.as_mut()) {
            walk(format!("claim.{}.date.inference", c.id), reason);
        }
    }
    for e in &mut raw.events {
        walk(format!("event.{}.summary", e.id), &mut e.summary);
        if let Some(reason) = e.date.inference.as_mut() {
            walk(format!("event.{}.date.inference", e.id), reason);
        }
    }
    for s in &mut raw.sources {
        if let Some(reason) = s.published.inference.as_mut() {
            walk(format!("source.{}.published.inference", s.id), reason);
        }
    }
    // Our translations of quotes are carried beside the quote (not yet shown).
    let unknown: Vec<String> = texts
        .keys()
        .filter(|k| !fields.contains(k) && !k.ends_with(".quote_translation"))
        .map(|k| format!("{k}: names no text field of the story"))
        .collect();
    if unknown.is_empty() {
        Ok(missing)
    } else {
        Err(unknown)
    }
}

/// Sets each quoted claim's translation of its quote from `texts`
/// (`claim.<id>.quote_translation`), in `lang`'s digits. Returns the quoted claims left
/// without one, or the keys that name a claim with no quote (errors).
pub fn quote_translations(
    story: &mut Story,
    texts: &BTreeMap<String, String>,
    lang: Lang,
) -> Result<Vec<String>, Vec<String>> {
    let mut missing = Vec::new();
    for claim in &mut story.claims {
        let key = format!("claim.{}.quote_translation", claim.id);
        if claim.quote.is_some() {
            match texts.get(&key) {
                Some(text) if !text.trim().is_empty() => {
                    claim.quote_translation = Some(localize_digits(text, lang));
                }
                _ => missing.push(key),
            }
        }
    }
    let errors: Vec<String> = texts
        .keys()
        .filter_map(|k| {
            let id = k
                .strip_prefix("claim.")?
                .strip_suffix(".quote_translation")?;
            let quoted = story.claims.iter().any(|c| c.id == id && c.quote.is_some());
            (!quoted).then(|| format!("{k}: claim {id} has no quote to translate"))
        })
        .collect();
    if errors.is_empty() {
        Ok(missing)
    } else {
        Err(errors)
    }
}

/// A language's translation of a story, as `data/translations/<code>.json` holds it beside the
/// data file (its other fields, such as the translator's notes, are for editors).
#[derive(Clone, Debug, serde::Deserialize)]
pub struct Table {
    /// Whether a native editor has reviewed it (and the language's strings table); until
    /// then the page says so in one line.
    pub reviewed: bool,
    /// Texts by record and field: "claim.C01.summary".
    pub texts: BTreeMap<String, String>,
}

/// Where the translation into `lang` of the data file at `data` is:
/// `translations/<code>.json` in the data file's folder.
pub fn table_path(data: &std::path::Path, lang: Lang) -> std::path::PathBuf {
    data.parent()
        .unwrap_or(std::path::Path::new("."))
        .join("translations")
        .join(format!("{}.json", lang.code()))
}

/// Reads the translation at `path`, or says why it cannot (naming the file).
pub fn read_table(path: &std::path::Path) -> Result<Table, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// A story in another language, and what it lacks.
pub struct Translated {
    /// The validated story with the translation applied.
    pub story: Story,
    /// The keys of the texts left in English (each marked so, [`fallback`]).
    pub in_english: Vec<String>,
    /// The keys of the quoted claims left without our translation of their quote.
    pub quotes_alone: Vec<String>,
}

/// The story of `raw` in `lang` with `table` applied ([`apply`]), validated, with our
/// translations of its quotes ([`quote_translations`]); or every problem (a key that names
/// no text, a story the translation made invalid), one per line.
pub fn translate(raw: &RawDataset, table: &Table, lang: Lang) -> Result<Translated, Vec<String>> {
    let mut raw = raw.clone();
    let in_english = apply(&mut raw, &table.texts, lang)?;
    let mut story = Story::from_raw(raw)
        .map_err(|errors| errors.0.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    let quotes_alone = quote_translations(&mut story, &table.texts, lang)?;
    Ok(Translated {
        story,
        in_english,
        quotes_alone,
    })
}
