//! The browser shell: a Leptos view of the core's answers (most of it markup the build drew
//! from [`crate::html`] for every state of the story, [`Tracker`], kept current by signals)
//! and the listeners that wire the reader's input, mounted in the browser ([`start`]) and
//! rendered to HTML at build time ([`first_view`], host only). Plain functions rather than
//! `#[component]`s, and markup rather than many small views, keep the wasm light; the wasm
//! draws none of the markup it shows. Nothing here decides a fact; see [`crate::core`].

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

use crate::core::facts::Facts;
use crate::core::params;
use crate::core::regions::{self, Region};
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

/// The story as the shell knows it: its facts, and its regions drawn at every state
/// ([`crate::core::regions`]). The live widget reads both from the page's table; the page
/// rendered at build time draws the regions from the story, with the very function that drew
/// the table ([`crate::states::draw`]).
pub struct Tracker {
    /// The story's zone, change points, timeline, first report and phases.
    pub facts: Facts,
    #[cfg(target_arch = "wasm32")]
    table: regions::Table<'static>,
    #[cfg(not(target_arch = "wasm32"))]
    story: &'static crate::core::story::Story,
}

impl Tracker {
    /// The tracker of `story`, drawn by the build (host only).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn of(story: &'static crate::core::story::Story) -> Self {
        Self {
            facts: Facts::of(story),
            story,
        }
    }

    /// The tracker the page's table holds: an error says what is missing or malformed.
    #[cfg(target_arch = "wasm32")]
    fn read(text: &'static str) -> Result<Self, String> {
        let table = regions::Table::decode(text)?;
        let facts = Facts::decode(table.get(&Region::Facts, 0))?;
        Ok(Self { facts, table })
    }

    /// `region` at `state` ([`regions::state`]).
    fn at(&self, region: &Region, state: usize) -> String {
        #[cfg(target_arch = "wasm32")]
        {
            self.table.get(region, state).to_owned()
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            crate::states::draw(
                self.story,
                region,
                regions::as_of(&self.facts.points, state),
            )
        }
    }

    /// The state of the change point `as_of` ([`regions::state`]).
    fn state(&self, as_of: chrono::DateTime<chrono::Utc>) -> usize {
        regions::state(&self.facts.points, as_of)
    }

    /// A region that is the same at every state (a phase's name, the title).
    fn fixed(&self, region: &Region) -> String {
        self.at(region, 0)
    }
}

/// `region` at the state the clock stands in; the calling display is redrawn when the
/// state changes.
fn region(tracker: &'static Tracker, clock: clock::Clock, region: &Region) -> String {
    tracker.at(region, tracker.state(clock.as_of.get()))
}

/// Starts the widget: installs the panic message, reads the page's table of states and the
/// URL, and mounts the tracker into `#phase-tracker`.
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

    let tracker = match load() {
        Ok(tracker) => tracker,
        Err(message) => {
            browser::error(&message);
            browser::show_fallback(text::BROKEN);
            return;
        }
    };
    // The tracker lives as long as the page; leaking it lets every closure borrow it.
    let tracker: &'static Tracker = Box::leak(Box::new(tracker));

    let (search, hash) = browser::location();
    let (params, warnings) = params::parse(
        &search,
        &hash,
        tracker.facts.phases.len(),
        tracker.facts.offset,
    );
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
        let clock = clock::Clock::start(tracker, app_params.now);
        app::app(tracker, app_params, clock)
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

/// Reads the tracker from the page's table ([`regions::ELEMENT_ID`]), written by the build;
/// the page keeps its text for its lifetime.
fn load() -> Result<Tracker, String> {
    let text = browser::element(regions::ELEMENT_ID)
        .and_then(|block| block.text_content())
        .ok_or_else(|| {
            format!(
                "phase tracker: the page has no states table (id=\"{}\")",
                regions::ELEMENT_ID
            )
        })?;
    #[cfg(target_arch = "wasm32")]
    return Tracker::read(String::leak(text)).map_err(|e| format!("phase tracker: {e}"));
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = text;
        Err("phase tracker: the live widget runs in a browser".to_owned())
    }
}
