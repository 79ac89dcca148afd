//! Follows deep links to one item (`#event-E10`, `#claim-C26`, `#subject-federal-deadline`)
//! when the widget starts and whenever the fragment changes: selects the item's tab, opens
//! its disclosure (and its sources-disagree panel, when it sits in one), then moves focus to
//! it, which scrolls it into view. Where the item is comes from [`crate::core::anchor`].

use super::browser;
use super::clock::Clock;
use super::panel::disclosure_id;
use super::Tracker;
use crate::core::anchor::{find_place, parse, Disclosure};
use crate::core::regions::Region;
use leptos::prelude::*;

/// Shows the item the URL's fragment names, now and on every `hashchange`.
pub fn follow(tracker: &'static Tracker, clock: Clock, selected: RwSignal<usize>) {
    if clock.built {
        return;
    }
    let show = move || {
        let (_, hash) = browser::location();
        if parse(&hash).is_none() {
            return;
        }
        let now = tracker.state(clock.as_of.get_untracked());
        let Some(place) = find_place(&tracker.at(&Region::Anchors, now), &hash) else {
            browser::warn("phase tracker: the link names nothing in this story");
            return;
        };
        if let Some(i) = place.phase {
            super::tabs::select(selected, tracker.facts.phases.len(), i, false, false);
        }
        let details = match (
            place.disclosure,
            place.phase.and_then(|i| tracker.facts.phases.get(i)),
        ) {
            (Disclosure::Events, Some(p)) => disclosure_id("events", p),
            (Disclosure::Claims, Some(p)) => disclosure_id("claims", p),
            _ => "more-context".to_owned(),
        };
        if let Some(el) = browser::element(&details) {
            let _ = el.set_attribute("open", "");
        }
        if let Some(subject) = place.badge {
            let badge = format!("badge-subject-{}", subject.replace('.', "-"));
            if let Some(el) = browser::element(&badge) {
                if el.get_attribute("aria-expanded").as_deref() != Some("true") {
                    el.click();
                }
            }
        }
        // After the tab's panel and the badge's claims are drawn (queued before this task).
        let id = hash.trim_start_matches('#').to_owned();
        set_timeout(move || browser::focus(&id), std::time::Duration::ZERO);
    };
    set_timeout(show, std::time::Duration::ZERO);
    browser::on_window("hashchange", show);
}
