//! The phase tracker: an embeddable news widget that follows a phased story, with a live
//! countdown to each phase's deadline and a badge wherever sources disagree.
//!
//! [`core`] is the pure logic, [`text`] every user-facing string and [`html`] the read-only
//! markup, all tested on the host; [`ui`] renders them with Leptos (in the browser, and at
//! build time for the first view). On the host only, [`cli`] is the editors' `story` command
//! and [`sheet`] the story as spreadsheet files.

pub mod core;

// The editors' `story` command and the story as spreadsheet files (host only).
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
#[cfg(not(target_arch = "wasm32"))]
pub mod sheet;

/// The bundled data file (`data/iraq-coalition.json`) as a validated story in its binary
/// form, written by `build.rs` (read with [`core::story::Story::decode`]). Host only: the
/// build draws the first view and the table of the tracker's states from it ([`states`]);
/// the wasm carries neither the story nor the code that reads it.
#[cfg(not(target_arch = "wasm32"))]
pub const BUNDLED_DATA_BIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/data.bin"));

#[cfg(not(target_arch = "wasm32"))]
pub mod early_countdown;
pub mod html;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
#[cfg(not(target_arch = "wasm32"))]
pub mod share_card;
#[cfg(not(target_arch = "wasm32"))]
pub mod states;
pub mod text;

pub mod ui;
