//! The phase tracker: an embeddable news widget that follows a phased story, with a live
//! countdown to each phase's deadline and a badge wherever sources disagree.
//!
//! [`core`] is the pure logic and [`text`] every user-facing string, both tested on the
//! host; `ui` (wasm only) renders them with Leptos.

pub mod core;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod ui;
