//! Typed, stable ids. Each kind of record has its own id type with a letter prefix (R12, I3, Q7, …)
//! so a reviewer can cite them; ids are written to files as those strings and never reused.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Why a string is not an id of the expected kind.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "'{text}' is not a {kind} id (expected {prefix} followed by a number from 1, like {prefix}1)"
)]
pub struct IdParseError {
    pub text: String,
    pub kind: &'static str,
    pub prefix: &'static str,
}

/// The number of the `k`th new id after `issued`; 0 when the numbers ran out.
pub fn fresh_number(issued: u32, k: usize) -> u32 {
    u32::try_from(k)
        .ok()
        .and_then(|k| issued.checked_add(1)?.checked_add(k))
        .unwrap_or(0)
}

macro_rules! typed_id {
    ($(#[$doc:meta])* $name:ident, $prefix:literal, $kind:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub u32);

        impl $name {
            pub const PREFIX: &'static str = $prefix;
            pub const KIND: &'static str = $kind;

            /// The `k`th new id (from 0) after the highest one issued. Ids never wrap around:
            /// past the largest number this is the id 0, which no record may have, so adding a
            /// record with it is refused (see `Project::apply`) instead of replacing another.
            pub fn fresh(issued: u32, k: usize) -> Self {
                $name(fresh_number(issued, k))
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}{}", $prefix, self.0)
            }
        }

        impl FromStr for $name {
            type Err = IdParseError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let err = || IdParseError { text: s.to_string(), kind: $kind, prefix: $prefix };
                let digits = s.trim().strip_prefix($prefix).ok_or_else(err)?;
                if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(err());
                }
                // 0 is never issued: it stands for "no id left" (see `fresh`).
                match digits.parse::<u32>() {
                    Ok(0) | Err(_) => Err(err()),
                    Ok(n) => Ok($name(n)),
                }
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = String::deserialize(d)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

typed_id!(
    /// A customer segment.
    SegmentId, "S", "segment"
);
typed_id!(
    /// A respondent (pseudonymous person).
    RespondentId, "P", "respondent"
);
typed_id!(
    /// A raw customer remark.
    RemarkId, "R", "remark"
);
typed_id!(
    /// A requirement item drawn from remarks.
    ItemId, "I", "item"
);
typed_id!(
    /// A demanded-quality statement.
    QualityId, "Q", "quality"
);
typed_id!(
    /// A group (island) of the affinity tree.
    GroupId, "G", "group"
);
typed_id!(
    /// A competitor benchmarked in the planning matrix.
    CompetitorId, "K", "competitor"
);
typed_id!(
    /// A quality characteristic: a measurable property, a column of the House of Quality.
    CharacteristicId, "C", "characteristic"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_print_and_parse_with_their_prefix() {
        assert_eq!(RemarkId(12).to_string(), "R12");
        assert_eq!("Q7".parse::<QualityId>(), Ok(QualityId(7)));
        assert!("R7".parse::<QualityId>().is_err());
        assert!("Q".parse::<QualityId>().is_err());
        assert!("Q-1".parse::<QualityId>().is_err());
        assert!("Q99999999999".parse::<QualityId>().is_err());
        assert!("Q0".parse::<QualityId>().is_err());
    }

    #[test]
    fn new_ids_never_wrap_around() {
        assert_eq!(RemarkId::fresh(4, 0), RemarkId(5));
        assert_eq!(RemarkId::fresh(4, 2), RemarkId(7));
        assert_eq!(RemarkId::fresh(u32::MAX - 1, 0), RemarkId(u32::MAX));
        assert_eq!(RemarkId::fresh(u32::MAX - 1, 1), RemarkId(0));
        assert_eq!(RemarkId::fresh(u32::MAX, 0), RemarkId(0));
    }
}
