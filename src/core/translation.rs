//! A story's texts in another language (host only: the build applies them before it encodes
//! the story, so a reader's wasm carries one language). A translation is a table of texts
//! keyed by record and field (`claim.C01.summary`, `phase.federal.places.0`); a text the
//! table lacks stays in English and is listed, so the build can say what is missing.

use super::schema::RawDataset;
use std::collections::BTreeMap;

/// Applies `texts` to `raw`: every text field whose key is in the table takes the translation.
/// Returns the keys of the text fields left in English (missing), or the keys of the table
/// that name no text field of the story (errors).
pub fn apply(
    raw: &mut RawDataset,
    texts: &BTreeMap<String, String>,
) -> Result<Vec<String>, Vec<String>> {
    // Every text field's key (a table key outside it names nothing), and those left in
    // English.
    let mut fields: Vec<String> = Vec::new();
    let mut missing: Vec<String> = Vec::new();
    let mut walk = |key: String, field: &mut String| {
        match texts.get(&key) {
            Some(text) if !text.trim().is_empty() => *field = text.clone(),
            _ => missing.push(key.clone()),
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
