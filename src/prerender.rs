//! Build-time rewrite of Trunk's `dist/index.html` (host only): the tracker's first view
//! ([`crate::ui::first_view`]) goes into the page, so readers see the title, phases, status
//! and deadlines before the wasm arrives, or without JavaScript at all; the loading note says
//! when those facts are from; and the Trunk loader moves from an inline script into a file, so
//! the page runs under a CSP without `'unsafe-inline'`.

use crate::html::escape as html_escape;
use crate::text;
use std::fmt::Write;

/// The loading note (`id="boot-note"`, quoted or not, since Trunk minifies release HTML)
/// inside `#phase-tracker`: where its `<p` starts, and where its text starts and ends.
fn note_position(html: &str) -> Option<(usize, usize, usize)> {
    let id = html
        .find("id=\"boot-note\"")
        .or_else(|| html.find("id=boot-note"))?;
    let start = html[..id].rfind("<p")?;
    let text = id + html[id..].find('>')? + 1;
    let end = text + html[text..].find("</p>")?;
    Some((start, text, end))
}

/// Trunk's inline loader, moved into a file: `(file name, contents)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loader {
    /// `boot-<hash>.js`.
    pub name: String,
    /// The module's source.
    pub source: String,
}

/// Rewrites Trunk's `index.html`: inserts `first_view` before the loading note, which then
/// says the facts are as of `built_day`; and replaces the inline module script with a
/// `<script type="module" src>` of a loader file that marks
/// `performance.mark('tracker-interactive')` once the tracker has mounted, or, when the wasm
/// fails to load, says the live countdown is unavailable and loads `static.css` (every phase
/// shown, no dead controls). Returns the new HTML and the loader, or an error naming what was
/// not found.
pub fn rewrite(index: &str, first_view: &str, built_day: &str) -> Result<(String, Loader), String> {
    let start = index
        .find("<script type=\"module\">")
        .or_else(|| index.find("<script type=module>"))
        .ok_or("no inline module script from Trunk in index.html")?;
    let body_start = index[start..]
        .find('>')
        .map(|i| start + i + 1)
        .ok_or("bad script tag")?;
    let end = index[body_start..]
        .find("</script>")
        .map(|i| body_start + i)
        .ok_or("unterminated inline script")?;
    let inline = &index[body_start..end];
    let js = quoted_after(inline, "from ").ok_or("no module path in Trunk's loader")?;
    let wasm = quoted_after(inline, "module_or_path: ").ok_or("no wasm path in Trunk's loader")?;
    let source = format!(
        "import init from '{js}';\n\
         init({{ module_or_path: '{wasm}' }}).then(() => performance.mark('tracker-interactive'), (error) => {{\n\
         \x20 console.warn('phase tracker: the live countdown could not start', error);\n\
         \x20 const note = document.getElementById('boot-note');\n\
         \x20 if (note) note.textContent = {unavailable:?};\n\
         \x20 document.getElementById('phase-tracker')?.setAttribute('aria-busy', 'false');\n\
         \x20 const style = document.createElement('link');\n\
         \x20 style.rel = 'stylesheet';\n\
         \x20 style.href = './static.css';\n\
         \x20 document.head.append(style);\n\
         }});\n",
        unavailable = text::live_unavailable(built_day),
    );
    let name = format!("boot-{:016x}.js", fnv1a(source.as_bytes()));
    let mut html = String::with_capacity(index.len() + first_view.len());
    html.push_str(&index[..start]);
    let _ = write!(html, "<script type=\"module\" src=\"./{name}\"></script>");
    html.push_str(&index[end + "</script>".len()..]);
    let (start, text, end) =
        note_position(&html).ok_or("no loading note (id=\"boot-note\") in index.html")?;
    html.replace_range(text..end, &html_escape(&text::static_as_of(built_day)));
    html.insert_str(start, first_view);
    Ok((html, Loader { name, source }))
}

/// The share card's file names in the built folder (written by [`crate::share_card`]).
pub const CARD_PNG: &str = "share-card.png";
/// See [`CARD_PNG`].
pub const CARD_SVG: &str = "share-card.svg";

/// Adds the share card to the page's `<head>` as its social preview (`og:image`, with its
/// description `alt`, and `twitter:card`), at `base` (the published address ending in "/",
/// or "" for a relative link when the address is not known).
pub fn with_card_meta(html: &str, base: &str, alt: &str) -> Result<String, String> {
    let at = html.find("</head>").ok_or("no </head> in index.html")?;
    let meta = format!(
        "<meta property=\"og:image\" content=\"{}{CARD_PNG}\"><meta property=\"og:image:alt\" content=\"{}\"><meta name=\"twitter:card\" content=\"summary_large_image\">",
        html_escape(base),
        html_escape(alt)
    );
    let mut out = html.to_owned();
    out.insert_str(at, &meta);
    Ok(out)
}

/// The text between the quotes that follow `key`.
fn quoted_after<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    let rest = &text[text.find(key)? + key.len()..];
    let quote = rest.chars().next().filter(|c| *c == '\'' || *c == '"')?;
    let rest = &rest[1..];
    Some(&rest[..rest.find(quote)?])
}

/// A stable 64-bit hash for cache-busting file names.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}
