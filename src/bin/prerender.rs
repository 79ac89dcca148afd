//! Trunk `post_build` hook (host only): renders the tracker's first view into the built
//! `index.html` with the widget's own Leptos components (ssr) and moves Trunk's inline loader
//! into a file. Usage:
//! `prerender <staging dir>` (Trunk sets `TRUNK_STAGING_DIR`).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use phase_tracker::core::date::{format_day, local_day};
    use phase_tracker::core::story::Story;
    use phase_tracker::early_countdown;
    use phase_tracker::prerender::{
        localize_example, localize_page, oembed, rewrite, with_card_meta, with_states, CARD_PNG,
        CARD_SVG,
    };
    use phase_tracker::share_card;
    use phase_tracker::ui::first_view;
    use phase_tracker::BUNDLED_DATA_BIN;
    use std::path::PathBuf;

    let fail = |message: String| -> ! {
        eprintln!("prerender: {message}");
        std::process::exit(1);
    };
    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from)
        .unwrap_or_else(|| fail("usage: prerender <staging dir>".into()));
    // The very story the wasm embeds; the components borrow it for the page's lifetime.
    let story: &'static Story = Box::leak(Box::new(
        Story::decode(BUNDLED_DATA_BIN).unwrap_or_else(|e| fail(e)),
    ));
    // SOURCE_DATE_EPOCH makes the build reproducible; otherwise the facts are as of now.
    let built = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse().ok())
        .and_then(|s| chrono::DateTime::from_timestamp(s, 0))
        .unwrap_or_else(chrono::Utc::now);

    let index_path = dir.join("index.html");
    let index = std::fs::read_to_string(&index_path)
        .unwrap_or_else(|e| fail(format!("{}: {e}", index_path.display())));
    let day = format_day(local_day(built, story.meta.offset));
    let first_view = first_view::render(story, built);
    // `?lang=` leads to the other languages' pages only where publish.sh builds them all (a
    // release build); trunk serve's folder has this language alone.
    let pages: Vec<_> = if std::env::var("TRUNK_PROFILE").as_deref() == Ok("release") {
        phase_tracker::core::locale::pages().collect()
    } else {
        vec![phase_tracker::core::locale::BUILD]
    };
    let countdown = early_countdown::script(story.meta.offset).unwrap_or_else(|e| fail(e));
    let (html, loader) =
        rewrite(&index, &first_view, &day, &pages, &countdown).unwrap_or_else(|e| fail(e));
    // The published address, when publishing (scripts/publish.sh): social previews need an
    // absolute link to the card.
    let base = std::env::var("PHASE_TRACKER_URL").unwrap_or_default();
    let html = localize_page(&html).unwrap_or_else(|e| fail(e));
    let html =
        with_card_meta(&html, &base, &share_card::alt(story, built)).unwrap_or_else(|e| fail(e));
    let html = with_states(&html, story).unwrap_or_else(|e| fail(e));
    let card = share_card::svg(story, built);
    let png = share_card::png(&card).unwrap_or_else(|e| fail(e));
    // The embed files in the build's language: oEmbed's answer and the example article.
    let example_path = dir.join("embed-example.html");
    let example = std::fs::read_to_string(&example_path)
        .map_err(|e| format!("{}: {e}", example_path.display()))
        .and_then(|html| localize_example(&html, &story.meta.title))
        .unwrap_or_else(|e| fail(e));
    std::fs::write(dir.join(&loader.name), loader.source)
        .and_then(|()| std::fs::write(dir.join("oembed.json"), oembed(&story.meta.title)))
        .and_then(|()| std::fs::write(&example_path, example))
        .and_then(|()| std::fs::write(&index_path, html))
        .and_then(|()| std::fs::write(dir.join(CARD_SVG), &card))
        .and_then(|()| std::fs::write(dir.join(CARD_PNG), &png))
        .unwrap_or_else(|e| fail(format!("writing {}: {e}", dir.display())));
    println!(
        "prerender: first view as of {built} ({} bytes), {} and the share card ({} bytes of PNG) written",
        first_view.len(),
        loader.name,
        png.len()
    );
}

#[cfg(target_arch = "wasm32")]
fn main() {}
