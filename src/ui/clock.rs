//! The widget's clock: the wall clock read just after each whole second and when the page
//! becomes visible (so a sleeping tab is right when it wakes), a replayed instant (the
//! reader's replay, the article's, or `now=`), the build's instant for the page rendered at
//! build time, and the reader's pause.

use super::browser::{every_second, wall_clock};
use super::Tracker;
use crate::core::regions::settled;
use chrono::{DateTime, Utc};
use leptos::prelude::*;

/// The instant the widget shows, shared by every component. Its signals are set only by the
/// clock itself, each only when its value changes, so a display is woken only when what it
/// reads has moved.
#[derive(Clone, Copy)]
pub struct Clock {
    /// The current instant, to the second.
    pub now: RwSignal<DateTime<Utc>>,
    /// `now` truncated to the minute, for displays that change by the minute at most.
    pub minute: RwSignal<DateTime<Utc>>,
    /// The latest change point at or before `now`: moves only when something besides the
    /// countdown changes. Set with `now` rather than derived from it, so the many displays
    /// that read only this are not woken every second.
    pub as_of: RwSignal<DateTime<Utc>>,
    /// True while the reader has paused the countdown.
    pub paused: RwSignal<bool>,
    /// The instant being replayed (the reader's slider, a host message or `now=`), or
    /// [`LIVE`] while the clock follows the wall clock (one signal type for every instant
    /// keeps one copy of Leptos's signal code in the wasm): read it with
    /// [`Clock::replayed`].
    replay: RwSignal<DateTime<Utc>>,
    /// True when rendering the page at build time: facts are as of the build, and text that
    /// changes every second is left for the live widget.
    pub built: bool,
    points: &'static [DateTime<Utc>],
}

impl Clock {
    /// A clock standing at `start`, with every signal set for it.
    fn new(
        tracker: &'static Tracker,
        start: DateTime<Utc>,
        replay: Option<DateTime<Utc>>,
        built: bool,
    ) -> Self {
        let points = tracker.facts.points.as_slice();
        Self {
            now: RwSignal::new(start),
            minute: RwSignal::new(whole_minute(start)),
            as_of: RwSignal::new(settled(points, start)),
            paused: RwSignal::new(false),
            replay: RwSignal::new(replay.unwrap_or(LIVE)),
            built,
            points,
        }
    }

    /// Starts the clock, replaying `replay` when given.
    pub fn start(tracker: &'static Tracker, replay: Option<DateTime<Utc>>) -> Self {
        let clock = Self::new(tracker, replay.unwrap_or_else(whole_second), replay, false);
        // Stops when the clock's owner is disposed (its signals are gone).
        every_second(move || {
            let (Some(paused), Some(replay)) = (
                clock.paused.try_get_untracked(),
                clock.replay.try_get_untracked(),
            ) else {
                return false;
            };
            if !paused && replay == LIVE {
                clock.show(whole_second());
            }
            true
        });
        clock
    }

    /// Replays the instant `at`, or, for `None`, goes back to the wall clock and resumes the
    /// countdown.
    pub fn replay_at(&self, at: Option<DateTime<Utc>>) {
        set_if_changed(self.replay, at.unwrap_or(LIVE));
        if at.is_none() && self.paused.get_untracked() {
            self.paused.set(false);
        }
        self.show(at.unwrap_or_else(whole_second));
    }

    /// The instant being replayed, or `None` while live; the calling display is redrawn when
    /// it changes.
    pub fn replayed(&self) -> Option<DateTime<Utc>> {
        Some(self.replay.get()).filter(|t| *t != LIVE)
    }

    /// The instant being replayed, or `None` while live, read without tracking.
    pub fn replayed_untracked(&self) -> Option<DateTime<Utc>> {
        Some(self.replay.get_untracked()).filter(|t| *t != LIVE)
    }

    /// The clock of the page rendered at build time: stopped at `built`, reading no wall clock
    /// and drawing like the live widget (pause control included), so that the live widget
    /// replaces it without moving anything.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn at_build(tracker: &'static Tracker, built: DateTime<Utc>) -> Self {
        Self::new(tracker, built, None, true)
    }

    /// Pauses or resumes the ticking; resuming jumps to the wall clock at once.
    pub fn toggle_pause(&self) {
        let paused = !self.paused.get_untracked();
        self.paused.set(paused);
        if !paused {
            self.show(whole_second());
        }
    }

    /// Moves the clock to `instant`, setting only the signals whose value changes.
    fn show(&self, instant: DateTime<Utc>) {
        set_if_changed(self.now, instant);
        set_if_changed(self.minute, whole_minute(instant));
        set_if_changed(self.as_of, settled(self.points, instant));
    }
}

/// The replay signal's value while live: no instant is replayed.
const LIVE: DateTime<Utc> = DateTime::<Utc>::MIN_UTC;

/// Sets `signal` to `value` unless it already holds it (or is gone).
fn set_if_changed(signal: RwSignal<DateTime<Utc>>, value: DateTime<Utc>) {
    if signal.try_get_untracked().is_some_and(|v| v != value) {
        signal.set(value);
    }
}

/// `t` truncated to the minute.
fn whole_minute(t: DateTime<Utc>) -> DateTime<Utc> {
    DateTime::from_timestamp(t.timestamp().div_euclid(60) * 60, 0).unwrap_or(t)
}

/// The wall clock, truncated to the second.
fn whole_second() -> DateTime<Utc> {
    let t = wall_clock();
    DateTime::from_timestamp(t.timestamp(), 0).unwrap_or(t)
}
