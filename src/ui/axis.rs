//! The time axis: an SVG drawn in percentages (so text never stretches), with each phase's
//! deadline windows, completions and a "today" line, plus a text legend.

use super::clock::Clock;
use crate::core::axis::marks;
use crate::core::date::{format_day, local_day};
use crate::core::story::Story;
use crate::text;
use leptos::prelude::*;

/// A fraction as an SVG percentage with two decimals, without float formatting (which
/// would add about 11 KB of wasm).
fn pct(f: f64) -> String {
    let basis_points = (f.clamp(0.0, 1.0) * 10_000.0).round() as u32;
    format!("{}.{:02}%", basis_points / 100, basis_points % 100)
}

/// Height of one phase's row, in px.
const ROW: usize = 22;

/// The axis across the story's span.
#[component]
pub fn Axis(story: &'static Story, clock: Clock) -> impl IntoView {
    let day = Memo::new(move |_| local_day(clock.now.get(), story.meta.offset));
    let drawing = move || {
        // Redraw when a claim becomes known, a deadline passes, or the day changes.
        clock.as_of.track();
        day.track();
        let m = marks(story, clock.now.get_untracked());
        let height = m.rows.len() * ROW + 26;
        let rows = m
            .rows
            .iter()
            .enumerate()
            .map(|(i, row)| {
                let y = i * ROW + 4;
                let windows = row
                    .windows
                    .iter()
                    .map(|(a, b)| {
                        view! {
                            <rect class=format!("window row-{i}") x=pct(*a) y=y.to_string()
                                width=pct((b - a).max(0.004)) height=(ROW - 8).to_string() rx="2"/>
                        }
                    })
                    .collect_view();
                let done = row
                    .completions
                    .iter()
                    .map(|f| {
                        view! {
                            <circle class="done" cx=pct(*f) cy=(y + (ROW - 8) / 2).to_string() r="5"/>
                        }
                    })
                    .collect_view();
                let name = story.phases.get(i).map(|p| p.name.clone()).unwrap_or_default();
                view! {
                    <text class="row-label" x="0.5%" y=(y + ROW - 9).to_string()>{name}</text>
                    {windows}
                    {done}
                }
            })
            .collect_view();
        let base = m.rows.len() * ROW + 4;
        let years = m
            .years
            .iter()
            .map(|(year, f)| {
                view! {
                    <line class="year" x1=pct(*f) x2=pct(*f) y1="0" y2=(base + 4).to_string()/>
                    <text class="year-label" x=pct(*f) y=(base + 18).to_string()>{year.to_string()}</text>
                }
            })
            .collect_view();
        let today = m.today.map(|f| {
            view! {
                <line class="today" x1=pct(f) x2=pct(f) y1="0" y2=(base + 4).to_string()/>
            }
        });
        view! {
            <svg class="axis-drawing" width="100%" height=height.to_string() aria-hidden="true" focusable="false">
                <line class="baseline" x1="0" x2="100%" y1=base.to_string() y2=base.to_string()/>
                {years}
                {rows}
                {today}
            </svg>
        }
    };
    let span = format!(
        "{} – {}",
        format_day(story.meta.axis_start),
        format_day(story.meta.axis_end)
    );
    let today = move || format_day(day.get());
    view! {
        <figure class="axis">
            {drawing}
            <figcaption>
                <span>{text::AXIS} " (" {span} ")"</span>
                <span class="legend">
                    <span class="key window-key" aria-hidden="true"></span>{text::AXIS_DEADLINE}
                    <span class="key done-key" aria-hidden="true"></span>{text::AXIS_DONE}
                    <span class="key today-key" aria-hidden="true"></span>{text::AXIS_TODAY} " " {today}
                </span>
            </figcaption>
        </figure>
    }
}
