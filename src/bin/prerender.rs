//! Trunk `post_build` hook (host only): puts the story's facts into the built `index.html`
//! as static HTML and moves Trunk's inline loader into a file. Usage:
//! `prerender <staging dir>` (Trunk sets `TRUNK_STAGING_DIR`).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use phase_tracker::core::{schema::RawDataset, story::Story};
    use phase_tracker::html::static_facts;
    use phase_tracker::prerender::rewrite;
    use phase_tracker::BUNDLED_DATA;
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
    let raw: RawDataset = serde_json::from_str(BUNDLED_DATA)
        .unwrap_or_else(|e| fail(format!("data/iraq-coalition.json: {e}")));
    let story = Story::from_raw(raw).unwrap_or_else(|e| fail(e.to_string()));
    // SOURCE_DATE_EPOCH makes the build reproducible; otherwise the facts are as of now.
    let built = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse().ok())
        .and_then(|s| chrono::DateTime::from_timestamp(s, 0))
        .unwrap_or_else(chrono::Utc::now);

    let index_path = dir.join("index.html");
    let index = std::fs::read_to_string(&index_path)
        .unwrap_or_else(|e| fail(format!("{}: {e}", index_path.display())));
    let (html, loader) = rewrite(&index, &static_facts(&story, built)).unwrap_or_else(|e| fail(e));
    std::fs::write(dir.join(&loader.name), loader.source)
        .and_then(|()| std::fs::write(&index_path, html))
        .unwrap_or_else(|e| fail(format!("writing {}: {e}", dir.display())));
    println!("prerender: facts as of {built} and {} written", loader.name);
}

#[cfg(target_arch = "wasm32")]
fn main() {}
