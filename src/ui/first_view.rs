//! The tracker's first view rendered to HTML at build time (host only), with Leptos's ssr
//! feature and the very components the live widget mounts. The clock stands at the build's
//! instant ([`Clock::at_build`]): statuses and lists are as of the build, the countdown cells
//! are left for the live widget, and the live widget's replacement of this markup moves
//! nothing.

use super::app::app;
use super::clock::Clock;
use super::Tracker;
use crate::core::params::Params;
use crate::core::story::Story;
use chrono::{DateTime, Utc};
use leptos::prelude::*;

/// The markup that goes inside `#phase-tracker`, as of `built`, with the default URL
/// parameters (first tab, automatic theme, full layout).
pub fn render(story: &'static Story, built: DateTime<Utc>) -> String {
    let owner = Owner::new();
    let html = owner.with(|| {
        let tracker: &'static Tracker = Box::leak(Box::new(Tracker::of(story)));
        let clock = Clock::at_build(tracker, built);
        app(tracker, Params::default(), clock).to_html()
    });
    owner.unset();
    html
}
