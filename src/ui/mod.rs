//! The browser shell: a Leptos view of the core's answers (most of it markup from
//! [`crate::html`], kept current by signals) and the listeners that wire the reader's input,
//! mounted in the browser ([`start`]) and rendered to HTML at build time ([`first_view`],
//! host only). Plain functions rather than `#[component]`s, and markup rather than many small
//! views, keep the wasm light. Nothing here decides a fact; see [`crate::core`].

mod app;
mod axis;
mod browser;
mod clock;
mod countdown;
mod deep_link;
mod disagree;
mod embed;
mod embed_code;
#[cfg(not(target_arch = "wasm32"))]
pub mod first_view;
mod host;
mod panel;
mod replay;
mod tabs;

use crate::core::regions::{self, Region};
use crate::core::{page_text, params, story::Story};
use crate::text;
use leptos::prelude::*;

/// A reactive piece of text or markup. Every live `inner_html` and text in the widget has
/// this one type, so the wasm carries one copy of Leptos's code for it instead of one per
/// call site (each closure type is its own copy).
type Live = Box<dyn Fn() -> String + Send + Sync>;

/// Wraps a closure as [`Live`].
fn live(f: impl Fn() -> String + Send + Sync + 'static) -> Live {
    Box::new(f)
}

thread_local! {
    /// The regions drawn by the build at every state, read from the page at start
    /// ([`crate::core::regions`]).
    #[cfg(target_arch = "wasm32")]
    static TABLE: std::cell::OnceCell<regions::Table<'static>> = const { std::cell::OnceCell::new() };
}

/// `region` at the state the clock stands in; the calling display is redrawn when the
/// state changes. The live widget reads it from the table the build drew; the page rendered
/// at build time draws it ([`crate::states`]), with the very function that drew the table.
fn region(story: &'static Story, clock: clock::Clock, region: &Region) -> String {
    let as_of = clock.as_of.get();
    #[cfg(target_arch = "wasm32")]
    {
        let _ = story;
        let state = clock.state(as_of);
        TABLE.with(|t| t.get().map_or("", |t| t.get(region, state)).to_owned())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = clock;
        crate::states::draw(story, region, as_of)
    }
}

/// Starts the widget: installs the panic message, reads the bundled data and the URL, and
/// mounts the tracker into `#phase-tracker`.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        // The message alone, if it is text, and where: formatting the whole panic report
        // would pull its machinery into the wasm.
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| info.payload().downcast_ref::<String>().map(String::as_str))
            .unwrap_or("");
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        browser::error(&format!("phase tracker panicked: {message}{place}"));
        browser::show_fallback(text::BROKEN);
    }));

    let story = match load() {
        Ok(story) => story,
        Err(message) => {
            browser::error(&message);
            browser::show_fallback(text::BROKEN);
            return;
        }
    };
    // The story lives as long as the page; leaking it lets every closure borrow it.
    let story: &'static Story = Box::leak(Box::new(story));
    match load_table() {
        #[cfg(target_arch = "wasm32")]
        Ok(table) => TABLE.with(|t| {
            let _ = t.set(table);
        }),
        #[cfg(not(target_arch = "wasm32"))]
        Ok(_) => {}
        Err(message) => {
            browser::error(&message);
            browser::show_fallback(text::BROKEN);
            return;
        }
    }

    let (search, hash) = browser::location();
    let (params, warnings) = params::parse(&search, &hash, story.phases.len(), story.meta.offset);
    for warning in &warnings {
        browser::warn(&warning.to_string());
    }
    browser::set_root_attribute("data-theme", params.theme.name());

    let Some(root) = browser::element("phase-tracker") else {
        browser::error("phase tracker: no element with id \"phase-tracker\" to mount into");
        return;
    };
    root.set_inner_html("");
    let app_params = params.clone();
    leptos::mount::mount_to(root.clone(), move || {
        let clock = clock::Clock::start(story, app_params.now);
        app::app(story, app_params, clock)
    })
    .forget();
    embed::report_height(&root, params);
    // The phases not open at start are drawn one task later (tabs.rs); this task is queued
    // after theirs, so "mounted" means the whole tracker is drawn.
    set_timeout(
        move || {
            let _ = root.set_attribute("aria-busy", "false");
            let _ = root.set_attribute("data-app-mounted", "");
            // The article hears what the widget shows once it is all there.
            host::report();
        },
        std::time::Duration::ZERO,
    );
}

/// Reads the regions' table from the page's data block ([`regions::ELEMENT_ID`]); the page
/// keeps it for its lifetime.
fn load_table() -> Result<regions::Table<'static>, String> {
    let text = browser::element(regions::ELEMENT_ID)
        .and_then(|block| block.text_content())
        .ok_or_else(|| {
            format!(
                "phase tracker: the page has no states table (id=\"{}\")",
                regions::ELEMENT_ID
            )
        })?;
    regions::Table::decode(String::leak(text)).map_err(|e| format!("phase tracker: {e}"))
}

/// Decodes the bundled story (validated when the widget was built) from the page's data
/// block ([`page_text`]).
fn load() -> Result<Story, String> {
    let text = browser::element(page_text::ELEMENT_ID)
        .and_then(|block| block.text_content())
        .ok_or_else(|| {
            format!(
                "phase tracker: the page has no story (id=\"{}\")",
                page_text::ELEMENT_ID
            )
        })?;
    Story::decode(&page_text::decode(&text)).map_err(|e| format!("phase tracker: {e}"))
}
