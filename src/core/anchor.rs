//! Deep links to one item: `#event-E10`, `#claim-C26`, `#subject-federal-deadline`. Each
//! names where the item is shown: which phase's tab, which disclosure, and whether it sits
//! in a sources-disagree panel that must be opened first.

#[cfg(not(target_arch = "wasm32"))]
use super::disagreement::disagreement;
#[cfg(not(target_arch = "wasm32"))]
use super::story::Story;
#[cfg(not(target_arch = "wasm32"))]
use chrono::{DateTime, Utc};

/// An item a fragment points at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// An event, by id.
    Event(String),
    /// A claim, by id.
    Claim(String),
    /// A subject, by its id with dots written as dashes (`federal-deadline`).
    Subject(String),
}

/// The disclosure an item sits in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Disclosure {
    /// A phase's "What happened".
    Events,
    /// A phase's "What sources say".
    Claims,
    /// The story-wide "Across both phases".
    Context,
}

/// Where an item is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// The tab to select (from 0), or `None` for a story-wide item.
    pub phase: Option<usize>,
    /// The disclosure to open.
    pub disclosure: Disclosure,
    /// The subject whose sources-disagree panel holds the item, when it must be opened.
    pub badge: Option<String>,
}

impl Disclosure {
    /// The disclosure's name in [`write_place`]'s lines.
    fn name(self) -> &'static str {
        match self {
            Disclosure::Events => "events",
            Disclosure::Claims => "claims",
            Disclosure::Context => "context",
        }
    }
}

/// Where the item with the deep link `fragment` (without `#`) is shown, as one line of the
/// table the build writes for the live widget ([`crate::core::regions::Region::Anchors`]):
/// `fragment phase disclosure badge`, with `-` for no phase or badge.
#[cfg(not(target_arch = "wasm32"))]
pub fn write_place(fragment: &str, place: &Location) -> String {
    format!(
        "{fragment} {} {} {}\n",
        place
            .phase
            .map_or_else(|| "-".to_owned(), |i| i.to_string()),
        place.disclosure.name(),
        place.badge.as_deref().unwrap_or("-")
    )
}

/// Where the item with the deep link `fragment` (with or without `#`) is shown, read from
/// the lines [`write_place`] wrote; `None` when no line names it or its line does not read.
pub fn find_place(lines: &str, fragment: &str) -> Option<Location> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let line = lines
        .lines()
        .find(|l| l.split(' ').next() == Some(fragment))?;
    let mut fields = line.split(' ').skip(1);
    let (phase, disclosure, badge) = (fields.next()?, fields.next()?, fields.next()?);
    let phase = match phase {
        "-" => None,
        i => Some(i.parse().ok()?),
    };
    let disclosure = [Disclosure::Events, Disclosure::Claims, Disclosure::Context]
        .into_iter()
        .find(|d| d.name() == disclosure)?;
    let badge = (badge != "-").then(|| badge.to_owned());
    Some(Location {
        phase,
        disclosure,
        badge,
    })
}

/// Reads a fragment (with or without `#`) as an item anchor; `None` for anything else.
pub fn parse(fragment: &str) -> Option<Anchor> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let (kind, id) = fragment.split_once('-')?;
    if id.is_empty() {
        return None;
    }
    let id = id.to_owned();
    match kind {
        "event" => Some(Anchor::Event(id)),
        "claim" => Some(Anchor::Claim(id)),
        "subject" => Some(Anchor::Subject(id)),
        _ => None,
    }
}

/// Where `anchor` is shown at `now`, if the story has that item and it had been reported.
#[cfg(not(target_arch = "wasm32"))]
pub fn locate(story: &Story, anchor: &Anchor, now: DateTime<Utc>) -> Option<Location> {
    let tab = |phase: Option<&str>| phase.and_then(|p| story.phases.iter().position(|x| x.id == p));
    let place = |phase: Option<&str>, disclosure| Location {
        phase: tab(phase),
        disclosure: if phase.is_some() {
            disclosure
        } else {
            Disclosure::Context
        },
        badge: None,
    };
    match anchor {
        Anchor::Event(id) => {
            let event = story
                .events
                .iter()
                .find(|e| e.id == *id && story.event_known(e, now))?;
            Some(place(event.phase.as_deref(), Disclosure::Events))
        }
        Anchor::Subject(id) => {
            let subject = story
                .subjects
                .iter()
                .find(|s| s.id.replace('.', "-") == *id)?;
            Some(place(subject.phase.as_deref(), Disclosure::Claims))
        }
        Anchor::Claim(id) => {
            let claim = story
                .claims
                .iter()
                .find(|c| c.id == *id && story.claim_known(c, now))?;
            let subject = story.subjects.iter().find(|s| s.id == claim.subject)?;
            let in_panel = disagreement(story, subject, now)
                .is_some_and(|d| d.groups.iter().any(|g| g.claims.contains(&claim)));
            Some(Location {
                badge: in_panel.then(|| subject.id.clone()),
                ..place(subject.phase.as_deref(), Disclosure::Claims)
            })
        }
    }
}
