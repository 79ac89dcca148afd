//! What the widget tells the page that embeds it: its height, in every common protocol
//! (Pym.js, Datawrapper, AMP, WordPress, and our own). The embed snippet itself is markup:
//! see [`crate::html::snippet`].

use super::params::Params;

/// The `type` of our own height message.
pub const OWN_MESSAGE_TYPE: &str = "phase-tracker:height";

/// The initial height of an embedded frame, in CSS pixels (the snippet, oEmbed's answer);
/// the widget's height messages correct it once it runs.
pub const INITIAL_HEIGHT: u32 = 900;

/// The id used in Datawrapper-style messages when the URL gives none.
pub const DEFAULT_EMBED_ID: &str = "phase-tracker";

/// One message to post to the parent window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HeightMessage {
    /// Pym.js's string protocol: `pymxPYMx<childId>xPYMxheightxPYMx<px>`.
    Pym(String),
    /// `{"datawrapper-height": {"<id>": <px>}}`.
    Datawrapper {
        /// The embed's id.
        id: String,
        /// Height in CSS pixels.
        height: u32,
    },
    /// `{sentinel: "amp", type: "embed-size", height: <px>}`.
    Amp {
        /// Height in CSS pixels.
        height: u32,
    },
    /// `{message: "height", value: <px>, secret: <s>}`, WordPress's embed protocol.
    WordPress {
        /// The secret WordPress put in the fragment.
        secret: String,
        /// Height in CSS pixels.
        height: u32,
    },
    /// `{type: "phase-tracker:height", height: <px>, id: <id>}`, read by `embed.js`.
    Own {
        /// The embed's id.
        id: String,
        /// Height in CSS pixels.
        height: u32,
    },
}

/// The messages announcing `height`, for the protocols the URL makes possible: Pym.js only
/// with a `childId`, WordPress only with a secret, the others always.
pub fn height_messages(params: &Params, height: u32) -> Vec<HeightMessage> {
    let id = params
        .embed_id
        .clone()
        .unwrap_or_else(|| DEFAULT_EMBED_ID.to_owned());
    let mut messages = Vec::with_capacity(5);
    if let Some(child) = &params.child_id {
        messages.push(HeightMessage::Pym(pym_message(
            child,
            "height",
            &height.to_string(),
        )));
    }
    messages.push(HeightMessage::Datawrapper {
        id: id.clone(),
        height,
    });
    messages.push(HeightMessage::Amp { height });
    if let Some(secret) = &params.secret {
        messages.push(HeightMessage::WordPress {
            secret: secret.clone(),
            height,
        });
    }
    messages.push(HeightMessage::Own { id, height });
    messages
}

/// A Pym.js message string.
pub fn pym_message(child_id: &str, kind: &str, value: &str) -> String {
    format!("pymxPYMx{child_id}xPYMx{kind}xPYMx{value}")
}

/// True when `data` is Pym.js's parent asking this child for its height: a `width` message
/// for our child id whose width is a number of pixels (`600`, or `599.5`; never `...`).
pub fn is_pym_width_request(data: &str, child_id: &str) -> bool {
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    data.strip_prefix(&pym_message(child_id, "width", ""))
        .is_some_and(|w| match w.split_once('.') {
            Some((whole, fraction)) => digits(whole) && digits(fraction),
            None => digits(w),
        })
}
