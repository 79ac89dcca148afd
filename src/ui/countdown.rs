//! The live countdown: each distinct deadline with its sources and the time to or since it,
//! ticking from the wall clock. `role="timer"` stays silent; a separate polite status region
//! announces only a deadline passing. A pause control stops the ticking.

use super::clock::Clock;
use super::live;
use super::subject::Badges;
use crate::core::countdown::{countdown, newly_passed, time_to, Remaining};
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
        let deadlines = cd
            .deadlines
            .into_iter()
            .map(|d| {
                let target = d.target;
                let sources = html::sources(story, d.claims.iter().map(|c| &c.source));
                // Every target is a change point, so whether it has passed only changes when
                // `as_of` does, and these rows are rebuilt then: no per-tick work for it.
                let passed = d.passed();
                // The time since a deadline is shown to the minute: on a target that falls on
                // a whole minute it moves with the clock's minutes, so it is not redone each
                // second.
                let by_minute = passed && target.second() == 0;
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
                    match time_to(target, now) {
                        Remaining::Left(p) => text::left(p),
                        Remaining::Passed(p) => text::passed(p),
                    }
                });
                let class = if passed {
                    "deadline passed"
                } else {
                    "deadline"
                };
                view! {
                    <li class=class>
                        <span class="deadline-day">{html::deadline_day(story, target)}</span>
                        <span class="deadline-time"><span class="deadline-clock">{time}</span></span>
                        <span class="deadline-sources" inner_html=sources></span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <ul class="deadlines">{deadlines}</ul>
            <div class="finished-box" inner_html=finished></div>
        }
    };

    // Announce the latest deadline that passed while the page was open, never each tick.
    let opened = clock.as_of.get_untracked();
    let announcement = move || {
        newly_passed(story, phase, opened, clock.as_of.get())
            .map(|t| text::deadline_now_passed(&html::deadline_day(story, t)))
    };

    let pause = (!clock.frozen).then(|| {
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
    });
    let labelled_by = format!("{} {heading_id}", html::phase_name_id(&phase.id));
    view! {
        <section class="countdown" aria-labelledby=labelled_by>
            <div class="countdown-head">
                <h2 id=heading_id>{text::COUNTDOWN}</h2>
                <Badges story clock phase kind=SubjectKind::Deadline/>
            </div>
            <div role="timer" aria-live="off" class="timer">{rows}</div>
            <p role="status" class="sr-only">{announcement}</p>
            {pause}
        </section>
    }
}
