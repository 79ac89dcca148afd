//! The Arabic strings table (`src/text/ar.rs`) against the English one: the same
//! placeholders in every template, every counted form with its number (or a listed word
//! form), and no text left in English unless listed.

use phase_tracker::text::ar::AR;
use phase_tracker::text::en::EN;
use phase_tracker::text::table::{Counted, Strings};

/// CLDR's plural categories, in the order of a [`Counted`].
const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Templates whose placeholders come in another order than in English, and why.
const REORDERED: &[(&str, &str)] = &[
    (
        "finished_one",
        "قبل/بعد is a preposition before the count: «بعد 57 يومًا من الموعد النهائي»",
    ),
    (
        "finished_range",
        "the same: «بعد 57 إلى 110 أيام من الموعد النهائي»",
    ),
];

/// Templates whose set of placeholders differs from English, and why (none so far).
const OTHER_PLACEHOLDERS: &[(&str, &str)] = &[];

/// Counted forms without `{n}`: Arabic says one and two in the noun itself, and why.
const WORD_FORMS: &[(&str, &str, &str)] = &[
    (
        "events",
        "one",
        "حدث واحد: one is said with the noun and واحد",
    ),
    (
        "events",
        "two",
        "حدثان: the dual, nominative (stands alone)",
    ),
    ("subjects", "one", "موضوع واحد"),
    ("subjects", "two", "موضوعان: nominative (stands alone)"),
    ("places_count", "one", "موقع واحد"),
    ("places_count", "two", "موقعان: nominative (stands alone)"),
    ("days", "one", "يوم واحد"),
    (
        "days",
        "two",
        "يومين: genitive, as every template puts days after a preposition",
    ),
    ("sources_count", "one", "مصدر واحد"),
    ("sources_count", "two", "مصدران: nominative (stands alone)"),
];

/// Texts that are the same in Arabic as in English, and why (they fall back by design).
const SAME_AS_ENGLISH: &[(&str, &str)] = &[
    (
        "phase_and_status",
        "\"{phase}: {status}\" has no words; Arabic uses the same colon",
    ),
    (
        "held_by",
        "\"{position} ({sources})\" has no words; Arabic uses the same brackets",
    ),
    (
        "change_note",
        "\"{day}: {changes}.\" has no words; Arabic uses the same colon",
    ),
    (
        "change_lead",
        "\"{lead} ({outlets})\" has no words; Arabic uses the same brackets",
    ),
];

/// Every text field of a table (the arrays one entry per item), by name.
fn texts(s: &Strings) -> Vec<(String, &'static str)> {
    let mut out: Vec<(String, &'static str)> = [
        ("broken", s.broken),
        ("tabs_label", s.tabs_label),
        ("places", s.places),
        ("sources", s.sources),
        ("countdown", s.countdown),
        ("events_summary", s.events_summary),
        ("claims_summary", s.claims_summary),
        ("about_summary", s.about_summary),
        ("context_summary", s.context_summary),
        ("no_events", s.no_events),
        ("no_claims", s.no_claims),
        ("pause", s.pause),
        ("resume", s.resume),
        ("inferred", s.inferred),
        ("inferred_because", s.inferred_because),
        ("new_tab", s.new_tab),
        ("link", s.link),
        ("link_what", s.link_what),
        ("no_link", s.no_link),
        ("close", s.close),
        ("axis", s.axis),
        ("axis_window", s.axis_window),
        ("axis_deadline", s.axis_deadline),
        ("axis_done", s.axis_done),
        ("axis_cluster", s.axis_cluster),
        ("deadline_mark", s.deadline_mark),
        ("completion_mark", s.completion_mark),
        ("cluster", s.cluster),
        ("axis_today", s.axis_today),
        ("axis_as_of", s.axis_as_of),
        ("get_data", s.get_data),
        ("embed", s.embed),
        ("embed_help", s.embed_help),
        ("live_unavailable", s.live_unavailable),
        ("static_as_of", s.static_as_of),
        ("card_as_of", s.card_as_of),
        ("phase_and_status", s.phase_and_status),
        ("card_alt", s.card_alt),
        ("list_separator", s.list_separator),
        ("comma", s.comma),
        ("last_reviewed", s.last_reviewed),
        ("newest_source", s.newest_source),
        ("preview", s.preview),
        ("replay_label", s.replay_label),
        ("replay_name", s.replay_name),
        ("replay_value", s.replay_value),
        ("replay_live", s.replay_live),
        ("previous_change", s.previous_change),
        ("next_change", s.next_change),
        ("back_to_today", s.back_to_today),
        ("no_change", s.no_change),
        ("change_note", s.change_note),
        ("change_lead", s.change_lead),
        ("now_disagree", s.now_disagree),
        ("tab", s.tab),
        ("end_of", s.end_of),
        ("held_by", s.held_by),
        ("deadlines_passed", s.deadlines_passed),
        ("still_ahead", s.still_ahead),
        ("quiet_since", s.quiet_since),
        ("window_closes_today", s.window_closes_today),
        ("window_closes", s.window_closes),
        ("window_closed_today", s.window_closed_today),
        ("window_closed", s.window_closed),
        ("expected", s.expected),
        ("floor", s.floor),
        ("translated_by", s.translated_by),
        ("completed_on", s.completed_on),
        ("left", s.left),
        ("passed_days", s.passed_days),
        ("passed_hours", s.passed_hours),
        ("finished", s.finished),
        ("finished_on_deadline", s.finished_on_deadline),
        ("finished_one", s.finished_one),
        ("finished_range", s.finished_range),
        ("finished_across", s.finished_across),
        ("before", s.before),
        ("after", s.after),
        ("deadline_now_passed", s.deadline_now_passed),
        ("badge_lead", s.badge_lead),
        ("badge_subject", s.badge_subject),
        ("panel_heading", s.panel_heading),
        ("also_reported", s.also_reported),
        ("speaker_named", s.speaker_named),
        ("speaker_unnamed_role", s.speaker_unnamed_role),
        ("speaker_unnamed", s.speaker_unnamed),
        ("speaker_outlet", s.speaker_outlet),
        ("via", s.via),
        ("week_of", s.week_of),
        ("date_in", s.date_in),
        ("date_by", s.date_by),
        ("date_from", s.date_from),
        ("date_at_least_until", s.date_at_least_until),
        ("page_title", s.page_title),
        ("no_script", s.no_script),
        ("compact_frame", s.compact_frame),
        ("page_description", s.page_description),
        ("unreviewed", s.unreviewed),
        ("separator", s.separator),
        ("our_translation", s.our_translation),
    ]
    .into_iter()
    .map(|(name, value)| (name.to_owned(), value))
    .collect();
    out.extend(
        s.status
            .iter()
            .enumerate()
            .map(|(i, v)| (format!("status[{i}]"), *v)),
    );
    out.extend(
        s.precision_note
            .iter()
            .enumerate()
            .map(|(i, v)| (format!("precision_note[{i}]"), *v)),
    );
    out
}

/// Every counted noun of a table, by name.
fn counted(s: &Strings) -> [(&'static str, Counted); 5] {
    [
        ("events", s.events),
        ("subjects", s.subjects),
        ("places_count", s.places_count),
        ("days", s.days),
        ("sources_count", s.sources_count),
    ]
}

/// The `{name}`s of a template, in order.
fn placeholders(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        out.push(&after[..close]);
        rest = &after[close + 1..];
    }
    out
}

/// The English and Arabic texts side by side: (name, English, Arabic).
fn pairs() -> Vec<(String, &'static str, &'static str)> {
    let en = texts(&EN);
    let ar = texts(&AR);
    assert_eq!(en.len(), ar.len());
    en.into_iter()
        .zip(ar)
        .map(|((name, en), (name_ar, ar))| {
            assert_eq!(name, name_ar);
            (name, en, ar)
        })
        .collect()
}

/// Whether `list` names the field `name`.
fn listed<T>(list: &[(&str, T)], name: &str) -> bool {
    list.iter().any(|(n, _)| *n == name)
}

#[test]
fn every_template_has_the_english_placeholders() {
    let mut wrong = Vec::new();
    for (name, en, ar) in pairs() {
        let (mut en_set, mut ar_set) = (placeholders(en), placeholders(ar));
        let in_order = en_set == ar_set;
        if in_order == listed(REORDERED, &name) && !listed(OTHER_PLACEHOLDERS, &name) {
            wrong.push(format!(
                "{name}: order {en_set:?} vs {ar_set:?} (REORDERED lists it: {})",
                listed(REORDERED, &name)
            ));
        }
        en_set.sort_unstable();
        ar_set.sort_unstable();
        if (en_set == ar_set) == listed(OTHER_PLACEHOLDERS, &name) {
            wrong.push(format!("{name}: {en_set:?} vs {ar_set:?}"));
        }
    }
    assert!(wrong.is_empty(), "placeholders differ: {wrong:#?}");
}

#[test]
fn every_counted_form_has_its_number_or_is_a_listed_word() {
    let mut wrong = Vec::new();
    for ((name, en), (_, ar)) in counted(&EN).into_iter().zip(counted(&AR)) {
        for (i, form) in ar.iter().enumerate() {
            let category = CATEGORIES[i];
            let word = WORD_FORMS
                .iter()
                .any(|(n, c, _)| *n == name && *c == category);
            let names = placeholders(form);
            let expected: &[&str] = if word { &[] } else { &["n"] };
            if names != expected {
                wrong.push(format!("{name}.{category} = {form:?}: {names:?}"));
            }
            if *form == en[i] {
                wrong.push(format!("{name}.{category} is English: {form:?}"));
            }
        }
        // Arabic has a plural of its own for 3 to 10 and a singular after 11 to 99: the
        // few and many forms differ from each other and from other.
        if ar[3] == ar[4] || ar[3] == ar[5] || ar[4] == ar[5] {
            wrong.push(format!("{name}: few, many and other not distinct: {ar:?}"));
        }
    }
    assert!(wrong.is_empty(), "counted forms: {wrong:#?}");
}

#[test]
fn no_text_is_left_in_english_unless_listed() {
    let mut wrong = Vec::new();
    for (name, en, ar) in pairs() {
        if (en == ar) != listed(SAME_AS_ENGLISH, &name) {
            wrong.push(format!("{name}: {ar:?} (English {en:?})"));
        }
    }
    assert!(wrong.is_empty(), "against SAME_AS_ENGLISH: {wrong:#?}");
}

#[test]
fn the_lists_name_real_fields() {
    let names: Vec<String> = pairs().into_iter().map(|(name, _, _)| name).collect();
    let counted_names = counted(&AR).map(|(name, _)| name);
    for (name, _) in REORDERED
        .iter()
        .chain(OTHER_PLACEHOLDERS)
        .chain(SAME_AS_ENGLISH)
    {
        assert!(names.iter().any(|n| n == name), "no field {name}");
    }
    for (name, category, _) in WORD_FORMS {
        assert!(counted_names.contains(name), "no counted field {name}");
        assert!(CATEGORIES.contains(category), "no category {category}");
    }
}
