//! The "Embed" control: shows the copy-paste snippet an editor puts in an article.

use super::clock::Clock;
use crate::core::story::Story;
use crate::html::snippet;
use crate::text;
use leptos::prelude::*;

/// Initial iframe height in the snippet, before `embed.js` sets the real one.
const INITIAL_HEIGHT: u32 = 900;

/// The page's own address without query or fragment (known only in the browser).
fn widget_url() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split(['?', '#']).next().unwrap_or_default().to_owned()
}

/// A disclosure button that reveals the embed snippet in a read-only text box.
#[component]
pub fn EmbedCode(story: &'static Story, clock: Clock) -> impl IntoView {
    let open = RwSignal::new(false);
    // The page rendered at build time does not know where it will be published; the snippet
    // is hidden until opened, so leaving it empty there moves nothing.
    let code = move || {
        if clock.built {
            String::new()
        } else {
            snippet(&widget_url(), &story.meta.title, INITIAL_HEIGHT)
        }
    };
    view! {
        <footer class="tracker-footer">
            <button
                type="button"
                class="embed-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls="embed-code"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {text::EMBED}
            </button>
            <div id="embed-code" class="embed-code" hidden=move || !open.get()>
                <label for="embed-snippet">{text::EMBED_HELP}</label>
                <textarea id="embed-snippet" readonly rows="5" spellcheck="false">{code}</textarea>
            </div>
        </footer>
    }
}
