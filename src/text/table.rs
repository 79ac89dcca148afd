//! The strings table: one field per text the widget shows, so a language is one value of
//! [`Strings`] (`en.rs`; a new language copies it and translates each field, and the compiler
//! names any field left out). Templates name their inputs in braces (`{day}`); a counted
//! noun is a [`Counted`], one template per CLDR plural category, with `{n}` for the number.

/// One template per CLDR plural category, in the order zero, one, two, few, many, other
/// (`crate::core::locale::Plural`); a language uses the categories CLDR gives it (English:
/// one and other) and repeats "other" in the rest.
pub type Counted = [&'static str; 6];

/// A counted noun with English's two forms: `one` for 1, `other` for every other number.
pub const fn one_other(one: &'static str, other: &'static str) -> Counted {
    [other, one, other, other, other, other]
}

/// Every reader-facing text of the widget, in one language.
pub struct Strings {
    /// Shown when the widget cannot start (panic or bad data).
    pub broken: &'static str,
    /// Accessible name of the tab list.
    pub tabs_label: &'static str,
    /// Heading of the places list.
    pub places: &'static str,
    /// Introduces the sources of a phase's summary and places.
    pub sources: &'static str,
    /// Heading of the countdown.
    pub countdown: &'static str,
    /// "9 events".
    pub events: Counted,
    /// "6 subjects".
    pub subjects: Counted,
    /// "4 places".
    pub places_count: Counted,
    /// "33 days".
    pub days: Counted,
    /// "8 sources".
    pub sources_count: Counted,
    /// "What happened · {events}".
    pub events_summary: &'static str,
    /// "What sources say · {subjects}, {disputed} disputed".
    pub claims_summary: &'static str,
    /// "About this phase · {places}".
    pub about_summary: &'static str,
    /// "Across both phases · {subjects}, {disputed} disputed, {events}".
    pub context_summary: &'static str,
    /// Shown when a phase has no events yet.
    pub no_events: &'static str,
    /// Shown when a subject has no claims yet.
    pub no_claims: &'static str,
    /// Pause button, when ticking.
    pub pause: &'static str,
    /// Pause button, when paused.
    pub resume: &'static str,
    /// Marks an inferred date.
    pub inferred: &'static str,
    /// " Date inferred: {reason}."
    pub inferred_because: &'static str,
    /// Link text suffix for a report that opens in a new tab.
    pub new_tab: &'static str,
    /// Text of the link to an item's own fragment.
    pub link: &'static str,
    /// What that link leads to, for screen readers.
    pub link_what: &'static str,
    /// Shown where a source has no link.
    pub no_link: &'static str,
    /// Close button of the badge panel.
    pub close: &'static str,
    /// Caption of the timeline.
    pub axis: &'static str,
    /// Timeline legend: a deadline's window.
    pub axis_window: &'static str,
    /// Timeline legend: a deadline's close.
    pub axis_deadline: &'static str,
    /// Timeline legend: a reported completion.
    pub axis_done: &'static str,
    /// Timeline legend: marks too close to draw apart.
    pub axis_cluster: &'static str,
    /// "Deadline: {position}, {sources}".
    pub deadline_mark: &'static str,
    /// "Completion reported by {day}: {outlets}".
    pub completion_mark: &'static str,
    /// "{count} marks: {names}".
    pub cluster: &'static str,
    /// Timeline legend: today.
    pub axis_today: &'static str,
    /// Timeline legend on the page rendered at build time: the build day.
    pub axis_as_of: &'static str,
    /// The link to the story's data as spreadsheet files.
    pub get_data: &'static str,
    /// The embed button.
    pub embed: &'static str,
    /// Label of the embed snippet.
    pub embed_help: &'static str,
    /// Replaces the loading note when the wasm cannot start: "... as of {day} ...".
    #[cfg(not(target_arch = "wasm32"))] // written into the page at build time
    pub live_unavailable: &'static str,
    /// The loading note of the page rendered at build time: "... as of {day} ...".
    #[cfg(not(target_arch = "wasm32"))] // written into the page at build time
    pub static_as_of: &'static str,
    /// The share card's last line: "As of {day}. ...".
    #[cfg(not(target_arch = "wasm32"))] // written into the page at build time
    pub card_as_of: &'static str,
    /// "{phase}: {status}".
    #[cfg(not(target_arch = "wasm32"))] // written into the page at build time
    pub phase_and_status: &'static str,
    /// The share card in words: "{title}, as of {day}: {phases}."
    #[cfg(not(target_arch = "wasm32"))] // written into the page at build time
    pub card_alt: &'static str,
    /// Between the items of a list of phases ("; ").
    pub list_separator: &'static str,
    /// Between the items of a short list ("," and a space).
    pub comma: &'static str,
    /// "Last reviewed {day}".
    pub last_reviewed: &'static str,
    /// "Newest source: {day}".
    pub newest_source: &'static str,
    /// The banner while a past day is replayed: "Replay: as reported by {day}. ...".
    pub preview: &'static str,
    /// The replay slider's visible label: "Replay".
    pub replay_label: &'static str,
    /// The replay slider's accessible name, which starts with its label: "Replay the
    /// reporting".
    pub replay_name: &'static str,
    /// The replay slider's value on a past day: "as reported by {day}".
    pub replay_value: &'static str,
    /// The replay slider's value on today: "today (live)".
    pub replay_live: &'static str,
    /// The button to the previous day on which something changed.
    pub previous_change: &'static str,
    /// The button to the next day on which something changed.
    pub next_change: &'static str,
    /// The button that ends a replay and resumes the live countdown.
    pub back_to_today: &'static str,
    /// The replay's note on a day on which nothing changed: "{day}: no new report ...".
    pub no_change: &'static str,
    /// What changed on a day, for the replay: "{day}: {changes}." (the changes joined by `list_separator`).
    #[cfg(not(target_arch = "wasm32"))] // written into the page at build time
    pub change_note: &'static str,
    /// A day's first report with the outlets that reported that day: "{lead} ({outlets})".
    #[cfg(not(target_arch = "wasm32"))] // written into the page at build time
    pub change_lead: &'static str,
    /// A disagreement that appeared on a day: "the sources now disagree on {subject}".
    #[cfg(not(target_arch = "wasm32"))] // written into the page at build time
    pub now_disagree: &'static str,
    /// A tab's name: "{name}, {year}".
    pub tab: &'static str,
    /// The statuses, in the order no start, start, no completion, completion reported.
    pub status: [&'static str; 4],
    /// A deadline given to the year: "end of {period}".
    pub end_of: &'static str,
    /// "{position} ({sources})".
    pub held_by: &'static str,
    /// "Deadline passed: {passed}."
    pub deadlines_passed: &'static str,
    /// " Still ahead: {ahead}."
    pub still_ahead: &'static str,
    /// "No report on this phase since {day}."
    pub quiet_since: &'static str,
    /// What a coarse deadline's precision leaves out, for week, month and year.
    pub precision_note: [&'static str; 3],
    /// "window closes today".
    pub window_closes_today: &'static str,
    /// "window closes in {days}".
    pub window_closes: &'static str,
    /// "window closed today".
    pub window_closed_today: &'static str,
    /// "window closed {days} ago".
    pub window_closed: &'static str,
    /// "expected {value}".
    pub expected: &'static str,
    /// "{value} (a floor, not a deadline)".
    pub floor: &'static str,
    /// "as translated by {translator}".
    pub translated_by: &'static str,
    /// "{date}, per".
    pub completed_on: &'static str,
    /// A countdown to the second: "{days} {hours} h {minutes} min {seconds} s left" (minutes
    /// and seconds come with two digits).
    pub left: &'static str,
    /// "passed {days} ago".
    pub passed_days: &'static str,
    /// Within the first day: "passed {hours} h {minutes} min ago".
    pub passed_hours: &'static str,
    /// "completion reported {span}".
    pub finished: &'static str,
    /// "completion reported on the deadline".
    pub finished_on_deadline: &'static str,
    /// One side of a deadline: "{days} {side}".
    pub finished_one: &'static str,
    /// A range on one side: "{first} to {days} {side}".
    pub finished_range: &'static str,
    /// A range across the deadline: "between {first} {first_side} and {last} {last_side}".
    pub finished_across: &'static str,
    /// "before" (the deadline).
    pub before: &'static str,
    /// "after" (the deadline).
    pub after: &'static str,
    /// "The {deadline} deadline has now passed."
    pub deadline_now_passed: &'static str,
    /// The badge's lead: "Sources disagree".
    pub badge_lead: &'static str,
    /// "on {subject}".
    pub badge_subject: &'static str,
    /// "What sources say about {subject}".
    pub panel_heading: &'static str,
    /// Heading of the claims that hold no position in a dispute.
    pub also_reported: &'static str,
    /// A named speaker with a role: "{name}, {role}".
    pub speaker_named: &'static str,
    /// An unnamed speaker with a role: "Unnamed {role}".
    pub speaker_unnamed_role: &'static str,
    /// An unnamed speaker.
    pub speaker_unnamed: &'static str,
    /// The outlet's own reporting: "{outlet}'s own reporting".
    pub speaker_outlet: &'static str,
    /// "via {agency}".
    pub via: &'static str,
    /// A date given as a week: "week of {day}".
    pub week_of: &'static str,
    /// A date within a month or a year: "in {period}".
    pub date_in: &'static str,
    /// A date given as a limit: "by {period}".
    pub date_by: &'static str,
    /// A date given as a start: "from {period}".
    pub date_from: &'static str,
    /// A date given as a floor: "at least until {period}".
    pub date_at_least_until: &'static str,
    /// The page's `<title>`.
    #[cfg(not(target_arch = "wasm32"))] // written into the page at build time
    pub page_title: &'static str,
    /// The title of `embed-example.html`'s compact frame: "{title} (compact)".
    #[cfg(not(target_arch = "wasm32"))] // written into the page at build time
    pub compact_frame: &'static str,
    /// The page's meta description.
    #[cfg(not(target_arch = "wasm32"))] // written into the page at build time
    pub page_description: &'static str,
    /// The page's note for readers without JavaScript (`<noscript>`).
    #[cfg(not(target_arch = "wasm32"))] // written into the page at build time
    pub no_script: &'static str,
    /// Said in one line while a translation has not been reviewed by a native editor.
    pub unreviewed: &'static str,
    /// Between the parts of a line (the dates line, a claim's speaker and source, a badge's
    /// positions): " · " in English. Not a middle dot beside Arabic-Indic digits, where it
    /// reads as a zero ("٠").
    pub separator: &'static str,
    /// After our translation of a quote: "our translation".
    pub our_translation: &'static str,
}
