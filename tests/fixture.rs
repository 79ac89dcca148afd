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
    assert!(
        statuses.contains(&Status::CompletionReported),
        "{statuses:?}"
    );
    let disputed: usize = story
        .phases
        .iter()
        .map(|p| disagreements(&story, Some(&p.id), late).len())
        .sum::<usize>()
        + disagreements(&story, None, late).len();
    assert!(disputed >= 2, "one date and one fact disagreement");
    for p in &story.phases {
        assert!(!countdown(&story, p, late).deadlines.is_empty());
    }
}
