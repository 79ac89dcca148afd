//! The messages between the article around the widget and the widget (scrollytelling): the
//! host page asks for a phase and a replay day with `phase-tracker:show`; the widget says
//! which it shows with `phase-tracker:state`. The shell copies a message's fields out of the
//! JavaScript object into a [`RawShow`] (each field as a [`Value`]); here it is checked, and
//! the state is built, without a browser. Nothing in a message is ever rendered: it becomes
//! a tab index and a day.

use super::date::{iso_day, parse_day};
use chrono::NaiveDate;

/// The prefix of every message type of the widget's own protocol.
pub const PREFIX: &str = "phase-tracker:";
/// The host's request to show a phase and a replay day.
pub const SHOW: &str = "phase-tracker:show";
/// The widget's report of what it shows.
pub const STATE: &str = "phase-tracker:state";
/// The fields a `phase-tracker:show` may have.
pub const FIELDS: [&str; 3] = ["type", "phase", "asOf"];
/// The longest string a message may carry in a field.
pub const MAX_TEXT: usize = 64;

/// One field of a message, as JavaScript gave it.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Value {
    /// The field is not there.
    #[default]
    Absent,
    /// `null`.
    Null,
    /// A number.
    Number(f64),
    /// A string, cut to [`MAX_TEXT`] + 1 characters by the shell (so an over-long one is
    /// still seen as over-long).
    Text(String),
    /// Anything else (an array, an object, a boolean, `undefined` given explicitly).
    Other,
}

/// A `phase-tracker:*` message as the host posted it, before it is checked.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawShow {
    /// The message type (the shell only passes on messages whose type starts with
    /// [`PREFIX`]).
    pub kind: String,
    /// The tab to select, from 1.
    pub phase: Value,
    /// Absent: no change; `null` or `"today"`: back to the live tracker; `"YYYY-MM-DD"`: that
    /// replay day.
    pub as_of: Value,
    /// The first field the protocol does not have, if any.
    pub unknown: Option<String>,
}

/// Where the host asks the replay to stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AsOf {
    /// The live tracker.
    Today,
    /// The tracker as reported by that day.
    Day(NaiveDate),
}

/// A checked `phase-tracker:show`: each part `None` when the message leaves it as it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Show {
    /// The tab to select, from 0.
    pub phase: Option<usize>,
    /// The replay day.
    pub as_of: Option<AsOf>,
}

/// Checks a `phase-tracker:*` message for a widget with `phase_count` phases: a [`Show`], or
/// why it is ignored (for the console: a value is quoted cut to [`MAX_TEXT`] characters). The
/// day is not clamped here: the widget keeps it between the first report and today.
pub fn check_show(raw: &RawShow, phase_count: usize) -> Result<Show, String> {
    if raw.kind != SHOW {
        return Err(format!("unknown message type \"{}\"", clip(&raw.kind)));
    }
    if let Some(field) = &raw.unknown {
        return Err(format!("unknown field \"{}\"", clip(field)));
    }
    let phase = match &raw.phase {
        Value::Absent => None,
        Value::Number(n) if n.fract() == 0.0 && *n >= 1.0 && *n <= phase_count as f64 => {
            Some(*n as usize - 1)
        }
        _ => {
            return Err(format!(
                "phase must be a whole number from 1 to {phase_count}"
            ))
        }
    };
    let as_of = match &raw.as_of {
        Value::Absent => None,
        Value::Null => Some(AsOf::Today),
        Value::Text(text) if text == "today" => Some(AsOf::Today),
        Value::Text(text) => match parse_day(text) {
            Some(d) => Some(AsOf::Day(d)),
            None => return Err(format!("asOf \"{}\" is not a YYYY-MM-DD day", clip(text))),
        },
        _ => return Err("asOf must be a YYYY-MM-DD day, \"today\" or null".to_owned()),
    };
    if phase.is_none() && as_of.is_none() {
        return Err("it names neither phase nor asOf".to_owned());
    }
    Ok(Show { phase, as_of })
}

/// At most [`MAX_TEXT`] characters of `text`, for a console message.
fn clip(text: &str) -> String {
    text.chars().take(MAX_TEXT).collect()
}

/// The widget's `phase-tracker:state` message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    /// The widget's embed id (`?id=`), so a page with several trackers can tell them apart.
    pub id: String,
    /// The selected tab, from 1.
    pub phase: usize,
    /// The replay day `YYYY-MM-DD`, or `None` (posted as `null`) when live.
    pub as_of: Option<String>,
}

/// The state message for the tab at `selected` (from 0) and the replay `day` (`None` live).
pub fn state(id: &str, selected: usize, day: Option<NaiveDate>) -> State {
    State {
        id: id.to_owned(),
        phase: selected + 1,
        as_of: day.map(iso_day),
    }
}
