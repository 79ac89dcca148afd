//! Validates the bundled data file when the crate builds, with the same rules as the widget
//! (src/core/validate.rs), and writes the validated story in its compact binary form
//! (src/core/encoding.rs), less what the widget never shows (`Story::for_widget`), for the
//! widget and the prerender. A malformed file fails the build
//! with one line per problem, naming the record and the field.

#[allow(dead_code, unused_imports, unexpected_cfgs)]
#[path = "src/core/mod.rs"]
mod core;

use std::path::Path;

/// The story compiled in, unless `PHASE_TRACKER_DATA` names another data file (the test
/// suite builds the fixture story this way, and a newsroom can build another story).
const DEFAULT_DATA: &str = "data/iraq-coalition.json";

fn main() {
    println!("cargo:rerun-if-env-changed=PHASE_TRACKER_DATA");
    let data = std::env::var("PHASE_TRACKER_DATA").unwrap_or_else(|_| DEFAULT_DATA.to_owned());
    let data = data.as_str();
    println!("cargo:rerun-if-changed={data}");
    println!("cargo:rerun-if-changed=src/core");
    let fail = |message: String| -> ! {
        for line in message.lines() {
            eprintln!("error: {data}: {line}");
        }
        std::process::exit(1);
    };
    let text = std::fs::read_to_string(data).unwrap_or_else(|e| fail(e.to_string()));
    let raw: core::schema::RawDataset =
        serde_json::from_str(&text).unwrap_or_else(|e| fail(e.to_string()));

    // The language the widget is built in (PHASE_TRACKER_LANG: en, ar or ckb; scripts/
    // publish.sh builds each): the story's texts from data/translations/<lang>.json beside the
    // data file, and `cfg(phase_tracker_lang = "...")` for the interface's strings table.
    println!("cargo:rerun-if-env-changed=PHASE_TRACKER_LANG");
    println!("cargo:rustc-check-cfg=cfg(phase_tracker_lang, values(\"en\", \"ar\", \"ckb\"))");
    let lang = std::env::var("PHASE_TRACKER_LANG").unwrap_or_else(|_| "en".to_owned());
    if !["en", "ar", "ckb"].contains(&lang.as_str()) {
        fail(format!(
            "PHASE_TRACKER_LANG={lang:?}: the widget is built in en, ar or ckb"
        ));
    }
    println!("cargo:rustc-cfg=phase_tracker_lang=\"{lang}\"");
    // The pages scripts/publish.sh builds beside this one, for `?lang=`
    // (core::locale::pages): English and each language the story has a translation for.
    let translations = Path::new(data)
        .parent()
        .unwrap_or(Path::new("."))
        .join("translations");
    // (A path that does not exist would rerun this script on every build: then watch the
    // data file's folder, where a translations folder would appear.)
    let watched = if translations.is_dir() {
        translations.as_path()
    } else {
        translations.parent().unwrap_or(Path::new("."))
    };
    println!("cargo:rerun-if-changed={}", watched.display());
    let pages: Vec<&str> = ["en", "ar", "ckb"]
        .into_iter()
        .filter(|l| *l == "en" || *l == lang || translations.join(format!("{l}.json")).is_file())
        .collect();
    println!("cargo:rustc-env=PHASE_TRACKER_PAGES={}", pages.join(" "));
    println!("cargo:rustc-check-cfg=cfg(phase_tracker_unreviewed)");
    let story = match core::locale::Lang::parse(&lang).filter(|l| *l != core::locale::Lang::En) {
        None => core::story::Story::from_raw(raw).unwrap_or_else(|e| fail(e.to_string())),
        Some(language) => {
            let path = core::translation::table_path(Path::new(data), language);
            println!("cargo:rerun-if-changed={}", path.display());
            let table = core::translation::read_table(&path).unwrap_or_else(|e| fail(e));
            if !table.reviewed {
                // The page says so in one line (text::S.unreviewed).
                println!("cargo:rustc-cfg=phase_tracker_unreviewed");
            }
            let translated =
                core::translation::translate(&raw, &table, language).unwrap_or_else(|errors| {
                    fail(
                        errors
                            .iter()
                            .map(|e| format!("{}: {e}", path.display()))
                            .collect::<Vec<_>>()
                            .join("\n"),
                    )
                });
            for key in &translated.in_english {
                println!("cargo:warning={lang}: no translation of {key}; shown in English");
            }
            for key in &translated.quotes_alone {
                println!("cargo:warning={lang}: no translation of {key}; the quote stands alone");
            }
            translated.story
        }
    };
    let bin = story.for_widget().encode().unwrap_or_else(|e| fail(e));
    let out = std::env::var("OUT_DIR").unwrap_or_else(|e| fail(e.to_string()));
    std::fs::write(Path::new(&out).join("data.bin"), bin).unwrap_or_else(|e| fail(e.to_string()));
}
