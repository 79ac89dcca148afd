//! The live countdown. Its rows are markup from [`crate::html::countdown_rows`], drawn by the
//! build for every state and shown when what is known changes; [`run`] fills their clock cells from the clock (to the second for a
//! deadline given to the day, in days for a window), announces a deadline passing once in a
//! polite status region (`role="timer"` itself stays silent), and wires the pause control.

use super::browser::{self, all};
use super::clock::Clock;
use super::live;
use super::Tracker;
use crate::core::countdown::reading_at;
use crate::core::date::Precision;
use crate::core::regions::Region;
use crate::html;
use crate::text;
use chrono::DateTime;
use leptos::prelude::*;
use web_sys::{Element, Event};

/// The countdown for one phase.
pub fn countdown_section(
    tracker: &'static Tracker,
    clock: Clock,
    phase: &'static str,
) -> impl IntoView {
    let heading_id = format!("countdown-{phase}");
    // Redrawn when what is known changes, with the clock cells already current (the ticker
    // then keeps them so); empty in the page rendered at build time.
    let rows = live(move || {
        let rows = super::region(tracker, clock, &Region::Rows(phase));
        if !clock.built {
            // Before the page paints, once the rows are in it.
            leptos::task::spawn_local(async move { fill(tracker, clock, true) });
        }
        rows
    });
    let badges = live(move || super::region(tracker, clock, &Region::DeadlineBadges(phase)));
    let pause = live(move || {
        if clock.replayed().is_some() {
            return String::new();
        }
        let paused = clock.paused.get_untracked();
        super::region(tracker, clock, &Region::Pause(phase, paused))
    });
    let labelled_by = format!("{} {heading_id}", html::phase_name_id(phase));
    view! {
        <section class="countdown" aria-labelledby=labelled_by>
            <div class="countdown-head">
                <h2 id=heading_id>{text::COUNTDOWN}</h2>
                <div class="badges" inner_html=badges></div>
            </div>
            <div role="timer" aria-live="off" class="timer" inner_html=rows></div>
            <p role="status" class="sr-only announce" data-phase=phase.to_owned()></p>
            <div class="pause-box" inner_html=pause></div>
        </section>
    }
}

/// Fills every clock cell in the tracker each time the clock moves, announces the latest
/// deadline that passed while the page was open (once), and wires the pause controls.
pub fn run(tracker: &'static Tracker, clock: Clock) {
    if clock.built {
        return;
    }
    let Some(root) = browser::element("phase-tracker") else {
        return;
    };
    let opened = clock.as_of.get_untracked().timestamp();
    Effect::new(move |_| {
        clock.now.track();
        clock.as_of.track();
        fill(tracker, clock, false);
    });
    let regions = root.clone();
    Effect::new(move |_| {
        clock.as_of.track();
        // A replay is not the news: the replay says what changed in its own region.
        if clock.replayed().is_some() {
            return;
        }
        for region in all(&regions, ".announce") {
            let phase = region.get_attribute("data-phase").unwrap_or_default();
            // The latest deadline passed by now, if it passed after the page opened
            // ([`crate::core::countdown::newly_passed`]).
            let passed = super::region(tracker, clock, &Region::PassedAt(&phase))
                .parse::<i64>()
                .is_ok_and(|t| t > opened);
            let text = if passed {
                super::region(tracker, clock, &Region::Announcement(&phase))
            } else {
                String::new()
            };
            if region.text_content().unwrap_or_default() != text {
                region.set_text_content(Some(&text));
            }
        }
    });
    let root_for_pause = root.clone();
    browser::on_event(&root, "click", move |event: Event| {
        let pressed = browser::target(&event).and_then(|t| browser::closest(&t, ".pause"));
        if pressed.is_some() {
            clock.toggle_pause();
            let paused = clock.paused.get_untracked();
            // One clock: every pause control says the same.
            for button in all(&root_for_pause, ".pause") {
                let _ = button.set_attribute("aria-pressed", if paused { "true" } else { "false" });
                button.set_text_content(Some(if paused { text::RESUME } else { text::PAUSE }));
            }
        }
    });
}

/// A clock cell of the page, as [`fill`] last read it: its deadline, and the text it shows.
struct ClockCell {
    cell: Element,
    target: DateTime<chrono::Utc>,
    precision: Precision,
    shown: String,
}

thread_local! {
    /// The clock cells [`fill`] last read, so that a tick reads nothing from the page: read
    /// again when one of them has left the page (its rows were redrawn) or when asked to.
    static CELLS: std::cell::RefCell<Vec<ClockCell>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Fills every clock cell in the tracker for the clock's instant, writing a cell only when its
/// text changes; the ticker calls it each time the clock moves. After drawing new cells
/// without removing any (a panel drawn later), call it with `reread` so it finds them.
pub fn fill(tracker: &'static Tracker, clock: Clock, reread: bool) {
    let (zone, now) = (tracker.facts.offset, clock.now.get_untracked());
    CELLS.with_borrow_mut(|cells| {
        if reread || cells.is_empty() || cells.iter().any(|c| !c.cell.is_connected()) {
            *cells = read_cells();
        }
        for c in cells.iter_mut() {
            let text = text::reading(reading_at(c.target, c.precision, zone, now));
            if c.shown != text {
                c.cell.set_text_content(Some(&text));
                c.shown = text;
            }
        }
    });
}

/// The tracker's clock cells, with their deadlines (`data-target`, `data-precision`) and
/// texts; a cell whose attributes do not read is left alone.
fn read_cells() -> Vec<ClockCell> {
    let Some(root) = browser::element("phase-tracker") else {
        return Vec::new();
    };
    all(&root, ".deadline-clock")
        .into_iter()
        .filter_map(|cell| {
            let target = cell
                .get_attribute("data-target")
                .and_then(|t| t.parse().ok())
                .and_then(|t| DateTime::from_timestamp(t, 0))?;
            let precision = cell
                .get_attribute("data-precision")
                .and_then(|p| Precision::parse(&p))?;
            let shown = cell.text_content().unwrap_or_default();
            Some(ClockCell {
                cell,
                target,
                precision,
                shown,
            })
        })
        .collect()
}
