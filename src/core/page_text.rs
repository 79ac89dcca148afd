//! The bundled story's bytes as text inside the page. The build writes the story's binary
//! form ([`crate::core::encoding`]) into the prerendered `index.html` as a data block
//! (`<script type="application/octet-stream" id="story-data">`), and the wasm reads it back
//! from there instead of carrying its own copy. Most of those bytes are the story's texts,
//! which the page's markup already holds: kept as UTF-8 text, they cost the brotli page little,
//! while a copy in the wasm is paid in full. The replay's change notes travel the same way
//! (`id="replay-notes"`, [`crate::core::replay::write_notes`]).
//!
//! The form: every byte that starts a valid UTF-8 character the HTML parser keeps as it is
//! (no control character, `<` or `&`, nothing in the escape range) stays that character; any
//! other byte `b` becomes the private-use character U+E000 + `b`. [`decode`] inverts
//! [`encode`] for any bytes.

/// The `id` of the data block holding the story in the page.
pub const ELEMENT_ID: &str = "story-data";

/// The first of the 256 private-use characters that stand for single bytes.
const ESCAPE: u32 = 0xE000;

/// Whether the page may carry `c` as itself: the HTML parser changes or ends on control
/// characters (carriage returns, NUL), `<` could close the block and `&` reads as a
/// reference in some contexts; the escape range itself must stay unambiguous.
fn kept(c: char) -> bool {
    !(c.is_control() || c == '<' || c == '&' || (ESCAPE..ESCAPE + 256).contains(&(c as u32)))
}

/// The bytes as page text (see the module's documentation).
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 8);
    let mut rest = bytes;
    while let Some(&first) = rest.first() {
        let width = match first {
            0x00..=0x7F => 1,
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => 0,
        };
        let whole = rest
            .get(..width)
            .and_then(|b| std::str::from_utf8(b).ok())
            .and_then(|s| s.chars().next())
            .filter(|&c| width > 0 && kept(c));
        match whole {
            Some(c) => {
                out.push(c);
                rest = rest.get(width..).unwrap_or_default();
            }
            None => {
                out.extend(char::from_u32(ESCAPE + u32::from(first)));
                rest = rest.get(1..).unwrap_or_default();
            }
        }
    }
    out
}

/// The bytes [`encode`] turned into `text`.
pub fn decode(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut buf = [0; 4];
    for c in text.chars() {
        match (c as u32).checked_sub(ESCAPE) {
            Some(byte @ 0..=255) => out.push(byte as u8),
            _ => out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_and_pair_comes_back() {
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(decode(&encode(&all)), all);
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                let pair = [a, b, a];
                assert_eq!(decode(&encode(&pair)), pair, "bytes {pair:?}");
            }
        }
    }

    #[test]
    fn text_stays_text_and_the_rest_is_escaped() {
        let text = "Baghdad \u{628}\u{63a}\u{62f}\u{627}\u{62f} \u{0666}\u{0660} \"q\" >";
        assert_eq!(encode(text.as_bytes()), text);
        let page = encode(b"a<b&c\r\n\0\x7f\xff\xc3");
        assert!(
            !page.contains(['<', '&', '\r', '\n', '\0', '\u{7f}']),
            "{page:?}"
        );
        assert_eq!(page.chars().filter(|c| (*c as u32) >= ESCAPE).count(), 8);
        assert_eq!(decode(&page), b"a<b&c\r\n\0\x7f\xff\xc3");
    }

    #[test]
    fn the_escape_range_itself_is_escaped() {
        let bytes = "\u{E000}\u{E0FF}\u{E100}".as_bytes();
        let page = encode(bytes);
        assert!(page.ends_with('\u{E100}'));
        assert_eq!(decode(&page), bytes);
    }

    #[test]
    fn the_bundled_story_comes_back_and_stays_mostly_text() {
        let bytes = crate::BUNDLED_DATA_BIN;
        let page = encode(bytes);
        assert_eq!(decode(&page), bytes);
        let escaped = page
            .chars()
            .filter(|c| (ESCAPE..ESCAPE + 256).contains(&(*c as u32)));
        // The escapes are the binary form's numbers and lengths, a small share of the bytes.
        assert!(escaped.count() * 10 < bytes.len());
    }
}
