//! Height messages for every embedding protocol, Pym.js's requests, and the embed snippet.

use phase_tracker::core::embed::{height_messages, is_pym_width_request, HeightMessage};
use phase_tracker::core::params::Params;
use phase_tracker::html::snippet;

#[test]
fn plain_iframe_gets_datawrapper_amp_and_our_own_message() {
    let m = height_messages(&Params::default(), 812);
    assert_eq!(
        m,
        vec![
            HeightMessage::Datawrapper {
                id: "phase-tracker".into(),
                height: 812
            },
            HeightMessage::Amp { height: 812 },
            HeightMessage::Own {
                id: "phase-tracker".into(),
                height: 812
            },
        ]
    );
}

#[test]
fn pym_and_wordpress_messages_need_their_parameters() {
    let params = Params {
        child_id: Some("tracker-1".into()),
        secret: Some("s3cr3t".into()),
        embed_id: Some("side".into()),
        ..Params::default()
    };
    let m = height_messages(&params, 640);
    assert_eq!(m.len(), 5);
    assert_eq!(
        m[0],
        HeightMessage::Pym("pymxPYMxtracker-1xPYMxheightxPYMx640".into())
    );
    assert!(m.contains(&HeightMessage::WordPress {
        secret: "s3cr3t".into(),
        height: 640
    }));
    assert!(m.contains(&HeightMessage::Datawrapper {
        id: "side".into(),
        height: 640
    }));
}

#[test]
fn pym_width_requests_are_recognised_for_our_child_only() {
    assert!(is_pym_width_request(
        "pymxPYMxtracker-1xPYMxwidthxPYMx600",
        "tracker-1"
    ));
    assert!(!is_pym_width_request(
        "pymxPYMxotherxPYMxwidthxPYMx600",
        "tracker-1"
    ));
    assert!(!is_pym_width_request(
        "pymxPYMxtracker-1xPYMxwidthxPYMx",
        "tracker-1"
    ));
    assert!(!is_pym_width_request(
        "pymxPYMxtracker-1xPYMxheightxPYMx600",
        "tracker-1"
    ));
}

#[test]
fn pym_width_requests_need_a_number() {
    let request = |width: &str| {
        is_pym_width_request(
            &format!("pymxPYMxtracker-1xPYMxwidthxPYMx{width}"),
            "tracker-1",
        )
    };
    for width in ["600", "0", "1280", "599.5", "320.25"] {
        assert!(request(width), "{width:?} is a width");
    }
    for width in [
        "...", ".", "6..0", "1.2.3", ".5", "5.", "-600", "+600", "600px", "6e2", " 600", "600 ",
        "NaN", "Infinity", "0x258", "٦٠٠",
    ] {
        assert!(!request(width), "{width:?} is not a width");
    }
}

#[test]
fn the_snippet_is_a_complete_escaped_embed() {
    let s = snippet(
        "https://news.example/widgets/tracker/index.html",
        "Iraq \"exit\" <tracker>",
        900,
    );
    assert!(s.starts_with("<iframe src=\"https://news.example/widgets/tracker/index.html\""));
    assert!(s.contains("title=\"Iraq &quot;exit&quot; &lt;tracker&gt;\""));
    for part in [
        "width=\"100%\"",
        "height=\"900\"",
        "loading=\"lazy\"",
        "style=\"border:0\"",
        "data-phase-tracker",
    ] {
        assert!(s.contains(part), "missing {part} in {s}");
    }
    assert!(s.ends_with(
        "<script src=\"https://news.example/widgets/tracker/embed.js\" async></script>"
    ));
}
