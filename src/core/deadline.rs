//! A phase's deadline positions: the distinct deadlines its sources give. Claims that close
//! at the same instant hold one position ("by September 2026", "in September 2026" and "end
//! of September 2026" all close when 30 Sep 2026 ends), however each source worded it. A floor
//! ("at least until September 2026") gives no deadline and holds no position.

use super::date::{closing_day, Precision, ReportedDate};
use super::story::{Claim, Phase, Story, SubjectKind};
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};

/// One deadline the sources give, with the claims that give it.
#[derive(Clone, Debug)]
pub struct Position<'a> {
    /// The first instant after the deadline: when it has passed.
    pub target: DateTime<Utc>,
    /// The claims giving it, in data-file order.
    pub claims: Vec<&'a Claim>,
}

impl<'a> Position<'a> {
    /// The position `claims` hold, closing when their first claim's deadline does (every claim
    /// of a position closes then); `None` for no dated claim.
    pub fn of(claims: &[&'a Claim], zone: FixedOffset) -> Option<Self> {
        let target = claims.first()?.date()?.target(zone);
        Some(Self {
            target,
            claims: claims.to_vec(),
        })
    }

    /// The most precise of the claims' dates: what the position is named and counted by.
    /// A month-level position shows no day, a year-level one no month.
    pub fn date(&self) -> &'a ReportedDate {
        self.claims
            .iter()
            .filter_map(|c| c.date())
            .min_by_key(|d| d.precision)
            .expect("a position holds at least one dated claim")
    }

    /// How precisely the sources gave it (the finest of its claims).
    pub fn precision(&self) -> Precision {
        self.date().precision
    }

    /// The day it closes, in the story's zone (30 Sep 2026).
    pub fn closing_day(&self, zone: FixedOffset) -> NaiveDate {
        closing_day(self.target, zone)
    }

    /// How many distinct sources give it.
    pub fn source_count(&self) -> usize {
        distinct_sources(&self.claims)
    }
}

/// How many distinct sources made `claims`.
pub fn distinct_sources(claims: &[&Claim]) -> usize {
    let mut ids: Vec<&str> = claims.iter().map(|c| c.source.as_str()).collect();
    super::sort::sort_by_key(&mut ids, |s| *s);
    ids.dedup();
    ids.len()
}

/// The deadline positions of `phase` from claims known by `now`, earliest first.
pub fn positions<'a>(story: &'a Story, phase: &'a Phase, now: DateTime<Utc>) -> Vec<Position<'a>> {
    let zone = story.meta.offset;
    let mut positions: Vec<Position> = Vec::new();
    for claim in story.phase_claims(&phase.id, SubjectKind::Deadline, now) {
        let Some(date) = claim.date().filter(|_| !claim.is_floor()) else {
            continue;
        };
        let target = date.target(zone);
        match positions.iter_mut().find(|p| p.target == target) {
            Some(p) => p.claims.push(claim),
            None => positions.push(Position {
                target,
                claims: vec![claim],
            }),
        }
    }
    super::sort::sort_by_key(&mut positions, |p| p.target);
    positions
}

/// The floors among `phase`'s deadline claims known by `now`: "at least until" dates,
/// shown beside the deadlines but never counted as one.
pub fn floors<'a>(
    story: &'a Story,
    phase: &'a Phase,
    now: DateTime<Utc>,
) -> impl Iterator<Item = &'a Claim> + 'a {
    story
        .phase_claims(&phase.id, SubjectKind::Deadline, now)
        .filter(|c| c.is_floor())
}
