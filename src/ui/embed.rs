//! Auto-height for the host page: a `ResizeObserver` measures the tracker and, on each
//! change only, posts the height in every protocol the core lists. Pym.js's `width`
//! messages are answered with the height.

use crate::core::embed::{height_messages, is_pym_width_request, HeightMessage};
use crate::core::params::Params;
use js_sys::{Object, Reflect};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A plain JS object from key/value pairs.
pub(super) fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o.into()
}

/// The JS value posted for one message.
fn to_js(message: &HeightMessage) -> JsValue {
    let n = |h: &u32| JsValue::from_f64(f64::from(*h));
    match message {
        HeightMessage::Pym(text) => JsValue::from_str(text),
        HeightMessage::Datawrapper { id, height } => {
            object(&[("datawrapper-height", object(&[(id.as_str(), n(height))]))])
        }
        HeightMessage::Amp { height } => object(&[
            ("sentinel", "amp".into()),
            ("type", "embed-size".into()),
            ("height", n(height)),
        ]),
        HeightMessage::WordPress { secret, height } => object(&[
            ("message", "height".into()),
            ("value", n(height)),
            ("secret", secret.as_str().into()),
        ]),
        HeightMessage::Own { id, height } => object(&[
            ("type", crate::core::embed::OWN_MESSAGE_TYPE.into()),
            ("height", n(height)),
            ("id", id.as_str().into()),
        ]),
    }
}

/// Posts `height` to the parent window in every protocol, when framed.
fn post(params: &Params, height: u32) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    for message in height_messages(params, height) {
        // The height is not secret; the host's embed.js checks which frame sent it.
        let _ = parent.post_message(&to_js(&message), "*");
    }
}

/// Starts reporting the height of `root` to the embedding page.
pub fn report_height(root: &web_sys::Element, params: Params) {
    let params = Rc::new(params);
    let last = Rc::new(Cell::new(0u32));
    let measure = {
        let root = root.clone();
        move || root.get_bounding_client_rect().height().ceil() as u32
    };

    let on_resize = {
        let (params, last, measure) = (params.clone(), last.clone(), measure.clone());
        Closure::<dyn FnMut()>::new(move || {
            let height = measure();
            if height != last.get() {
                last.set(height);
                post(&params, height);
            }
        })
    };
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(root);
    }
    on_resize.forget();

    if let Some(child_id) = params.child_id.clone() {
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                if let Some(data) = ev.data().as_string() {
                    if is_pym_width_request(&data, &child_id) {
                        post(&params, measure());
                    }
                }
            });
        if let Some(window) = web_sys::window() {
            let _ = window
                .add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
        }
        on_message.forget();
    }
}
