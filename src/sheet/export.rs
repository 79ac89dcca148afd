//! A data file's records as spreadsheet files (see [`super::columns`] for the columns).

use super::columns::{
    Sheet, CLAIMS, EVENTS, LIST_SEPARATOR, META, PHASES, SOURCES, SUBJECTS, TRUE,
};
use super::csv;
use crate::core::schema::{RawDataset, RawDate};

/// The story as CSV files: each file's name and text, in [`super::columns::SHEETS`] order.
/// An absent optional field is an empty cell, a flag that is not set an empty cell, a list
/// one item per line.
pub fn export(raw: &RawDataset) -> Vec<(&'static str, String)> {
    let m = &raw.meta;
    let meta = vec![vec![
        raw.format.to_string(),
        m.title.clone(),
        m.dek.clone(),
        m.last_reviewed.clone(),
        m.time_zone.clone(),
        m.utc_offset.clone(),
        m.axis_start.clone(),
        m.axis_end.clone(),
    ]];
    let sources = raw
        .sources
        .iter()
        .map(|s| {
            let mut row = vec![s.id.clone(), s.outlet.clone(), text(&s.headline)];
            row.extend(date(Some(&s.published)));
            row.extend([text(&s.url), text(&s.via)]);
            row
        })
        .collect();
    let phases = raw
        .phases
        .iter()
        .map(|p| {
            vec![
                p.id.clone(),
                p.name.clone(),
                p.year.to_string(),
                list(&p.places),
                p.summary.clone(),
                list(&p.sources),
            ]
        })
        .collect();
    let subjects = raw
        .subjects
        .iter()
        .map(|s| {
            vec![
                s.id.clone(),
                text(&s.phase),
                s.kind.clone(),
                s.label.clone(),
            ]
        })
        .collect();
    let claims = raw
        .claims
        .iter()
        .map(|c| {
            let mut row = vec![
                c.id.clone(),
                c.source.clone(),
                c.subject.clone(),
                c.speaker.kind.clone(),
                text(&c.speaker.name),
                text(&c.speaker.role),
            ];
            row.extend(date(c.date.as_ref()));
            match &c.value {
                Some(v) => row.extend([v.key.clone(), v.label.clone(), text(&v.counts)]),
                None => row.extend([String::new(), String::new(), String::new()]),
            }
            row.extend([
                c.summary.clone(),
                text(&c.quote),
                text(&c.translated_by),
                flag(c.forecast),
            ]);
            row
        })
        .collect();
    let events = raw
        .events
        .iter()
        .map(|e| {
            let mut row = vec![e.id.clone()];
            row.extend(date(Some(&e.date)));
            row.extend([text(&e.phase), e.summary.clone(), list(&e.sources)]);
            row
        })
        .collect();
    [
        (META, meta),
        (SOURCES, sources),
        (PHASES, phases),
        (SUBJECTS, subjects),
        (CLAIMS, claims),
        (EVENTS, events),
    ]
    .into_iter()
    .map(|(sheet, rows)| (sheet.file, file(sheet, rows)))
    .collect()
}

/// A sheet's CSV text: its header, then its rows.
fn file(sheet: Sheet, rows: Vec<Vec<String>>) -> String {
    let header: Vec<String> = sheet.columns.iter().map(|c| (*c).to_owned()).collect();
    let mut records = vec![header];
    records.extend(rows);
    csv::write(&records)
}

/// An optional text: empty when absent.
fn text(value: &Option<String>) -> String {
    value.clone().unwrap_or_default()
}

/// A flag: [`TRUE`] when set, else empty.
fn flag(set: bool) -> String {
    if set { TRUE } else { "" }.to_owned()
}

/// A list, one item per line.
fn list(items: &[String]) -> String {
    items.join(&LIST_SEPARATOR.to_string())
}

/// A date's five cells (precision, value, qualifier, inferred, inference): all empty when
/// there is no date.
fn date(d: Option<&RawDate>) -> [String; 5] {
    match d {
        Some(d) => [
            d.precision.clone(),
            d.value.clone(),
            text(&d.qualifier),
            flag(d.inferred),
            text(&d.inference),
        ],
        None => Default::default(),
    }
}
