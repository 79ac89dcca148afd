//! Every live region of the tracker drawn at every state (host only): what the build writes
//! into the page as the table the wasm reads ([`crate::core::regions`]), and what the page
//! rendered at build time shows. One function draws a region for both, so the live widget
//! shows exactly what the renderer would.

use crate::core::anchor::{locate, parse, write_place};
use crate::core::countdown::countdown;
use crate::core::disagreement::{disagreement, subject_counts};
use crate::core::regions::{as_of, Builder, Region};
use crate::core::status::phase_status;
use crate::core::story::{Story, SubjectKind};
use crate::html;
use crate::text;
use chrono::{DateTime, Utc};

/// `region` of `story` drawn as of the instant `as_of` (a state's: see
/// [`crate::core::regions::as_of`]). A region naming no phase or subject of the story is
/// empty.
pub fn draw(story: &Story, region: &Region, as_of: DateTime<Utc>) -> String {
    let phase = |id: &str| story.phase(id);
    match *region {
        Region::Facts => crate::core::facts::Facts::of(story).encode(),
        Region::Title => story.meta.title.clone(),
        Region::Notes => crate::core::replay::write_notes(&html::change_notes(story)),
        Region::Anchors => anchors(story, as_of),
        Region::PhaseName(p) => phase(p)
            .map(|p| html::escape(&text::tab(&p.name, p.year)))
            .unwrap_or_default(),
        Region::About(p) => phase(p)
            .map(|p| text::about_summary(p.places.len()))
            .unwrap_or_default(),
        Region::Intro(p) => phase(p)
            .map(|p| html::phase_intro(story, p))
            .unwrap_or_default(),
        Region::Header => html::header(story, as_of),
        Region::Tabs(selected) => html::tabs(story, as_of, selected),
        Region::ContextSummary => {
            let (subjects, disputed) = subject_counts(story, None, as_of);
            text::context_summary(
                subjects,
                disputed,
                story.events_of_phase(None, as_of).count(),
            )
        }
        Region::StoryWide => {
            html::subject_sections(story, None, as_of) + &html::events_list(story, None, as_of)
        }
        Region::Timeline => html::timeline_frame(story, &crate::core::axis::marks(story, as_of)),
        Region::Status(p) => phase(p)
            .map(|p| html::status(story, &phase_status(story, p, as_of)))
            .unwrap_or_default(),
        Region::CompletionBadges(p) => phase(p)
            .map(|p| html::badges(story, p, SubjectKind::Completion, as_of))
            .unwrap_or_default(),
        Region::DeadlineBadges(p) => phase(p)
            .map(|p| html::badges(story, p, SubjectKind::Deadline, as_of))
            .unwrap_or_default(),
        Region::Rows(p) => phase(p)
            .map(|p| html::countdown_rows(story, p, as_of))
            .unwrap_or_default(),
        Region::Pause(p, paused) => phase(p)
            .map(|p| html::pause(story, p, as_of, paused))
            .unwrap_or_default(),
        Region::EventsSummary(p) => {
            text::events_summary(story.events_of_phase(Some(p), as_of).count())
        }
        Region::Events(p) => html::events_list(story, Some(p), as_of),
        Region::ClaimsSummary(p) => {
            let (subjects, disputed) = subject_counts(story, Some(p), as_of);
            text::claims_summary(subjects, disputed)
        }
        Region::Sections(p) => html::subject_sections(story, Some(p), as_of),
        Region::PassedAt(p) => latest_passed(story, p, as_of)
            .map(|t| t.timestamp().to_string())
            .unwrap_or_default(),
        Region::Announcement(p) => phase(p)
            .zip(latest_passed(story, p, as_of))
            .map(|(p, t)| html::deadline_announcement(story, p, t))
            .unwrap_or_default(),
        Region::Groups(subject) => story
            .subjects
            .iter()
            .find(|s| s.id == subject)
            .and_then(|s| disagreement(story, s, as_of))
            .map(|d| html::groups(story, &d, true))
            .unwrap_or_default(),
    }
}

/// Where each item a deep link can name is shown at `as_of` ([`Region::Anchors`]).
fn anchors(story: &Story, as_of: DateTime<Utc>) -> String {
    let fragments = story
        .events
        .iter()
        .map(|e| html::event_anchor(&e.id))
        .chain(story.claims.iter().map(|c| html::claim_anchor(&c.id)))
        .chain(story.subjects.iter().map(|s| html::subject_anchor(&s.id)));
    let mut lines = String::new();
    for fragment in fragments {
        let Some(place) = parse(&fragment).and_then(|a| locate(story, &a, as_of)) else {
            continue;
        };
        lines.push_str(&write_place(&fragment, &place));
    }
    lines
}

/// The latest deadline of the phase `id` passed by `as_of`, as the countdown at `as_of`
/// gives its deadlines: a reader who had the page open at an earlier state hears it
/// announced when it is later than that state's instant
/// ([`crate::core::countdown::newly_passed`]).
fn latest_passed(story: &Story, id: &str, as_of: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let phase = story.phase(id)?;
    countdown(story, phase, as_of)
        .deadlines
        .iter()
        .map(|d| d.target())
        .filter(|t| *t <= as_of)
        .max()
}

/// Every region the live widget shows for `story`.
pub fn regions(story: &Story) -> Vec<Region<'_>> {
    let mut all = vec![
        Region::Facts,
        Region::Title,
        Region::Notes,
        Region::Anchors,
        Region::Header,
        Region::ContextSummary,
        Region::StoryWide,
        Region::Timeline,
    ];
    all.extend((0..story.phases.len()).map(Region::Tabs));
    for p in &story.phases {
        let p = p.id.as_str();
        all.extend([
            Region::PhaseName(p),
            Region::About(p),
            Region::Intro(p),
            Region::Status(p),
            Region::CompletionBadges(p),
            Region::DeadlineBadges(p),
            Region::Rows(p),
            Region::Pause(p, false),
            Region::Pause(p, true),
            Region::EventsSummary(p),
            Region::Events(p),
            Region::ClaimsSummary(p),
            Region::Sections(p),
            Region::PassedAt(p),
            Region::Announcement(p),
        ]);
    }
    for s in &story.subjects {
        all.push(Region::Groups(&s.id));
    }
    all
}

/// The table of every region at every state of `story`, in its text form for the page; an
/// error names a region whose markup could not travel in it.
pub fn table(story: &Story) -> Result<String, String> {
    let points = story.change_points();
    let mut builder = Builder::default();
    for region in regions(story) {
        let states = (0..=points.len())
            .map(|state| draw(story, &region, as_of(&points, state)))
            .collect();
        builder.add(&region, states)?;
    }
    Ok(builder.encode())
}
