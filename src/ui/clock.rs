//! The widget's clock: the wall clock read every quarter second (so a sleeping tab is right
//! when it wakes), a frozen instant for previews, the build's instant for the page rendered
//! at build time, and the reader's pause.

use super::browser::wall_clock;
use crate::core::story::Story;
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use std::time::Duration;

/// How often the wall clock is read; the displayed second changes only when it moves.
const POLL: Duration = Duration::from_millis(250);

/// The instant the widget shows, shared by every component.
#[derive(Clone, Copy)]
pub struct Clock {
    /// The current instant, to the second.
    pub now: RwSignal<DateTime<Utc>>,
    /// The latest change point at or before `now`: moves only when something besides the
    /// countdown changes.
    pub as_of: Memo<DateTime<Utc>>,
    /// True while the reader has paused the countdown.
    pub paused: RwSignal<bool>,
    /// True when the URL froze the clock (`now=`).
    pub frozen: bool,
    /// True when rendering the page at build time: facts are as of the build, and text that
    /// changes every second is left for the live widget.
    pub built: bool,
}

impl Clock {
    /// Starts the clock, frozen at `frozen_at` when given.
    pub fn start(story: &'static Story, frozen_at: Option<DateTime<Utc>>) -> Self {
        let now = RwSignal::new(frozen_at.unwrap_or_else(whole_second));
        let paused = RwSignal::new(false);
        let points = story.change_points();
        let as_of = Memo::new(move |_| story.settled(&points, now.get()));
        if frozen_at.is_none() {
            let handle = set_interval_with_handle(
                move || {
                    let current = whole_second();
                    if !paused.get_untracked() && current != now.get_untracked() {
                        now.set(current);
                    }
                },
                POLL,
            );
            if let Ok(handle) = handle {
                on_cleanup(move || handle.clear());
            }
        }
        Self {
            now,
            as_of,
            paused,
            frozen: frozen_at.is_some(),
            built: false,
        }
    }

    /// The clock of the page rendered at build time: stopped at `built`, reading no wall clock
    /// and drawing like the live widget (pause control included), so that the live widget
    /// replaces it without moving anything.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn at_build(story: &'static Story, built: DateTime<Utc>) -> Self {
        let now = RwSignal::new(built);
        let points = story.change_points();
        let as_of = Memo::new(move |_| story.settled(&points, now.get()));
        Self {
            now,
            as_of,
            paused: RwSignal::new(false),
            frozen: false,
            built: true,
        }
    }

    /// Pauses or resumes the ticking; resuming jumps to the wall clock at once.
    pub fn toggle_pause(&self) {
        let paused = !self.paused.get_untracked();
        self.paused.set(paused);
        if !paused {
            self.now.set(whole_second());
        }
    }
}

/// The wall clock, truncated to the second.
fn whole_second() -> DateTime<Utc> {
    let t = wall_clock();
    DateTime::from_timestamp(t.timestamp(), 0).unwrap_or(t)
}
