//! The live countdown: each distinct deadline with its sources and the time to or since it,
//! ticking from the wall clock. `role="timer"` stays silent; a separate polite status region
//! announces only a deadline passing. A pause control stops the ticking.

use super::clock::Clock;
use super::live;
use crate::core::countdown::{countdown, newly_passed, reading, Reading, Remaining};
use crate::core::date::Precision;
use crate::core::story::{Phase, Story, SubjectKind};
use crate::html;
use crate::text;
use chrono::Timelike;
use leptos::prelude::*;

/// The countdown for one phase.
#[component]
pub fn Countdown(story: &'static Story, clock: Clock, phase: &'static Phase) -> impl IntoView {
    let heading_id = format!("countdown-{}", phase.id);
    let rows = move || {
        let as_of = clock.as_of.get();
        let cd = countdown(story, phase, as_of);
        let finished = html::finished(&cd);
        let floors = html::floors(story, &cd.floors);
        let zone = story.meta.offset;
        let deadlines = cd
            .deadlines
            .into_iter()
            .map(|d| {
                let passed = d.passed();
                let position = d.position;
                let target = position.target;
                let precision = position.precision();
                // Name, precision and sources are markup; only the time is live.
                let label = html::deadline_label(story, &position);
                // Every target is a change point, so whether it had passed (above) only changes when
                // `as_of` does, and these rows are rebuilt then: no per-tick work for it.
                // A day-level deadline ticks by the second; the time since one that fell on a
                // whole minute, and every coarser deadline's window in days, move with the
                // clock's minutes, so they are not redone each second.
                let by_minute = precision != Precision::Day || (passed && target.second() == 0);
                // The page rendered at build time leaves this cell to the live widget (a
                // no-break space keeps its line), so a stale countdown never shows as live.
                let time = live(move || {
                    if clock.built {
                        return "\u{a0}".to_owned();
                    }
                    let now = if by_minute {
                        clock.minute.track();
                        clock.now.get_untracked()
                    } else {
                        clock.now.get()
                    };
                    match reading(&position, zone, now) {
                        Reading::Exact(Remaining::Left(p)) => text::left(p),
                        Reading::Exact(Remaining::Passed(p)) => text::passed(p),
                        Reading::Window { closed, days, .. } => text::window(closed, days),
                    }
                });
                let class = if passed {
                    "deadline passed"
                } else {
                    "deadline"
                };
                view! {
                    <li class=class>
                        <span class="deadline-label" inner_html=label></span>
                        <span class="deadline-time"><span class="deadline-clock">{time}</span></span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <ul class="deadlines">{deadlines}</ul>
            <div class="floors-box" inner_html=floors></div>
            <div class="finished-box" inner_html=finished></div>
        }
    };

    // Announce the latest deadline that passed while the page was open, never each tick.
    let opened = clock.as_of.get_untracked();
    let announcement = move || {
        newly_passed(story, phase, opened, clock.as_of.get())
            .map(|t| text::deadline_now_passed(&html::deadline_day(story, t)))
    };

    // Only a deadline given to the day ticks by the second; a pause control for a count of
    // days would stop nothing a reader sees move.
    let ticking = move || {
        countdown(story, phase, clock.as_of.get())
            .deadlines
            .iter()
            .any(|d| d.position.precision() == Precision::Day)
    };
    let pause = move || {
        (!clock.frozen && ticking()).then(|| {
            view! {
                <button
                    type="button"
                    class="pause"
                    aria-pressed=move || clock.paused.get().to_string()
                    on:click=move |_| clock.toggle_pause()
                >
                    {move || if clock.paused.get() { text::RESUME } else { text::PAUSE }}
                </button>
            }
        })
    };
    let labelled_by = format!("{} {heading_id}", html::phase_name_id(&phase.id));
    view! {
        <section class="countdown" aria-labelledby=labelled_by>
            <div class="countdown-head">
                <h2 id=heading_id>{text::COUNTDOWN}</h2>
                <div class="badges" inner_html=live(move || html::badges(story, phase, SubjectKind::Deadline, clock.as_of.get()))></div>
            </div>
            <div role="timer" aria-live="off" class="timer">{rows}</div>
            <p role="status" class="sr-only">{announcement}</p>
            {pause}
        </section>
    }
}
