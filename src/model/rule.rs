//! The eight wording rules of demanded-quality statements, by name: what a quality records when
//! the team dismisses a hint. The checks themselves are in `method::wording`.

use serde::{Deserialize, Serialize};

/// One of the eight wording rules, in METHOD.md order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Rule {
    OneMeaning,
    NotBareNoun,
    NoCharacteristicWords,
    NoSolution,
    NoNegation,
    ExplicitObject,
    Concrete,
    StateNotWish,
}

impl Rule {
    pub const ALL: [Rule; 8] = [
        Rule::OneMeaning,
        Rule::NotBareNoun,
        Rule::NoCharacteristicWords,
        Rule::NoSolution,
        Rule::NoNegation,
        Rule::ExplicitObject,
        Rule::Concrete,
        Rule::StateNotWish,
    ];

    /// The name written in project files (`OneMeaning`).
    pub fn name(self) -> &'static str {
        match self {
            Rule::OneMeaning => "OneMeaning",
            Rule::NotBareNoun => "NotBareNoun",
            Rule::NoCharacteristicWords => "NoCharacteristicWords",
            Rule::NoSolution => "NoSolution",
            Rule::NoNegation => "NoNegation",
            Rule::ExplicitObject => "ExplicitObject",
            Rule::Concrete => "Concrete",
            Rule::StateNotWish => "StateNotWish",
        }
    }

    /// Reads a rule by its file name in any case, with or without dashes (`one-meaning`), or
    /// by its number 1 to 8.
    pub fn parse(text: &str) -> Option<Rule> {
        let key: String = text
            .trim()
            .chars()
            .filter(|c| !matches!(c, '-' | '_' | ' '))
            .collect();
        Rule::ALL
            .into_iter()
            .find(|r| r.name().eq_ignore_ascii_case(&key) || key == r.number().to_string())
    }

    /// The rule's number in METHOD.md, 1..=8.
    pub fn number(self) -> u8 {
        match self {
            Rule::OneMeaning => 1,
            Rule::NotBareNoun => 2,
            Rule::NoCharacteristicWords => 3,
            Rule::NoSolution => 4,
            Rule::NoNegation => 5,
            Rule::ExplicitObject => 6,
            Rule::Concrete => 7,
            Rule::StateNotWish => 8,
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Rule::OneMeaning => "One meaning only",
            Rule::NotBareNoun => "Not a bare noun phrase",
            Rule::NoCharacteristicWords => "No characteristic words",
            Rule::NoSolution => "No solutions or means",
            Rule::NoNegation => "Avoid negation",
            Rule::ExplicitObject => "Explicit object",
            Rule::Concrete => "Concrete and concise",
            Rule::StateNotWish => "A state, not a wish",
        }
    }

    pub fn title_zh(self) -> &'static str {
        match self {
            Rule::OneMeaning => "一句一义",
            Rule::NotBareNoun => "不用名词短语",
            Rule::NoCharacteristicWords => "不用品质特性词",
            Rule::NoSolution => "不写解决手段",
            Rule::NoNegation => "避免否定",
            Rule::ExplicitObject => "对象明确",
            Rule::Concrete => "具体简洁",
            Rule::StateNotWish => "写状态，不写愿望",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_read_by_file_name_dashed_name_or_number() {
        for r in Rule::ALL {
            assert_eq!(Rule::parse(r.name()), Some(r));
            assert_eq!(Rule::parse(&r.number().to_string()), Some(r));
        }
        assert_eq!(Rule::parse(" no-negation "), Some(Rule::NoNegation));
        assert_eq!(Rule::parse("state_not_wish"), Some(Rule::StateNotWish));
        assert_eq!(Rule::parse("9"), None);
        assert_eq!(Rule::parse("polite"), None);
    }
}
