//! Sorani Kurdish (`ckb`, Arabic script): the widget's words, machine-assisted and not yet
//! reviewed by a native editor (`data/translations/ckb.json`'s `reviewed` flag, which puts
//! the "not yet reviewed" line on the page, covers this table too). Sorani keeps a noun singular after a
//! numeral ("٥ ڕۆژ", "١ ڕۆژ"), so each counted noun has one form, in every category.

use super::table::{one_other, Strings};

/// The Sorani Kurdish strings table.
pub const CKB: Strings = Strings {
    broken: "بەدواداچوونی ڕاستەوخۆ نەیتوانی دەست پێ بکات. زانیارییەکانی سەرەوە، ئەگەر هەبن، تا دوایین دروستکردنی پەڕەکە نوێ کراونەتەوە؛ تکایە پەڕەکە نوێ بکەرەوە بۆ ئەوەی دووبارە هەوڵ بدرێتەوە.",
    tabs_label: "قۆناغەکان",
    places: "شوێنەکان",
    sources: "سەرچاوەکان:",
    countdown: "دوا وادە",
    events: one_other("{n} ڕووداو", "{n} ڕووداو"),
    subjects: one_other("{n} بابەت", "{n} بابەت"),
    places_count: one_other("{n} شوێن", "{n} شوێن"),
    // `window_closes` adds the ezafe to this ("{days}ی تر"): every form ends in ڕۆژ.
    days: one_other("{n} ڕۆژ", "{n} ڕۆژ"),
    sources_count: one_other("{n} سەرچاوە", "{n} سەرچاوە"),
    events_summary: "ئەوەی ڕوویداوە: {events}",
    claims_summary: "ئەوەی سەرچاوەکان دەیڵێن: {subjects}، {disputed} جێی ناکۆکی",
    about_summary: "دەربارەی ئەم قۆناغە: {places}",
    context_summary: "لە هەردوو قۆناغدا: {subjects}، {disputed} جێی ناکۆکی، {events}",
    no_events: "هێشتا هیچ ڕووداوێک ڕاپۆرت نەکراوە.",
    no_claims: "هێشتا هیچ سەرچاوەیەک ئەمەی ڕاپۆرت نەکردووە.",
    pause: "وەستاندنی ژماردنی پێچەوانە",
    resume: "دەستپێکردنەوەی ژماردنی پێچەوانە",
    inferred: "بەرواری هەڵهێنجراو",
    inferred_because: " بەروارەکە هەڵهێنجراوە: {reason}.",
    new_tab: "(لە تابێکی نوێدا دەکرێتەوە)",
    link: "بەستەر",
    link_what: "بۆ ئەم بڕگەیە",
    no_link: "هیچ بەستەرێک نەدۆزرایەوە",
    close: "داخستن",
    axis: "هێڵی کاتیی هەردوو قۆناغ",
    axis_window: "ماوەی دوا وادە",
    axis_deadline: "دوا وادە",
    axis_done: "تەواوبوون ڕاپۆرت کراوە",
    axis_cluster: "چەند نیشانەیەک",
    deadline_mark: "دوا وادە: {position}، {sources}",
    completion_mark: "تەواوبوون تا {day} ڕاپۆرت کراوە: {outlets}",
    cluster: "{count} نیشانە: {names}",
    axis_today: "ئەمڕۆ",
    axis_as_of: "تا ڕێکەوتی",
    get_data: "وەرگرتنی داتاکان",
    embed: "ئەم بەدواداچوونە بخەرە ناو بابەتەکەتەوە",
    embed_help: "ئەم کۆدەی HTML لە بابەتەکەتدا دابنێ. سکریپتەکە بەرزیی چوارچێوەکە بە ڕێکی دەهێڵێتەوە.",
    #[cfg(not(target_arch = "wasm32"))]
    live_unavailable: "ژماردنی پێچەوانەی ڕاستەوخۆ بەردەست نییە؛ زانیارییەکانی سەرەوە تا ڕێکەوتی {day} نوێ کراونەتەوە، کە ئەم پەڕەیە دروست کرا.",
    #[cfg(not(target_arch = "wasm32"))]
    static_as_of: "زانیارییەکانی سەرەوە تا ڕێکەوتی {day} نوێ کراونەتەوە، کە ئەم پەڕەیە دروست کرا.",
    #[cfg(not(target_arch = "wasm32"))]
    card_as_of: "تا ڕێکەوتی {day}. هەموو لێدوانێک و سەرچاوەکەی: لە بەدواداچوونی ڕاستەوخۆدا.",
    #[cfg(not(target_arch = "wasm32"))]
    phase_and_status: "{phase}: {status}",
    #[cfg(not(target_arch = "wasm32"))]
    card_alt: "{title}، تا ڕێکەوتی {day}: {phases}.",
    list_separator: "؛ ",
    comma: "، ",
    last_reviewed: "دوایین پێداچوونەوە: {day}",
    newest_source: "نوێترین سەرچاوە: {day}",
    // Not the JSON's "پێشبینین", which also reads as "forecast" (پێشبینی).
    preview: "دووبارە پیشاندانەوە: وەک تا {day} ڕاپۆرت کرابوو. ڕاستەوخۆ نییە: بەدواداچوونەکە تەنها ئەوە پیشان دەدات کە تا ئەو کاتە ڕاپۆرت کرابوو.",
    replay_label: "دووبارە پیشاندانەوە",
    replay_name: "دووبارە پیشاندانەوەی ڕاپۆرتەکان",
    replay_value: "وەک تا {day} ڕاپۆرت کرابوو",
    replay_live: "ئەمڕۆ (ڕاستەوخۆ)",
    previous_change: "گۆڕانکاریی پێشوو",
    next_change: "گۆڕانکاریی داهاتوو",
    back_to_today: "گەڕانەوە بۆ ئەمڕۆ",
    no_change: "{day}: لەو ڕۆژەدا هیچ ڕاپۆرتێکی نوێ و هیچ گۆڕانێکی دۆخ نەبوو.",
    #[cfg(not(target_arch = "wasm32"))]
    change_note: "{day}: {changes}.",
    #[cfg(not(target_arch = "wasm32"))]
    change_lead: "{lead} ({outlets})",
    #[cfg(not(target_arch = "wasm32"))]
    now_disagree: "سەرچاوەکان ئێستا لەسەر {subject} ناکۆکن",
    tab: "{name}، {year}",
    status: [
        "هیچ دەستپێکردنێک ڕاپۆرت نەکراوە",
        "دەستپێکردن ڕاپۆرت کراوە",
        "هیچ تەواوبوونێک ڕاپۆرت نەکراوە",
        "تەواوبوون ڕاپۆرت کراوە",
    ],
    end_of: "کۆتایی {period}",
    held_by: "{position} ({sources})",
    deadlines_passed: "دوا وادە تێپەڕی: {passed}.",
    still_ahead: " هێشتا ماوە: {ahead}.",
    quiet_since: "لە {day}ەوە هیچ ڕاپۆرتێک دەربارەی ئەم قۆناغە نەبووە.",
    precision_note: [
        "هەفتە دیاری کراوە، ڕۆژ نا",
        "مانگ دیاری کراوە، ڕۆژ نا",
        "ساڵ دیاری کراوە، ڕۆژ نا",
    ],
    window_closes_today: "ماوەکە ئەمڕۆ کۆتایی دێت",
    window_closes: "ماوەکە {days}ی تر کۆتایی دێت",
    window_closed_today: "ماوەکە ئەمڕۆ کۆتایی هات",
    window_closed: "ماوەکە {days} لەمەوبەر کۆتایی هات",
    expected: "چاوەڕوانکراو: {value}",
    floor: "{value} (کەمترین سنوور، نەک دوا وادە)",
    translated_by: "بە وەرگێڕانی {translator}",
    completed_on: "{date}، بەپێی",
    left: "{days} {hours} کاتژمێر {minutes} خولەک {seconds} چرکە ماوە",
    passed_days: "{days} لەمەوبەر تێپەڕی",
    passed_hours: "{hours} کاتژمێر {minutes} خولەک لەمەوبەر تێپەڕی",
    finished: "تەواوبوون ڕاپۆرت کراوە، {span}",
    finished_on_deadline: "تەواوبوون لە ڕۆژی دوا وادەدا ڕاپۆرت کراوە",
    // Sorani's "before" and "after" stand before their object, so "the deadline" (دوا وادە)
    // closes each template after {side}: "٥٧ بۆ ١١٠ ڕۆژ دوای دوا وادە", and across it,
    // "لە نێوان ٣٥ ڕۆژ پێش و ١٨ ڕۆژ دوای دوا وادە".
    finished_one: "{days} {side} دوا وادە",
    finished_range: "{first} بۆ {days} {side} دوا وادە",
    finished_across: "لە نێوان {first} {first_side} و {last} {last_side} دوا وادە",
    before: "پێش",
    after: "دوای",
    deadline_now_passed: "دوا وادەی {deadline} ئێستا تێپەڕی.",
    badge_lead: "سەرچاوەکان ناکۆکن",
    badge_subject: "لەسەر {subject}",
    panel_heading: "ئەوەی سەرچاوەکان دەربارەی {subject} دەیڵێن",
    also_reported: "هەروەها ڕاپۆرت کراوە",
    speaker_named: "{name}، {role}",
    speaker_unnamed_role: "{role} (بێ ناوهێنان)",
    speaker_unnamed: "سەرچاوەیەکی ناونەبراو",
    speaker_outlet: "ڕاپۆرتی خودی {outlet}",
    via: "لە ڕێگەی {agency}",
    week_of: "هەفتەی {day}",
    date_in: "لە {period}",
    date_by: "تا {period}",
    date_from: "لە {period}ەوە",
    date_at_least_until: "لانیکەم تا {period}",
    #[cfg(not(target_arch = "wasm32"))]
    page_title: "کۆتاییهاتنی ئەرکی هاوپەیمانی لە عێراق: بەدواداچوونی قۆناغەکان",
    #[cfg(not(target_arch = "wasm32"))]
    compact_frame: "{title} (وەشانی کورت)",
    #[cfg(not(target_arch = "wasm32"))]
    page_description: "هەر قۆناغێکی کۆتاییهاتنی ئەرکی ئەو هاوپەیمانییەی ئەمریکا سەرکردایەتیی دەکات لە عێراق لە چ دۆخێکدایە، لەگەڵ ژماردنی پێچەوانە و لێدوانی هەموو سەرچاوەکان لە تەنیشت یەکتر.",
    #[cfg(not(target_arch = "wasm32"))]
    no_script: "بەبێ جاڤاسکریپت ئەم بەدواداچوونە زانیارییەکان وەک ڕۆژی دروستکردنی پەڕەکەی نیشان دەدات (سەیری کۆتاییەکەی بکە)؛ ژماردنی پێچەوانەی ڕاستەوخۆ پێویستی بە جاڤاسکریپتە.",
    unreviewed: "ئەم وەرگێڕانە هێشتا لەلایەن ئێدیتەرێکەوە پێداچوونەوەی بۆ نەکراوە.",
    separator: " – ",
    our_translation: "وەرگێڕانی ئێمە",
};
