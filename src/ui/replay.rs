//! The replay: a "reported by" slider below the timeline (a native range input, so the APG
//! slider's role, value and pointer handling come with it; its keys are ours: arrows move a
//! day, Page Up and Page Down a month, Home and End the first report and today), with
//! previous-change, next-change and back-to-today buttons, the note of what changed on the
//! day shown, and one polite announcement per step. A drag snaps to the days on which
//! something changed. The day replayed is the clock's ([`Clock::replay_at`]), so the whole
//! tracker shows that day; it is kept in the URL (`now=`), and the article around the widget
//! can set it too ([`super::host`]). The days and their notes were worked out by the build
//! and travel in the page ([`crate::core::replay::read_notes`]).

use super::browser;
use super::clock::Clock;
use super::Tracker;
use crate::core::date::format_day;
use crate::core::params::with_now;
use crate::core::regions::Region;
use crate::core::replay::{drag_rest, key_step, read_notes, step, Note, Step};
use crate::html;
use crate::text;
use chrono::NaiveDate;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlInputElement, KeyboardEvent};

/// The control's markup for `clock` on `today`, with the note of the day replayed (`None`
/// while live; the first view draws it as of the build, disabled).
pub fn markup(tracker: &Tracker, clock: Clock, today: NaiveDate, note: Option<String>) -> String {
    let first = tracker.facts.first_day.unwrap_or(today);
    let day = clock.replayed_untracked().map(|t| tracker.facts.day_of(t));
    let shown = day.unwrap_or(today);
    html::replay_control(
        (today - first).num_days(),
        (shown - first).num_days(),
        &value_text(day),
        &note.unwrap_or_default(),
        !clock.built,
    )
}

/// The slider's value text for the replayed `day` (`None`: live).
fn value_text(day: Option<NaiveDate>) -> String {
    day.map_or_else(
        || text::REPLAY_LIVE.to_owned(),
        |d| text::replay_value(&format_day(d)),
    )
}

/// The replay's moves, shared by the slider, the buttons and the article's messages.
#[derive(Clone)]
pub struct Replay {
    tracker: &'static Tracker,
    clock: Clock,
    notes: Rc<Vec<Note>>,
}

impl Replay {
    /// The replay of the tracker on `clock`, with the change notes the build wrote.
    pub fn new(tracker: &'static Tracker, clock: Clock) -> Self {
        let notes = read_notes(&tracker.fixed(&Region::Notes));
        Self {
            tracker,
            clock,
            notes: Rc::new(notes),
        }
    }

    /// Today in the story's zone.
    fn today(&self) -> NaiveDate {
        self.tracker.facts.day_of(browser::wall_clock())
    }

    /// The first report's day (today for a story without sources).
    fn first(&self) -> NaiveDate {
        self.tracker.facts.first_day.unwrap_or_else(|| self.today())
    }

    /// The replayed day, or `None` while live.
    pub fn day(&self) -> Option<NaiveDate> {
        self.clock
            .replayed_untracked()
            .map(|t| self.tracker.facts.day_of(t))
    }

    /// The control's markup as the widget starts (a `now=` link replays its day).
    pub fn markup(&self) -> String {
        let day = self.day();
        markup(
            self.tracker,
            self.clock,
            self.today(),
            day.map(|d| self.note(d)),
        )
    }

    /// The days on which something changed, up to today.
    fn days(&self) -> Vec<NaiveDate> {
        let today = self.today();
        self.notes
            .iter()
            .map(|n| n.day)
            .take_while(|d| *d <= today)
            .collect()
    }

    /// Shows `day` (`None`, today or later: the live tracker), kept from the first report
    /// on; puts it in the URL; and, when `say`, announces it with what changed.
    pub fn go(&self, day: Option<NaiveDate>, say: bool) {
        let today = self.today();
        let day = day.map(|d| d.max(self.first())).filter(|d| *d < today);
        if day != self.day() {
            self.clock
                .replay_at(day.map(|d| self.tracker.facts.instant(d)));
            browser::replace_search(&with_now(&browser::location().0, day));
            self.refresh();
            super::host::report();
        }
        if say {
            self.say(&day.map_or_else(|| value_text(None), |d| self.note(d)));
        }
    }

    /// Moves by `by` from the day shown.
    fn step(&self, by: Step, say: bool) {
        let today = self.today();
        let from = self.day().unwrap_or(today);
        self.go(Some(step(from, by, self.first(), today, &self.days())), say);
    }

    /// What changed on `day`, as the build wrote it, or that nothing did.
    fn note(&self, day: NaiveDate) -> String {
        self.notes
            .iter()
            .find(|n| n.day == day)
            .map_or_else(|| text::no_change(&format_day(day)), |n| n.text.clone())
    }

    /// Brings the control up to the day shown: the slider's range, value and value text, the
    /// back-to-today button, and the note.
    fn refresh(&self) {
        let day = self.day();
        let (today, first) = (self.today(), self.first());
        let at = day.unwrap_or(today);
        let value_text = value_text(day);
        if let Some(input) = find("#replay-day") {
            let input: HtmlInputElement = input.unchecked_into();
            input.set_max(&(today - first).num_days().to_string());
            set(&input, "aria-valuetext", &value_text);
            input.set_value_as_number((at - first).num_days() as f64);
        }
        if let Some(back) = find(".replay .replay-back") {
            back.unchecked_ref::<web_sys::HtmlElement>()
                .set_hidden(day.is_none());
        }
        if let Some(note) = find(".replay-note") {
            note.set_text_content(Some(&day.map(|d| self.note(d)).unwrap_or_default()));
        }
    }

    /// Announces `message` once in the polite region.
    fn say(&self, message: &str) {
        if let Some(region) = find(".replay-say") {
            region.set_text_content(Some(message));
        }
    }
}

/// The first element under the tracker matching `selector`.
fn find(selector: &str) -> Option<web_sys::Element> {
    browser::element("phase-tracker")?
        .query_selector(selector)
        .ok()
        .flatten()
}

/// Sets `name` on `element` unless it already has that value.
fn set(element: &web_sys::Element, name: &str, value: &str) {
    if element.get_attribute(name).as_deref() != Some(value) {
        let _ = element.set_attribute(name, value);
    }
}

/// Wires the reader's input: the slider's keys, a drag (snapped to the change days,
/// announced when released), and the buttons (the banner's "Back to today" too).
pub fn wire(replay: Replay) {
    let Some(root) = browser::element("phase-tracker") else {
        return;
    };
    let on_click = replay.clone();
    browser::on_event(&root, "click", move |event: Event| {
        let by = browser::target(&event)
            .and_then(|t| browser::closest(&t, ".replay-step"))
            .and_then(|b| b.get_attribute("data-step"));
        match by.as_deref() {
            Some("previous") => on_click.step(Step::PreviousChange, true),
            Some("next") => on_click.step(Step::NextChange, true),
            Some("today") => {
                // Focus stays near the button, never scrolling the page (or, in a frame, the
                // article) to it: the banner's button goes with the banner, so the selected
                // tab below it takes focus; the control's, hidden now, gives it to the slider.
                let in_banner = browser::target(&event)
                    .and_then(|t| browser::closest(&t, ".preview-banner"))
                    .is_some();
                on_click.go(None, true);
                let to = if in_banner {
                    "[role=tab][aria-selected=true]"
                } else {
                    "#replay-day"
                };
                // After the tabs are drawn again for today (queued before this task).
                leptos::prelude::set_timeout(
                    move || {
                        if let Some(element) = find(to) {
                            browser::focus_without_scroll(element.unchecked_ref());
                        }
                    },
                    std::time::Duration::ZERO,
                );
            }
            _ => {}
        }
    });
    let on_key = replay.clone();
    browser::on_event(&root, "keydown", move |event: Event| {
        let on_slider = browser::target(&event).is_some_and(|t| t.id() == "replay-day");
        if !on_slider {
            return;
        }
        let key = event.unchecked_ref::<KeyboardEvent>().key();
        let Some(by) = key_step(&key, text::RTL) else {
            return;
        };
        event.prevent_default();
        on_key.step(by, true);
    });
    // The keys are ours, so the slider's own input events come from a pointer: each moves
    // the day to the nearest change day, and its release ("change") announces it once.
    for kind in ["input", "change"] {
        let on_drag = replay.clone();
        browser::on_event(&root, kind, move |event: Event| {
            let Some(input) = browser::target(&event).filter(|t| t.id() == "replay-day") else {
                return;
            };
            let offset = input.unchecked_ref::<HtmlInputElement>().value_as_number();
            let day = drag_rest(on_drag.first(), offset, on_drag.today(), &on_drag.days());
            on_drag.go(Some(day), event.type_() == "change");
        });
    }
}
