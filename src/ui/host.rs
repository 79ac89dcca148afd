//! The article around the widget (scrollytelling): `phase-tracker:show` messages from the
//! parent window select a phase and a replay day, and a `phase-tracker:state` message tells
//! the parent what is shown whenever either changes (and once at mount). Messages from any
//! other window are ignored; messages that are not the widget's (not an object whose `type`
//! starts with `phase-tracker:`) are ignored silently, a malformed one of ours with one
//! console warning. The fields are copied out of the message as plain values and checked by
//! [`crate::core::messages`]; nothing in a message is rendered.

use super::browser;
use super::embed::object;
use super::replay::Replay;
use crate::core::messages::{
    check_show, state, AsOf, RawShow, State, Value, FIELDS, MAX_TEXT, PREFIX, STATE,
};
use js_sys::{Object, Reflect};
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Window};

/// The parent window, when the widget is framed.
fn parent() -> Option<Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok()??;
    (parent != window).then_some(parent)
}

/// A message's field as a [`Value`] (strings cut to one character over the limit).
fn value(v: JsValue) -> Value {
    if v.is_null() {
        Value::Null
    } else if let Some(n) = v.as_f64() {
        Value::Number(n)
    } else if let Some(s) = v.as_string() {
        Value::Text(s.chars().take(MAX_TEXT + 1).collect())
    } else {
        Value::Other
    }
}

/// The message's fields, if it is one of the widget's (an object whose `type` is a string
/// starting with [`PREFIX`]).
fn raw(data: &JsValue) -> Option<RawShow> {
    if !data.is_object() || js_sys::Array::is_array(data) {
        return None;
    }
    let kind = Reflect::get(data, &"type".into()).ok()?.as_string()?;
    if !kind.starts_with(PREFIX) {
        return None;
    }
    let mut raw = RawShow {
        kind: kind.chars().take(MAX_TEXT + 1).collect(),
        ..RawShow::default()
    };
    for key in Object::keys(data.unchecked_ref::<Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        let field = Reflect::get(data, &key.as_str().into()).unwrap_or(JsValue::UNDEFINED);
        match key.as_str() {
            "phase" => raw.phase = value(field),
            "asOf" => raw.as_of = value(field),
            k if FIELDS.contains(&k) => {}
            _ => {
                raw.unknown
                    .get_or_insert_with(|| key.chars().take(MAX_TEXT + 1).collect());
            }
        }
    }
    Some(raw)
}

thread_local! {
    /// Posts the state to the parent if it changed ([`wire`] sets it; framed widgets only).
    static REPORT: RefCell<Option<Box<dyn Fn()>>> = const { RefCell::new(None) };
    /// True while a report is queued for the end of the current task.
    static QUEUED: Cell<bool> = const { Cell::new(false) };
}

/// Tells the parent window what the widget shows, if that changed since it last did: called
/// once the widget is mounted and after every change of tab or replay day. The report is
/// made one task later, so the changes of one task (a message's phase and its day) make one
/// state message.
pub fn report() {
    if QUEUED.replace(true) {
        return;
    }
    set_timeout(
        || {
            QUEUED.set(false);
            REPORT.with(|report| {
                if let Some(report) = report.borrow().as_ref() {
                    report();
                }
            });
        },
        std::time::Duration::ZERO,
    );
}

/// Obeys the parent's `show` messages and reports the state to it (`id`: the widget's embed
/// id), for a tracker whose tab is `selected` among `count` phases.
pub fn wire(replay: Replay, selected: RwSignal<usize>, count: usize, id: String) {
    let Some(parent) = parent() else {
        return;
    };
    let last: RefCell<Option<State>> = RefCell::new(None);
    let (days, to) = (replay.clone(), parent.clone());
    let post = move || {
        let message = state(&id, selected.get_untracked(), days.day());
        if last.borrow().as_ref() == Some(&message) {
            return;
        }
        let as_of = message
            .as_of
            .as_deref()
            .map_or(JsValue::NULL, JsValue::from_str);
        let _ = to.post_message(
            &object(&[
                ("type", STATE.into()),
                ("id", message.id.as_str().into()),
                ("phase", JsValue::from_f64(message.phase as f64)),
                ("asOf", as_of),
            ]),
            "*",
        );
        *last.borrow_mut() = Some(message);
    };
    REPORT.with(|report| *report.borrow_mut() = Some(Box::new(post)));

    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let from_parent = event
            .source()
            .is_some_and(|s| JsValue::from(s) == JsValue::from(parent.clone()));
        if !from_parent {
            return;
        }
        let Some(raw) = raw(&event.data()) else {
            return;
        };
        match check_show(&raw, count) {
            Err(why) => browser::warn(&format!("phase tracker: ignoring a message: {why}")),
            Ok(show) => {
                if let Some(i) = show.phase {
                    super::tabs::select(selected, count, i, false, false);
                }
                match show.as_of {
                    Some(AsOf::Today) => replay.go(None, false),
                    Some(AsOf::Day(day)) => replay.go(Some(day), false),
                    None => {}
                }
            }
        }
    });
    if let Some(window) = web_sys::window() {
        let _ =
            window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    }
    on_message.forget();
}
