//! The Sorani Kurdish strings table (`text::ckb::CKB`) against the English one: the same
//! placeholders in every template, a number in every counted form, Sorani punctuation, and
//! no English left in it but what is listed here with its reason.

use phase_tracker::core::locale::{plural, Lang, Plural};
use phase_tracker::text::ckb::CKB;
use phase_tracker::text::en::EN;
use phase_tracker::text::fill;
use phase_tracker::text::table::Strings;
use std::collections::BTreeSet;

/// Templates whose placeholders deliberately differ from English's, with the reason. None:
/// every Sorani template takes all of English's inputs.
const PLACEHOLDER_DIFFERENCES: &[(&str, &str)] = &[];

/// Counted forms written without `{n}` (a word for the number), with the reason. None:
/// Sorani writes the numeral in every form ("١ ڕۆژ", "٥ ڕۆژ").
const WORD_FORMS: &[(&str, &str)] = &[];

/// Fields that are the same as English, with the reason.
const SAME_AS_ENGLISH: &[(&str, &str)] = &[
    (
        "phase_and_status",
        "only placeholders and a colon, which Sorani writes as English does",
    ),
    (
        "held_by",
        "only placeholders and parentheses, which Sorani writes as English does (mirrored in \
         right-to-left text by the browser)",
    ),
    (
        "change_note",
        "only placeholders, a colon and a full stop, which Sorani writes as English does",
    ),
    (
        "change_lead",
        "only placeholders and parentheses, which Sorani writes as English does",
    ),
];

/// Latin-script words allowed in the Sorani table, with the reason.
const LATIN_WORDS: &[(&str, &str)] = &[("HTML", "the name of the markup language, as written")];

/// The CLDR categories in the order of a `Counted`.
const CATEGORIES: [Plural; 6] = [
    Plural::Zero,
    Plural::One,
    Plural::Two,
    Plural::Few,
    Plural::Many,
    Plural::Other,
];

/// What a field holds.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Kind {
    Text,
    Counted,
    List,
}

/// One field of a table: its name, kind and every text in it.
struct Field {
    name: &'static str,
    kind: Kind,
    values: Vec<&'static str>,
}

fn text(name: &'static str, value: &&'static str) -> Field {
    Field {
        name,
        kind: Kind::Text,
        values: vec![*value],
    }
}

fn counted(name: &'static str, forms: &[&'static str; 6]) -> Field {
    Field {
        name,
        kind: Kind::Counted,
        values: forms.to_vec(),
    }
}

fn list(name: &'static str, items: &[&'static str]) -> Field {
    Field {
        name,
        kind: Kind::List,
        values: items.to_vec(),
    }
}

/// Every field of a table, in the struct's order. The pattern names every field, so a field
/// added to `Strings` stops this test from compiling until it is listed here.
fn fields(s: &Strings) -> Vec<Field> {
    let Strings {
        broken,
        tabs_label,
        places,
        sources,
        countdown,
        events,
        subjects,
        places_count,
        days,
        sources_count,
        events_summary,
        claims_summary,
        about_summary,
        context_summary,
        no_events,
        no_claims,
        pause,
        resume,
        inferred,
        inferred_because,
        new_tab,
        link,
        link_what,
        no_link,
        close,
        axis,
        axis_window,
        axis_deadline,
        axis_done,
        axis_cluster,
        deadline_mark,
        completion_mark,
        cluster,
        axis_today,
        axis_as_of,
        get_data,
        embed,
        embed_help,
        live_unavailable,
        static_as_of,
        card_as_of,
        phase_and_status,
        card_alt,
        list_separator,
        comma,
        last_reviewed,
        newest_source,
        preview,
        replay_label,
        replay_name,
        replay_value,
        replay_live,
        previous_change,
        next_change,
        back_to_today,
        no_change,
        change_note,
        change_lead,
        now_disagree,
        tab,
        status,
        end_of,
        held_by,
        deadlines_passed,
        still_ahead,
        quiet_since,
        precision_note,
        window_closes_today,
        window_closes,
        window_closed_today,
        window_closed,
        expected,
        floor,
        translated_by,
        completed_on,
        left,
        passed_days,
        passed_hours,
        finished,
        finished_on_deadline,
        finished_one,
        finished_range,
        finished_across,
        before,
        after,
        deadline_now_passed,
        badge_lead,
        badge_subject,
        panel_heading,
        also_reported,
        speaker_named,
        speaker_unnamed_role,
        speaker_unnamed,
        speaker_outlet,
        via,
        week_of,
        date_in,
        date_by,
        date_from,
        date_at_least_until,
        page_title,
        compact_frame,
        page_description,
        no_script,
        unreviewed,
        separator,
        our_translation,
    } = s;
    vec![
        text("broken", broken),
        text("tabs_label", tabs_label),
        text("places", places),
        text("sources", sources),
        text("countdown", countdown),
        counted("events", events),
        counted("subjects", subjects),
        counted("places_count", places_count),
        counted("days", days),
        counted("sources_count", sources_count),
        text("events_summary", events_summary),
        text("claims_summary", claims_summary),
        text("about_summary", about_summary),
        text("context_summary", context_summary),
        text("no_events", no_events),
        text("no_claims", no_claims),
        text("pause", pause),
        text("resume", resume),
        text("inferred", inferred),
        text("inferred_because", inferred_because),
        text("new_tab", new_tab),
        text("link", link),
        text("link_what", link_what),
        text("no_link", no_link),
        text("close", close),
        text("axis", axis),
        text("axis_window", axis_window),
        text("axis_deadline", axis_deadline),
        text("axis_done", axis_done),
        text("axis_cluster", axis_cluster),
        text("deadline_mark", deadline_mark),
        text("completion_mark", completion_mark),
        text("cluster", cluster),
        text("axis_today", axis_today),
        text("axis_as_of", axis_as_of),
        text("get_data", get_data),
        text("embed", embed),
        text("embed_help", embed_help),
        text("live_unavailable", live_unavailable),
        text("static_as_of", static_as_of),
        text("card_as_of", card_as_of),
        text("phase_and_status", phase_and_status),
        text("card_alt", card_alt),
        text("list_separator", list_separator),
        text("comma", comma),
        text("last_reviewed", last_reviewed),
        text("newest_source", newest_source),
        text("preview", preview),
        text("replay_label", replay_label),
        text("replay_name", replay_name),
        text("replay_value", replay_value),
        text("replay_live", replay_live),
        text("previous_change", previous_change),
        text("next_change", next_change),
        text("back_to_today", back_to_today),
        text("no_change", no_change),
        text("change_note", change_note),
        text("change_lead", change_lead),
        text("now_disagree", now_disagree),
        text("tab", tab),
        list("status", status),
        text("end_of", end_of),
        text("held_by", held_by),
        text("deadlines_passed", deadlines_passed),
        text("still_ahead", still_ahead),
        text("quiet_since", quiet_since),
        list("precision_note", precision_note),
        text("window_closes_today", window_closes_today),
        text("window_closes", window_closes),
        text("window_closed_today", window_closed_today),
        text("window_closed", window_closed),
        text("expected", expected),
        text("floor", floor),
        text("translated_by", translated_by),
        text("completed_on", completed_on),
        text("left", left),
        text("passed_days", passed_days),
        text("passed_hours", passed_hours),
        text("finished", finished),
        text("finished_on_deadline", finished_on_deadline),
        text("finished_one", finished_one),
        text("finished_range", finished_range),
        text("finished_across", finished_across),
        text("before", before),
        text("after", after),
        text("deadline_now_passed", deadline_now_passed),
        text("badge_lead", badge_lead),
        text("badge_subject", badge_subject),
        text("panel_heading", panel_heading),
        text("also_reported", also_reported),
        text("speaker_named", speaker_named),
        text("speaker_unnamed_role", speaker_unnamed_role),
        text("speaker_unnamed", speaker_unnamed),
        text("speaker_outlet", speaker_outlet),
        text("via", via),
        text("week_of", week_of),
        text("date_in", date_in),
        text("date_by", date_by),
        text("date_from", date_from),
        text("date_at_least_until", date_at_least_until),
        text("page_title", page_title),
        text("compact_frame", compact_frame),
        text("page_description", page_description),
        text("no_script", no_script),
        text("unreviewed", unreviewed),
        text("separator", separator),
        text("our_translation", our_translation),
    ]
}

/// One text of the table: "days[one]", "status[2]", "left", with its English and Sorani.
struct Row {
    name: String,
    kind: Kind,
    en: &'static str,
    ckb: &'static str,
}

/// Every text of both tables, side by side.
fn rows() -> Vec<Row> {
    let mut out = Vec::new();
    for (en, ckb) in fields(&EN).into_iter().zip(fields(&CKB)) {
        assert_eq!(en.name, ckb.name);
        assert_eq!(en.values.len(), ckb.values.len(), "{}", en.name);
        for (i, (e, k)) in en.values.iter().zip(&ckb.values).enumerate() {
            let name = match en.kind {
                Kind::Text => en.name.to_owned(),
                Kind::Counted => format!("{}[{}]", en.name, CATEGORIES[i].name()),
                Kind::List => format!("{}[{i}]", en.name),
            };
            out.push(Row {
                name,
                kind: en.kind,
                en: e,
                ckb: k,
            });
        }
    }
    out
}

/// The `{name}`s of a template, as `text::fill` finds them.
fn placeholders(template: &str) -> BTreeSet<&str> {
    let mut out = BTreeSet::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            break;
        };
        out.insert(&after[..close]);
        rest = &after[close + 1..];
    }
    out
}

/// `text` without its placeholders.
fn words(text: &str) -> String {
    placeholders(text)
        .into_iter()
        .fold(text.to_owned(), |t, p| t.replace(&format!("{{{p}}}"), " "))
}

/// Asserts each allow-list entry names a row and holds for it (no stale entry).
fn all_used(list: &[(&str, &str)], used: impl Fn(&str) -> bool, what: &str) {
    for (name, _) in list {
        assert!(used(name), "{what} lists {name}, which does not need it");
    }
}

#[test]
fn every_template_takes_the_english_placeholders() {
    let rows = rows();
    let differs = |r: &Row| placeholders(r.en) != placeholders(r.ckb);
    for r in &rows {
        let allowed = PLACEHOLDER_DIFFERENCES.iter().any(|(n, _)| *n == r.name);
        assert!(
            !differs(r) || allowed,
            "{}: {:?} in English, {:?} in Sorani",
            r.name,
            placeholders(r.en),
            placeholders(r.ckb)
        );
    }
    all_used(
        PLACEHOLDER_DIFFERENCES,
        |name| rows.iter().any(|r| r.name == name && differs(r)),
        "PLACEHOLDER_DIFFERENCES",
    );
}

#[test]
fn every_counted_form_writes_the_number() {
    let rows = rows();
    let counted: Vec<&Row> = rows.iter().filter(|r| r.kind == Kind::Counted).collect();
    assert_eq!(counted.len(), 5 * 6);
    for r in &counted {
        let allowed = WORD_FORMS.iter().any(|(n, _)| *n == r.name);
        assert!(
            r.ckb.contains("{n}") || allowed,
            "{}: {:?} has no {{n}}",
            r.name,
            r.ckb
        );
    }
    all_used(
        WORD_FORMS,
        |name| {
            counted
                .iter()
                .any(|r| r.name == name && !r.ckb.contains("{n}"))
        },
        "WORD_FORMS",
    );
}

#[test]
fn categories_sorani_does_not_use_repeat_other() {
    let used: BTreeSet<usize> = (0..10_000u64)
        .map(|n| plural(Lang::Ckb, n) as usize)
        .collect();
    assert!(used.len() >= 2, "ckb uses one and other: {used:?}");
    for field in fields(&CKB).iter().filter(|f| f.kind == Kind::Counted) {
        let other = field.values[Plural::Other as usize];
        for (i, form) in field.values.iter().enumerate() {
            assert!(
                used.contains(&i) || *form == other,
                "{}[{}] is never chosen in Sorani, so it repeats other: {:?}",
                field.name,
                CATEGORIES[i].name(),
                form
            );
        }
    }
}

#[test]
fn nothing_is_left_in_english_unless_listed() {
    let rows = rows();
    for r in &rows {
        let listed = SAME_AS_ENGLISH.iter().any(|(n, _)| *n == r.name);
        assert!(
            r.en != r.ckb || listed,
            "{} is still English: {:?}",
            r.name,
            r.ckb
        );
    }
    all_used(
        SAME_AS_ENGLISH,
        |name| rows.iter().any(|r| r.name == name && r.en == r.ckb),
        "SAME_AS_ENGLISH",
    );
    for r in &rows {
        for word in words(r.ckb)
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
        {
            assert!(
                LATIN_WORDS.iter().any(|(w, _)| *w == word),
                "{}: Latin {word:?} in {:?}",
                r.name,
                r.ckb
            );
        }
    }
}

#[test]
fn sorani_punctuation() {
    assert_eq!(CKB.comma, "، ");
    assert_eq!(CKB.list_separator, "؛ ");
    for r in rows() {
        for latin in [',', ';', '?'] {
            assert!(
                !r.ckb.contains(latin),
                "{}: {latin:?} in {:?}; Sorani writes ، ؛ ؟",
                r.name,
                r.ckb
            );
        }
    }
}

#[test]
fn fragments_keep_the_english_spacing_at_their_ends() {
    for r in rows() {
        let starts = |t: &str| t.starts_with(char::is_whitespace);
        let ends = |t: &str| t.ends_with(char::is_whitespace);
        assert_eq!(
            starts(r.en),
            starts(r.ckb),
            "{}: start of {:?}",
            r.name,
            r.ckb
        );
        assert_eq!(ends(r.en), ends(r.ckb), "{}: end of {:?}", r.name, r.ckb);
    }
}

#[test]
fn every_day_count_takes_the_ezafe_of_window_closes() {
    // "ماوەکە {days}ی تر کۆتایی دێت" adds ی to the count: "٣٣ ڕۆژی تر", so every form of
    // `days` must end in the noun.
    for n in [0u64, 1, 2, 33, 101] {
        let form = CKB.days[plural(Lang::Ckb, n) as usize];
        let days = fill(form, &[("n", &n.to_string())]);
        let text = fill(CKB.window_closes, &[("days", &days)]);
        assert!(text.contains(&format!("{n} ڕۆژی تر")), "{n}: {text:?}");
    }
}
