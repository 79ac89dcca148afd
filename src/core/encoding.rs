//! The bundled story's compact binary form. `build.rs` validates the data file into a
//! [`Story`] and encodes it with postcard; the widget decodes it with [`Story::decode`], so
//! the wasm carries neither a JSON reader nor the validator. Calendar days travel as day
//! numbers and the zone offset as seconds, which keeps chrono's parsers out of the wasm too.

use super::story::Story;

impl Story {
    /// The story in the binary form [`Story::decode`] reads.
    pub fn encode(&self) -> Result<Vec<u8>, String> {
        postcard::to_allocvec(self).map_err(|e| format!("the story does not encode: {e}"))
    }

    /// Reads a story that [`Story::encode`] wrote (the bundled data was validated when it was
    /// encoded).
    pub fn decode(bytes: &[u8]) -> Result<Self, String> {
        postcard::from_bytes(bytes).map_err(|_e| {
            // The wasm leaves postcard's messages out (they weigh 0.3 KB); the host names the
            // problem.
            #[cfg(not(target_arch = "wasm32"))]
            return format!("the bundled data does not decode: {_e}");
            #[cfg(target_arch = "wasm32")]
            "the bundled data does not decode".to_owned()
        })
    }
}

/// A calendar day as its number of days from 1 January of year 1 (serde `with` module).
pub mod day {
    use chrono::{Datelike, NaiveDate};
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    /// Writes the day number.
    pub fn serialize<S: Serializer>(day: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i32(day.num_days_from_ce())
    }

    /// Reads a day number back, rejecting one outside chrono's calendar.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        NaiveDate::from_num_days_from_ce_opt(i32::deserialize(d)?)
            .ok_or_else(|| D::Error::custom("day out of range"))
    }
}

/// A fixed UTC offset as seconds east of UTC (serde `with` module).
pub mod offset {
    use chrono::FixedOffset;
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    /// Writes the offset in seconds.
    pub fn serialize<S: Serializer>(offset: &FixedOffset, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i32(offset.local_minus_utc())
    }

    /// Reads the seconds back, rejecting an offset of a day or more.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<FixedOffset, D::Error> {
        FixedOffset::east_opt(i32::deserialize(d)?)
            .ok_or_else(|| D::Error::custom("offset out of range"))
    }
}
