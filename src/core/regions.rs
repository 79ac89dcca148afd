//! The tracker's regions drawn at every state, as a table the page carries. Everything the
//! widget shows, the countdown's text aside, is a function of the latest change point at or
//! before the instant shown ([`crate::core::story::Story::change_points`]): the build draws
//! each live region (header, tabs, statuses, badges, evidence, timeline…) once for every
//! state, and the wasm shows the drawing for the state its clock stands in, carrying none of
//! the code that draws them. A state is the number of change points at or before the
//! instant ([`state`]): 0 before the first, `points.len()` after the last.
//!
//! The table's text form ([`Builder::encode`]): a head of entries `key i,i*n,…` (the index
//! of each state's string, `i*n` for `n` states in a row with the same), then the distinct
//! strings; [`SECTION`] ends the head and each
//! string, [`ENTRY`] separates the head's entries. Neither character, nor [`TODAY_LINE`] and
//! [`TODAY_LEGEND`] outside the timeline's drawing, may occur in a string
//! ([`Builder::add`] refuses one that does), and neither may anything that would end or
//! change the page's `<script>` block holding it.

use chrono::{DateTime, Utc};

/// The `id` of the page's data block holding the table.
pub const ELEMENT_ID: &str = "tracker-states";

/// Ends the table's head and each of its strings (a private-use character: never in the
/// markup, which [`Builder::add`] checks).
pub const SECTION: char = '\u{E100}';

/// Separates the head's entries.
pub const ENTRY: char = '\u{E101}';

/// Stands, in the timeline's drawing, where the "today" line goes (the shell draws it for
/// its clock's instant, which moves within a state).
pub const TODAY_LINE: char = '\u{E102}';

/// Stands, in the timeline's legend, where the "today" line's label and day go.
pub const TODAY_LEGEND: char = '\u{E103}';

/// The state an instant stands in: how many of the change `points` (sorted) are at or
/// before `at`.
pub fn state(points: &[DateTime<Utc>], at: DateTime<Utc>) -> usize {
    points.partition_point(|p| *p <= at)
}

/// The instant every answer at state `state` is computed for: the latest change point of
/// the state, or the earliest instant chrono knows before the first (as
/// [`crate::core::story::Story::settled`] gives).
pub fn as_of(points: &[DateTime<Utc>], state: usize) -> DateTime<Utc> {
    state
        .checked_sub(1)
        .and_then(|i| points.get(i))
        .copied()
        .unwrap_or(DateTime::<Utc>::MIN_UTC)
}

/// The latest of the change `points` at or before `at`: the instant of `at`'s state, at
/// which every answer but the countdown's is what it is at `at`
/// ([`crate::core::story::Story::settled`]).
pub fn settled(points: &[DateTime<Utc>], at: DateTime<Utc>) -> DateTime<Utc> {
    as_of(points, state(points, at))
}

/// One live region of the tracker. Phases and subjects are named by their ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Region<'a> {
    /// The story's facts the shell needs ([`crate::core::facts::Facts`], in its text form).
    Facts,
    /// The story's title (for the embed code).
    Title,
    /// The replay's change days and what changed on each
    /// ([`crate::core::replay::write_notes`]).
    Notes,
    /// Where each item a deep link can name is shown: a line per item, `fragment phase
    /// disclosure badge` ([`crate::core::anchor::Location`]; `-` for none).
    Anchors,
    /// A phase's name with its year, as its panel's heading says it (markup).
    PhaseName(&'a str),
    /// The summary line of a phase's "about" disclosure.
    About(&'a str),
    /// A phase's "about" text: what it is and its places (markup).
    Intro(&'a str),
    /// The header (title, dek, dates), without the replay's banner.
    Header,
    /// The tab list, with the tab at this index selected.
    Tabs(usize),
    /// The summary line of the story-wide disclosure.
    ContextSummary,
    /// The story-wide subjects and events.
    StoryWide,
    /// The timeline (with [`TODAY_LINE`] and [`TODAY_LEGEND`] in it).
    Timeline,
    /// A phase's status.
    Status(&'a str),
    /// The badges beside a phase's status (completion).
    CompletionBadges(&'a str),
    /// The badges beside a phase's countdown (deadlines).
    DeadlineBadges(&'a str),
    /// A phase's countdown rows, their clock cells empty.
    Rows(&'a str),
    /// A phase's pause control, paused or not.
    Pause(&'a str, bool),
    /// The summary line of a phase's events disclosure.
    EventsSummary(&'a str),
    /// A phase's events.
    Events(&'a str),
    /// The summary line of a phase's claims disclosure.
    ClaimsSummary(&'a str),
    /// A phase's subjects and their claims.
    Sections(&'a str),
    /// The latest deadline of a phase passed by the state: its instant (Unix seconds), or
    /// nothing.
    PassedAt(&'a str),
    /// What is announced when that deadline passes while the page is open.
    Announcement(&'a str),
    /// A subject's conflicting claims side by side, for its badge's panel, anchored (with
    /// their deep-link ids and permalinks, as in the subject's own section; the panel of a
    /// badge elsewhere takes them out, `ui::disagree`).
    Groups(&'a str),
}

impl Region<'_> {
    /// The region's key in the table.
    pub fn key(&self) -> String {
        match self {
            Region::Facts => "facts".to_owned(),
            Region::Title => "title".to_owned(),
            Region::Notes => "notes".to_owned(),
            Region::Anchors => "anchors".to_owned(),
            Region::PhaseName(p) => format!("phase-name/{p}"),
            Region::About(p) => format!("about/{p}"),
            Region::Intro(p) => format!("intro/{p}"),
            Region::Header => "header".to_owned(),
            Region::Tabs(i) => format!("tabs/{i}"),
            Region::ContextSummary => "context-summary".to_owned(),
            Region::StoryWide => "story-wide".to_owned(),
            Region::Timeline => "timeline".to_owned(),
            Region::Status(p) => format!("status/{p}"),
            Region::CompletionBadges(p) => format!("completion-badges/{p}"),
            Region::DeadlineBadges(p) => format!("deadline-badges/{p}"),
            Region::Rows(p) => format!("rows/{p}"),
            Region::Pause(p, paused) => format!("pause/{p}/{}", u8::from(*paused)),
            Region::EventsSummary(p) => format!("events-summary/{p}"),
            Region::Events(p) => format!("events/{p}"),
            Region::ClaimsSummary(p) => format!("claims-summary/{p}"),
            Region::Sections(p) => format!("sections/{p}"),
            Region::PassedAt(p) => format!("passed-at/{p}"),
            Region::Announcement(p) => format!("announcement/{p}"),
            Region::Groups(s) => format!("groups/{s}"),
        }
    }
}

/// The regions' strings at every state, as read from the page (borrowing its text).
#[derive(Debug, Default, PartialEq)]
pub struct Table<'t> {
    /// Each region's key and, for each state, the index of its string.
    entries: Vec<(&'t str, Vec<u16>)>,
    /// The distinct strings.
    strings: Vec<&'t str>,
}

impl<'t> Table<'t> {
    /// The string of `region` at `state`: empty for a region or state the table lacks.
    pub fn get(&self, region: &Region, state: usize) -> &'t str {
        let key = region.key();
        self.entries
            .iter()
            .find(|(k, _)| *k == key)
            .and_then(|(_, states)| states.get(state))
            .and_then(|i| self.strings.get(usize::from(*i)))
            .copied()
            .unwrap_or("")
    }

    /// Reads the table's text form; an error says what is malformed.
    pub fn decode(text: &'t str) -> Result<Self, String> {
        let mut sections = text.split(SECTION);
        let head = sections.next().unwrap_or("");
        let strings: Vec<&str> = sections.collect();
        let entries = head
            .split(ENTRY)
            .filter(|e| !e.is_empty())
            .map(|entry| {
                let (key, states) = entry
                    .split_once(' ')
                    .ok_or_else(|| format!("the states table's entry {entry:.40} has no states"))?;
                let mut indices = Vec::new();
                for run in states.split(',') {
                    let (i, n) = run.split_once('*').unwrap_or((run, "1"));
                    let i = i
                        .parse::<u16>()
                        .ok()
                        .filter(|i| usize::from(*i) < strings.len());
                    let n = n.parse::<u16>().ok().filter(|n| *n > 0);
                    let (Some(i), Some(n)) = (i, n) else {
                        return Err(format!("the states table's entry {key} has a bad index"));
                    };
                    indices.extend(std::iter::repeat_n(i, n.into()));
                }
                let states = indices;
                Ok((key, states))
            })
            .collect::<Result<_, String>>()?;
        Ok(Self { entries, strings })
    }
}

/// A table being built (host only: the build draws it, [`crate::states`]).
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Default)]
pub struct Builder {
    entries: Vec<(String, Vec<u16>)>,
    strings: Vec<String>,
    index: std::collections::HashMap<String, u16>,
}

#[cfg(not(target_arch = "wasm32"))]
impl Builder {
    /// Adds `region` with its string at each state, in order; an error names the region and
    /// state whose string could not travel in the table.
    pub fn add(&mut self, region: &Region, states: Vec<String>) -> Result<(), String> {
        let key = region.key();
        let mut indices = Vec::with_capacity(states.len());
        for (state, s) in states.into_iter().enumerate() {
            if let Some(problem) = unfit(region, &s) {
                return Err(format!("region {key} at state {state}: {problem}"));
            }
            let next = u16::try_from(self.strings.len())
                .map_err(|_| "the states table has more than 65,535 strings".to_owned())?;
            let i = *self.index.entry(s.clone()).or_insert_with(|| {
                self.strings.push(s);
                next
            });
            indices.push(i);
        }
        self.entries.push((key, indices));
        Ok(())
    }

    /// The table's text form (see the module's documentation).
    pub fn encode(&self) -> String {
        let mut out = String::new();
        for (key, states) in &self.entries {
            out.push_str(key);
            out.push(' ');
            let runs: Vec<String> = states
                .chunk_by(|a, b| a == b)
                .map(|run| match run.len() {
                    1 => run[0].to_string(),
                    n => format!("{}*{n}", run[0]),
                })
                .collect();
            out.push_str(&runs.join(","));
            out.push(ENTRY);
        }
        for s in &self.strings {
            out.push(SECTION);
            out.push_str(s);
        }
        out
    }
}

/// Why `s` cannot travel in the table as `region`'s string, if it cannot.
#[cfg(not(target_arch = "wasm32"))]
fn unfit(region: &Region, s: &str) -> Option<&'static str> {
    let lower = s.to_ascii_lowercase();
    if s.contains([SECTION, ENTRY]) {
        Some("it holds the table's separators")
    } else if *region != Region::Timeline && s.contains([TODAY_LINE, TODAY_LEGEND]) {
        Some("it holds the timeline's placeholders")
    } else if lower.contains("<!--") || lower.contains("<script") || lower.contains("</script") {
        Some("it would end or change the page's <script> block")
    } else if s.contains(['\0', '\r']) {
        Some("it holds a character the HTML parser changes")
    } else {
        None
    }
}
