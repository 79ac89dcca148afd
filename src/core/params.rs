//! The widget page's URL parameters, parsed without a browser: `phase`, `theme`, `now`,
//! `compact`, Pym.js's `childId`, Datawrapper-style `id`, and the fragment's `#phase-N` or
//! WordPress's `#?secret=`. A malformed value falls back to its default with a warning.

use super::date::{iso_day, parse_day, parse_rfc3339, start_of_day};
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};

/// The colour scheme asked for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow the reader's `prefers-color-scheme`.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// The name used in the URL and on the root element's `data-theme`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Auto => "auto",
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }
}

/// Everything the page's URL asks for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Params {
    /// The tab to open, counted from 0; `None` opens the first.
    pub phase: Option<usize>,
    /// The colour scheme.
    pub theme: Theme,
    /// A frozen clock for previews and tests; `None` follows the wall clock.
    pub now: Option<DateTime<Utc>>,
    /// Hide the events list and the time axis.
    pub compact: bool,
    /// Pym.js's child id, for its height messages.
    pub child_id: Option<String>,
    /// The embed's id, for Datawrapper-style height messages.
    pub embed_id: Option<String>,
    /// WordPress's embed secret, from `#?secret=`.
    pub secret: Option<String>,
}

/// A parameter whose value could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParamWarning {
    /// The parameter's name.
    pub name: String,
    /// The value as given (decoded).
    pub value: String,
    /// What is used instead.
    pub fallback: &'static str,
}

impl core::fmt::Display for ParamWarning {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(
            f,
            "phase tracker: ignoring URL parameter {}=\"{}\"; using {}",
            self.name, self.value, self.fallback
        )
    }
}

/// The longest id accepted for `childId`, `id` and `secret`.
const MAX_ID_LEN: usize = 64;

/// Parses `search` (with or without its leading `?`) and `hash` (with or without `#`).
/// `phase_count` bounds `phase`; `zone` reads a bare `now=YYYY-MM-DD` as midnight there.
pub fn parse(
    search: &str,
    hash: &str,
    phase_count: usize,
    zone: FixedOffset,
) -> (Params, Vec<ParamWarning>) {
    let mut params = Params::default();
    let mut warnings = Vec::new();
    let mut warn = |name: &str, value: &str, fallback: &'static str| {
        warnings.push(ParamWarning {
            name: name.to_owned(),
            value: value.to_owned(),
            fallback,
        })
    };

    for (name, value) in pairs(search.strip_prefix('?').unwrap_or(search)) {
        match name.as_str() {
            "phase" => match phase_number(&value, phase_count) {
                Some(i) => params.phase = Some(i),
                None => warn("phase", &value, "the first phase"),
            },
            "theme" => match value.as_str() {
                "auto" => params.theme = Theme::Auto,
                "light" => params.theme = Theme::Light,
                "dark" => params.theme = Theme::Dark,
                _ => warn("theme", &value, "auto"),
            },
            "now" => match instant(&value, zone) {
                Some(t) => params.now = Some(t),
                None => warn("now", &value, "the live clock"),
            },
            "compact" => match value.as_str() {
                "1" | "true" => params.compact = true,
                "0" | "false" => params.compact = false,
                _ => warn("compact", &value, "the full layout"),
            },
            "childId" => match id(&value) {
                Some(v) => params.child_id = Some(v),
                None => warn("childId", &value, "no Pym.js messages"),
            },
            "id" => match id(&value) {
                Some(v) => params.embed_id = Some(v),
                None => warn("id", &value, "the default embed id"),
            },
            _ => {}
        }
    }

    let fragment = hash.strip_prefix('#').unwrap_or(hash);
    if let Some(query) = fragment.strip_prefix('?') {
        for (name, value) in pairs(query) {
            if name == "secret" {
                match id(&value) {
                    Some(v) => params.secret = Some(v),
                    None => warn("secret", &value, "no WordPress messages"),
                }
            }
        }
    } else if let Some(n) = fragment.strip_prefix("phase-") {
        match phase_number(n, phase_count) {
            Some(i) => params.phase = Some(i),
            None => warn("#phase", n, "the first phase"),
        }
    }
    (params, warnings)
}

/// The fragment that deep-links to the tab at `index` (from 0).
pub fn phase_fragment(index: usize) -> String {
    format!("#phase-{}", index + 1)
}

/// `search` (a query string, with or without its `?`) with its `now` parameter set to `day`,
/// or removed for `None`, every other parameter kept as written: the URL of a replayed day,
/// so a link shares the same view. Returns the query with its `?`, or "" when empty.
pub fn with_now(search: &str, day: Option<NaiveDate>) -> String {
    let mut parts: Vec<String> = search
        .strip_prefix('?')
        .unwrap_or(search)
        .split('&')
        .filter(|p| !p.is_empty() && p.split('=').next() != Some("now"))
        .map(str::to_owned)
        .collect();
    if let Some(day) = day {
        parts.push(format!("now={}", iso_day(day)));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// "1" to "N" as an index from 0.
fn phase_number(text: &str, count: usize) -> Option<usize> {
    let n: usize = text.parse().ok()?;
    (1..=count).contains(&n).then(|| n - 1)
}

/// An RFC 3339 instant, or a bare day meaning midnight in `zone`.
fn instant(text: &str, zone: FixedOffset) -> Option<DateTime<Utc>> {
    if text.len() == 10 {
        return parse_day(text).map(|day| start_of_day(day, zone));
    }
    parse_rfc3339(text)
}

/// An id of letters, digits, `-` and `_`, at most [`MAX_ID_LEN`] long.
fn id(text: &str) -> Option<String> {
    let ok = !text.is_empty()
        && text.len() <= MAX_ID_LEN
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    ok.then(|| text.to_owned())
}

/// Splits `a=1&b=2` into decoded pairs.
fn pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    query.split('&').filter(|p| !p.is_empty()).map(|pair| {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        (decode(name), decode(value))
    })
}

/// Percent-decodes `text` (and `+` as space); invalid escapes stay as written.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = |b: u8| (b as char).to_digit(16);
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
