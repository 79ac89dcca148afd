//! Build-time rewrite of Trunk's `dist/index.html` (host only): the tracker's first view
//! ([`crate::ui::first_view`]) goes into the page, so readers see the title, phases, status
//! and deadlines before the wasm arrives, or without JavaScript at all; the loading note says
//! when those facts are from; and the Trunk loader moves from an inline script into a file, so
//! the page runs under a CSP without `'unsafe-inline'`.

use crate::core::locale::{page_path, Lang};
use crate::core::params::ParamWarning;
use crate::html::{escape as html_escape, escape_attr};
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
/// `<script type="module" src>` of a loader file that first follows `?lang=` to the page
/// in that language when `pages` has it ([`lang_redirect`]), and otherwise runs `countdown`
/// (the countdown before the wasm, [`crate::early_countdown::script`], which defines `stop`)
/// while it imports wasm-bindgen's glue and starts the wasm, then stops it and marks
/// `performance.mark('tracker-interactive')` once the tracker has mounted, or, when the wasm
/// fails to load, stops it and empties its cells, says the live countdown is unavailable and
/// loads `static.css` (every phase shown, no dead controls). Returns the new HTML and the
/// loader, or an error naming what was not found.
pub fn rewrite(
    index: &str,
    first_view: &str,
    built_day: &str,
    pages: &[Lang],
    countdown: &str,
) -> Result<(String, Loader), String> {
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
    // The glue is imported once the countdown runs, not before the loader may start: a
    // static import would hold the whole module (countdown included) until the glue arrives.
    let source = format!(
        "{redirect}{{\n\
         {countdown}\
         import('{js}').then((glue) => glue.default({{ module_or_path: '{wasm}' }})).then(() => {{\n\
         \x20 stop();\n\
         \x20 performance.mark('tracker-interactive');\n\
         }}, (error) => {{\n\
         \x20 stop(true);\n\
         \x20 console.warn('phase tracker: the live countdown could not start', error);\n\
         \x20 const note = document.getElementById('boot-note');\n\
         \x20 if (note) note.textContent = {unavailable:?};\n\
         \x20 document.getElementById('phase-tracker')?.setAttribute('aria-busy', 'false');\n\
         \x20 const style = document.createElement('link');\n\
         \x20 style.rel = 'stylesheet';\n\
         \x20 style.href = './static.css';\n\
         \x20 document.head.append(style);\n\
         }});\n\
         }}\n",
        unavailable = text::live_unavailable(built_day),
        redirect = lang_redirect(text::LANG, pages),
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

/// Writes the table of every live region of `story` at every state ([`crate::states::table`])
/// into the page as the data block the wasm reads ([`crate::core::regions`]), as plain text
/// (the table admits nothing that would end the block), at the end of the body. Returns an
/// error when the page has no `</body>` or a region's markup cannot travel in the table.
pub fn with_states(html: &str, story: &crate::core::story::Story) -> Result<String, String> {
    let end = html.rfind("</body>").ok_or("no </body> in index.html")?;
    let block = format!(
        "<script type=\"text/plain\" id=\"{}\">{}</script>",
        crate::core::regions::ELEMENT_ID,
        crate::states::table(story)?
    );
    Ok(format!("{}{block}{}", &html[..end], &html[end..]))
}

/// The address `trunk serve` previews the widget at; `scripts/public-url.sh` writes the
/// public one in its place when publishing.
pub const PREVIEW_ADDRESS: &str = "http://127.0.0.1:8080/";

/// `oembed.json`: oEmbed's "rich" answer for the story titled `title` (in the build's
/// language), whose `html` is the snippet the embed button gives, at [`PREVIEW_ADDRESS`].
pub fn oembed(title: &str) -> String {
    use crate::core::embed::INITIAL_HEIGHT;
    let answer = serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "provider_name": "Phase tracker",
        "title": title,
        "width": 600,
        "height": INITIAL_HEIGHT,
        "html": crate::html::snippet(PREVIEW_ADDRESS, title, INITIAL_HEIGHT),
    });
    format!("{answer:#}\n")
}

/// `embed-example.html` with its two frames (`tracker-main`, `tracker-side`) titled
/// `title` in the build's language, marked with that language when it is not English.
/// Returns an error naming a frame that is missing.
pub fn localize_example(html: &str, title: &str) -> Result<String, String> {
    let mut out = html.to_owned();
    for (id, name) in [
        ("tracker-main", title.to_owned()),
        ("tracker-side", text::compact_frame(title)),
    ] {
        let open = format!("<iframe id=\"{id}\"");
        let start = out
            .find(&open)
            .ok_or(format!("embed-example.html has no <iframe id=\"{id}\">"))?;
        let tag_end = start + out[start..].find('>').ok_or("an unterminated <iframe>")?;
        let value = out[start..tag_end]
            .find(" title=\"")
            .map(|i| start + i + " title=\"".len())
            .ok_or(format!("the frame {id} has no title"))?;
        let value_end = value + out[value..].find('"').ok_or("an unterminated title")?;
        out.replace_range(value..value_end, &escape_attr(&name));
        out.insert_str(start + open.len(), &crate::html::widget_lang());
    }
    Ok(out)
}

/// Where `?lang=<value>` leads from the page in `build`, for each value the page reads
/// (codes and tags, in lower case, as [`Lang::parse`] reads them in any case): the path
/// ([`page_path`]; empty to stay) and the warning to print, if any. `pages` are the languages
/// published beside it.
pub fn lang_targets(build: Lang, pages: &[Lang]) -> Vec<(String, String, Option<String>)> {
    let mut targets: Vec<(String, String, Option<String>)> = Vec::new();
    for lang in Lang::ALL {
        let (path, warning) = match page_path(build, lang, pages) {
            Ok(path) => (path.unwrap_or_default(), None),
            Err(warning) => ("", Some(warning)),
        };
        for value in [lang.code(), lang.bcp47()] {
            let value = value.to_ascii_lowercase();
            if !targets.iter().any(|(v, ..)| *v == value) {
                targets.push((value, path.to_owned(), warning.clone()));
            }
        }
    }
    targets
}

/// The loader's first lines: reads `?lang=`, warns as [`lang_targets`] says (an unknown
/// value: "ignoring URL parameter lang=...; using English", like every parameter's warning)
/// and goes to that language's page in place of this one; `page` is empty when it stays.
/// The table is worked out here, at build time: the browser only looks a value up.
pub fn lang_redirect(build: Lang, pages: &[Lang]) -> String {
    let table: Vec<serde_json::Value> = lang_targets(build, pages)
        .into_iter()
        .map(|(value, path, warning)| serde_json::json!([value, [path, warning]]))
        .collect();
    let unknown = ParamWarning {
        name: "lang".into(),
        value: "{lang}".into(),
        fallback: "English",
    };
    let english = page_path(build, Lang::En, pages)
        .ok()
        .flatten()
        .unwrap_or_default();
    format!(
        "const asked = new URLSearchParams(location.search).get('lang');\n\
         const [page, warning] = asked === null ? [''] : new Map({table}).get(asked.toLowerCase())\n\
         \x20 ?? [{english}, {unknown}.replace('{{lang}}', () => asked)];\n\
         if (warning) console.warn(warning);\n\
         if (page) location.replace(page + location.search + location.hash);\n\
         else ",
        table = serde_json::Value::Array(table),
        english = serde_json::Value::from(english),
        unknown = serde_json::Value::from(unknown.to_string()),
    )
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
        escape_attr(base),
        escape_attr(alt)
    );
    let mut out = html.to_owned();
    out.insert_str(at, &meta);
    Ok(out)
}

/// The page in the build's language: `<html lang dir>`, its title and description (index.html
/// is written in English; another language replaces each, or says which is missing).
pub fn localize_page(html: &str) -> Result<String, String> {
    if text::LANG == Lang::En {
        return Ok(html.to_owned());
    }
    let en = &text::en::EN;
    let mut out = html.to_owned();
    let html_tag = ["<html lang=\"en\">", "<html lang=en>"]
        .into_iter()
        .find(|t| out.contains(t))
        .ok_or("no <html lang=\"en\"> in index.html")?;
    out = out.replacen(
        html_tag,
        &format!(
            "<html lang=\"{}\" dir=\"{}\">",
            text::LANG.bcp47(),
            text::LANG.dir()
        ),
        1,
    );
    for (english, translated) in [
        (en.page_title, text::S.page_title),
        (en.page_description, text::S.page_description),
        (en.no_script, text::S.no_script),
    ] {
        let english = html_escape(english);
        if !out.contains(&english) {
            return Err(format!("index.html does not say {english:?}"));
        }
        out = out.replacen(&english, &html_escape(translated), 1);
    }
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
