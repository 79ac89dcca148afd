//! Build-time rewrite of Trunk's `dist/index.html` (host only): the story's facts
//! ([`crate::html::static_facts`]) go into the page, so readers see the title, phases, status
//! and deadlines before the wasm arrives, or without JavaScript at all; and the Trunk loader
//! moves from an inline script into a file, so the page runs under a CSP without
//! `'unsafe-inline'`.

use crate::text;
use std::fmt::Write;

/// Where the facts go in `index.html`: before the loading note (`id="boot-note"`, quoted
/// or not, since Trunk minifies release HTML) inside `#phase-tracker`.
fn facts_position(html: &str) -> Option<usize> {
    let note = html
        .find("id=\"boot-note\"")
        .or_else(|| html.find("id=boot-note"))?;
    html[..note].rfind("<p")
}

/// Trunk's inline loader, moved into a file: `(file name, contents)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loader {
    /// `boot-<hash>.js`.
    pub name: String,
    /// The module's source.
    pub source: String,
}

/// Rewrites Trunk's `index.html`: inserts `facts` before the loading note, and replaces the
/// inline module script with a `<script type="module" src>` of a loader file that marks
/// `performance.mark('tracker-interactive')` once the tracker has mounted, or reports a
/// failed wasm load. Returns the new HTML and the loader, or an error naming what
/// was not found.
pub fn rewrite(index: &str, facts: &str) -> Result<(String, Loader), String> {
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
         }});\n",
        unavailable = text::LIVE_UNAVAILABLE,
    );
    let name = format!("boot-{:016x}.js", fnv1a(source.as_bytes()));
    let mut html = String::with_capacity(index.len() + facts.len());
    html.push_str(&index[..start]);
    let _ = write!(html, "<script type=\"module\" src=\"./{name}\"></script>");
    html.push_str(&index[end + "</script>".len()..]);
    let mark = facts_position(&html).ok_or("no loading note (id=\"boot-note\") in index.html")?;
    html.insert_str(mark, facts);
    Ok((html, Loader { name, source }))
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
