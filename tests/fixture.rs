//! The format is not specific to Iraq: a second, fictional story runs through the same code.

mod common;

use common::{at, fixture};
use phase_tracker::core::countdown::countdown;
use phase_tracker::core::disagreement::disagreements;
use phase_tracker::core::status::{phase_status, Status};

#[test]
fn the_fixture_story_validates_in_its_own_time_zone() {
    let story = fixture();
    assert_eq!(story.meta.offset.local_minus_utc(), -5 * 3600);
    assert_eq!(story.phases.len(), 2);
}

#[test]
fn the_fixture_story_has_status_countdowns_and_disagreements() {
    let story = fixture();
    let late = at("2026-06-01T12:00:00-05:00");
    let statuses: Vec<Status> = story
        .phases
        .iter()
        .map(|p| phase_status(&story, p, late).status)
        .collect();
    // North reported completed; south has no start reported (nothing is inferred from the
    // order of the phases) and no deadline passed yet.
    assert_eq!(
        statuses,
        [Status::CompletionReported, Status::NoStartReported]
    );
    // Two date disagreements (each span's deadline: the south's "2026" against the
    // engineer's 30 Jun 2026) and one fact disagreement (the detour).
    let disputed = |phase: Option<&str>| -> Vec<String> {
        disagreements(&story, phase, late)
            .iter()
            .map(|d| d.subject.id.clone())
            .collect()
    };
    assert_eq!(disputed(Some("north")), ["north.deadline"]);
    assert_eq!(disputed(Some("south")), ["south.deadline"]);
    assert_eq!(disputed(None), ["detour"]);
    let deadlines: Vec<usize> = story
        .phases
        .iter()
        .map(|p| countdown(&story, p, late).deadlines.len())
        .collect();
    assert_eq!(deadlines, [2, 2]);
}
