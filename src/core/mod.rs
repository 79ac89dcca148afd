//! The pure core: plain Rust with no browser APIs, tested on the host with `cargo test`.
//! Dates, the story's data, phase status, countdown arithmetic, disagreement detection,
//! URL-parameter parsing, the replay's days, the host page's messages and the languages'
//! plurals, digits and date formats (CLDR's) all live here; the UI only renders their
//! answers. The data file's format and its validation are host only (`build.rs` runs them);
//! the build draws the tracker from the validated story for every state, and the wasm shows
//! those drawings ([`regions`], [`facts`]).

pub mod anchor;
pub mod axis;
pub mod countdown;
pub mod date;
pub mod deadline;
pub mod disagreement;
pub mod embed;
pub mod encoding;
pub mod facts;
pub mod fallback;
pub mod locale;
mod locale_data;
pub mod messages;
pub mod params;
pub mod regions;
pub mod replay;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod sort;
pub mod status;
pub mod story;
#[cfg(not(target_arch = "wasm32"))]
pub mod translation;
#[cfg(not(target_arch = "wasm32"))]
pub mod validate;
