//! The share card (host only, written at build time): a 1200×630 picture of where each phase
//! stands as of the build, for social previews (`og:image`) and wherever an iframe cannot go
//! (an AMP placeholder, a newsletter, print). It is drawn from the same core answers and the
//! same words ([`crate::text`]) as the widget, as SVG, and rasterised to PNG with `resvg`
//! using the named font files only ([`FONTS`]), so the picture does not depend on what else
//! the machine has installed.

use crate::core::date::{format_day, local_day};
use crate::core::disagreement::disagreements;
use crate::core::status::{phase_status, Status};
use crate::core::story::{Story, SubjectKind};
use crate::html::{escape, position_name, status_symbol};
use crate::text;
use chrono::{DateTime, Utc};
use std::fmt::Write;

/// The card's size in pixels: the size social networks show large (1.91:1).
pub const WIDTH: u32 = 1200;
/// See [`WIDTH`].
pub const HEIGHT: u32 = 630;

/// The font family the card is set in, and the files it is loaded from (Debian's
/// `fonts-dejavu-core`, which `scripts/setup.sh` installs): DejaVu Sans covers Latin,
/// Arabic and the status symbols.
pub const FONT_FAMILY: &str = "DejaVu Sans";
/// See [`FONT_FAMILY`].
pub const FONTS: [&str; 2] = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
];

/// A status's colour on the card: the widget's light-theme colours (style/main.css).
fn status_colour(status: Status) -> &'static str {
    match status {
        Status::NoStartReported => "#4d5358",
        Status::StartReported => "#0b57d0",
        Status::DeadlinePassed => "#b3261e",
        Status::CompletionReported => "#146c2e",
    }
}

/// Splits `text` into lines of at most `max` characters at spaces (a longer word stands on
/// a line of its own), keeping at most `lines` lines; the last kept line ends in "…" when
/// text was left out.
pub fn wrap(text: &str, max: usize, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match out.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= max => {
                line.push(' ');
                line.push_str(word);
            }
            _ => out.push(word.to_owned()),
        }
    }
    if out.len() > lines {
        out.truncate(lines);
        if let Some(last) = out.last_mut() {
            last.push('…');
        }
    }
    out
}

/// One `<text>` element per line, `size` px, starting at `(x, y)`, lines `size × 1.25` apart.
fn text_lines(out: &mut String, lines: &[String], x: u32, y: u32, size: u32, style: &str) -> u32 {
    let step = size * 5 / 4;
    for (i, line) in lines.iter().enumerate() {
        let _ = write!(
            out,
            "<text x=\"{x}\" y=\"{}\" font-size=\"{size}\" {style}>{}</text>",
            y + step * i as u32,
            escape(line)
        );
    }
    y + step * lines.len() as u32
}

/// The card as SVG: the story's title; for each phase (two columns), its name, its status in
/// symbol, words and colour, the deadline positions with how many sources hold each, the
/// subjects sources disagree on, and the quiet-coverage line; then the day it is as of.
pub fn svg(story: &Story, as_of: DateTime<Utc>) -> String {
    let zone = story.meta.offset;
    let title = wrap(&story.meta.title, 44, 2);
    let band = 50 * title.len() as u32 + 60;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" font-family=\"{FONT_FAMILY}, sans-serif\">\
         <rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"#ffffff\"/>\
         <rect width=\"{WIDTH}\" height=\"{band}\" fill=\"#1a1c1e\"/>"
    );
    text_lines(
        &mut out,
        &title,
        48,
        70,
        40,
        "font-weight=\"bold\" fill=\"#ffffff\"",
    );
    let top = band + 40;
    let columns = story.phases.len().clamp(1, 2) as u32;
    let column = (WIDTH - 48 * 2 - 40 * (columns - 1)) / columns;
    // A column's text starts 24 px in and may reach 20 px into the gutter; a character is
    // about 0.55 em wide in DejaVu Sans at these sizes, 0.6 em in bold.
    let room = column + 20 - 24;
    let chars = |size: u32| (room * 100 / (size * 55)) as usize;
    let bold = |size: u32| (room * 100 / (size * 60)) as usize;
    for (i, phase) in story.phases.iter().take(2).enumerate() {
        let x = 48 + (column + 40) * i as u32;
        let status = phase_status(story, phase, as_of);
        let colour = status_colour(status.status);
        let _ = write!(
            out,
            "<rect x=\"{x}\" y=\"{top}\" width=\"6\" height=\"{}\" fill=\"{colour}\"/>",
            HEIGHT - 84 - top
        );
        let x = x + 24;
        let mut y = text_lines(
            &mut out,
            &wrap(&text::tab(&phase.name, phase.year), bold(26), 1),
            x,
            top + 28,
            26,
            "font-weight=\"bold\" fill=\"#1a1c1e\"",
        );
        let status_line = format!(
            "{} {}",
            status_symbol(status.status),
            text::status(status.status)
        );
        y = text_lines(
            &mut out,
            &wrap(&status_line, bold(36), 2),
            x,
            y + 16,
            36,
            &format!("font-weight=\"bold\" fill=\"{colour}\""),
        );
        let deadlines: Vec<String> = status
            .deadlines
            .iter()
            .map(|p| text::held_by(&position_name(p), p.source_count()))
            .collect();
        if !deadlines.is_empty() {
            let line = format!("{}: {}", text::COUNTDOWN, deadlines.join(" · "));
            y = text_lines(
                &mut out,
                &wrap(&line, chars(24), 3),
                x,
                y + 14,
                24,
                "fill=\"#1a1c1e\"",
            );
        }
        let disputed: Vec<String> = disagreements(story, Some(&phase.id), as_of)
            .iter()
            .filter(|d| d.subject.kind != SubjectKind::Reports)
            .map(|d| d.subject.label.clone())
            .collect();
        if !disputed.is_empty() {
            let line = format!(
                "{} {}",
                text::BADGE_LEAD,
                text::badge_subject(&disputed.join(", "))
            );
            y = text_lines(
                &mut out,
                &wrap(&line, chars(22), 3),
                x,
                y + 14,
                22,
                "fill=\"#6b3a00\"",
            );
        }
        if let Some(last) = status.quiet_since {
            let line = text::quiet_since(&format_day(local_day(last, zone)));
            text_lines(
                &mut out,
                &wrap(&line, bold(20), 2),
                x,
                y + 14,
                20,
                "font-weight=\"bold\" fill=\"#1a1c1e\"",
            );
        }
    }
    let footer = text::card_as_of(&format_day(local_day(as_of, zone)));
    text_lines(
        &mut out,
        &wrap(&footer, 100, 1),
        48,
        598,
        22,
        "fill=\"#4d5358\"",
    );
    out.push_str("</svg>");
    out
}

/// The card in words, for `og:image:alt`: the title, the day, and each phase's status.
pub fn alt(story: &Story, as_of: DateTime<Utc>) -> String {
    let phases: Vec<String> = story
        .phases
        .iter()
        .map(|p| {
            text::phase_and_status(
                &text::tab(&p.name, p.year),
                phase_status(story, p, as_of).status,
            )
        })
        .collect();
    text::card_alt(
        &story.meta.title,
        &format_day(local_day(as_of, story.meta.offset)),
        &phases,
    )
}

/// Rasterises the card's SVG to PNG with the fonts in [`FONTS`], or says which font file is
/// missing or what failed.
pub fn png(svg: &str) -> Result<Vec<u8>, String> {
    use resvg::{tiny_skia, usvg};
    let mut options = usvg::Options {
        font_family: FONT_FAMILY.to_owned(),
        ..usvg::Options::default()
    };
    for font in FONTS {
        let data = std::fs::read(font).map_err(|e| {
            format!("share card: font {font}: {e} (Debian fonts-dejavu-core; scripts/setup.sh installs it)")
        })?;
        options.fontdb_mut().load_font_data(data);
    }
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| format!("share card: {e}"))?;
    let mut pixmap =
        tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("share card: cannot allocate the picture")?;
    resvg::render(
        &tree,
        tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| format!("share card: {e}"))
}
