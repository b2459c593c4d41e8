//! Kano classification from a survey (METHOD.md section 6).
//!
//! Each respondent answers a functional question ("if it has …") and a dysfunctional one ("if it
//! lacks …"); the pair gives one class from the evaluation table, and the classes of all
//! respondents are tallied per demanded quality.

use serde::{Deserialize, Serialize};

use crate::model::Kano;
pub use crate::model::survey::Answer;

/// The class one respondent's answer pair gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Class {
    /// Attractive: delights when present, accepted when missing.
    A,
    /// One-dimensional: more is better.
    O,
    /// Must-be: expected; only noticed when missing.
    M,
    /// Indifferent.
    I,
    /// Reverse: the respondent prefers it absent.
    R,
    /// Questionable: contradictory answers.
    Q,
}

impl Class {
    pub const ALL: [Class; 6] = [Class::A, Class::O, Class::M, Class::I, Class::R, Class::Q];

    /// Tie-break order for the category: earlier wins. METHOD.md gives M > O > A > I; R and Q
    /// come last because they say the question (or the feature) failed, not what the quality is.
    pub const TIE_ORDER: [Class; 6] = [Class::M, Class::O, Class::A, Class::I, Class::R, Class::Q];

    pub fn letter(self) -> char {
        match self {
            Class::A => 'A',
            Class::O => 'O',
            Class::M => 'M',
            Class::I => 'I',
            Class::R => 'R',
            Class::Q => 'Q',
        }
    }

    pub fn name(self) -> &'static str {
        self.kano().key()
    }

    pub fn name_zh(self) -> &'static str {
        self.kano().name_zh()
    }

    /// The quality type a project records for this class.
    pub fn kano(self) -> Kano {
        match self {
            Class::A => Kano::Attractive,
            Class::O => Kano::OneDimensional,
            Class::M => Kano::MustBe,
            Class::I => Kano::Indifferent,
            Class::R => Kano::Reverse,
            Class::Q => Kano::Questionable,
        }
    }
}

/// The evaluation table of METHOD.md: rows functional, columns dysfunctional, both in
/// `Answer::ALL` order (like, must-be, neutral, live-with, dislike).
const TABLE: [[Class; 5]; 5] = {
    use Class::*;
    [
        [Q, A, A, A, O],
        [R, I, I, I, M],
        [R, I, I, I, M],
        [R, I, I, I, M],
        [R, R, R, R, Q],
    ]
};

/// The class of one answer pair.
pub fn classify(functional: Answer, dysfunctional: Answer) -> Class {
    TABLE[functional.index()][dysfunctional.index()]
}

/// Counts of each class over the respondents who answered one question pair.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub a: u32,
    pub o: u32,
    pub m: u32,
    pub i: u32,
    pub r: u32,
    pub q: u32,
}

impl Tally {
    pub fn add(&mut self, class: Class) {
        *self.slot(class) += 1;
    }

    pub fn count(&self, class: Class) -> u32 {
        match class {
            Class::A => self.a,
            Class::O => self.o,
            Class::M => self.m,
            Class::I => self.i,
            Class::R => self.r,
            Class::Q => self.q,
        }
    }

    fn slot(&mut self, class: Class) -> &mut u32 {
        match class {
            Class::A => &mut self.a,
            Class::O => &mut self.o,
            Class::M => &mut self.m,
            Class::I => &mut self.i,
            Class::R => &mut self.r,
            Class::Q => &mut self.q,
        }
    }

    /// All answers, R and Q included.
    pub fn total(&self) -> u32 {
        self.a + self.o + self.m + self.i + self.r + self.q
    }

    /// The most frequent class, R and Q included (a quality most people answer in reverse is
    /// reverse, not whatever comes second). Ties go to the earlier class in
    /// [`Class::TIE_ORDER`]: M > O > A > I > R > Q. None when nobody answered.
    pub fn category(&self) -> Option<Class> {
        let mut best: Option<Class> = None;
        for class in Class::TIE_ORDER {
            let n = self.count(class);
            if n > 0 && best.is_none_or(|b| n > self.count(b)) {
                best = Some(class);
            }
        }
        best
    }

    /// A + O + M + I: the answers Better and Worse are shares of (R and Q are left out).
    fn base(&self) -> u32 {
        self.a + self.o + self.m + self.i
    }

    /// Better = (A + O) / (A + O + M + I): how much satisfaction rises when the quality is
    /// present. None when no answer is A, O, M or I.
    pub fn better(&self) -> Option<f64> {
        let d = self.base();
        (d > 0).then(|| f64::from(self.a + self.o) / f64::from(d))
    }

    /// Worse = −(O + M) / (A + O + M + I): how much satisfaction falls when it is missing.
    /// Zero is returned as 0.0, not −0.0. None when no answer is A, O, M or I.
    pub fn worse(&self) -> Option<f64> {
        let d = self.base();
        (d > 0).then(|| {
            let share = f64::from(self.o + self.m) / f64::from(d);
            if share == 0.0 { 0.0 } else { -share }
        })
    }
}

impl Extend<Class> for Tally {
    fn extend<T: IntoIterator<Item = Class>>(&mut self, iter: T) {
        for class in iter {
            self.add(class);
        }
    }
}

impl FromIterator<Class> for Tally {
    fn from_iter<T: IntoIterator<Item = Class>>(iter: T) -> Self {
        let mut t = Tally::default();
        t.extend(iter);
        t
    }
}

#[cfg(test)]
mod tests {
    use super::Answer::*;
    use super::*;

    /// All 25 cells, written out from the METHOD.md table one by one.
    #[test]
    fn every_cell_of_the_table() {
        let cells: [(Answer, Answer, Class); 25] = [
            (Like, Like, Class::Q),
            (Like, MustBe, Class::A),
            (Like, Neutral, Class::A),
            (Like, LiveWith, Class::A),
            (Like, Dislike, Class::O),
            (MustBe, Like, Class::R),
            (MustBe, MustBe, Class::I),
            (MustBe, Neutral, Class::I),
            (MustBe, LiveWith, Class::I),
            (MustBe, Dislike, Class::M),
            (Neutral, Like, Class::R),
            (Neutral, MustBe, Class::I),
            (Neutral, Neutral, Class::I),
            (Neutral, LiveWith, Class::I),
            (Neutral, Dislike, Class::M),
            (LiveWith, Like, Class::R),
            (LiveWith, MustBe, Class::I),
            (LiveWith, Neutral, Class::I),
            (LiveWith, LiveWith, Class::I),
            (LiveWith, Dislike, Class::M),
            (Dislike, Like, Class::R),
            (Dislike, MustBe, Class::R),
            (Dislike, Neutral, Class::R),
            (Dislike, LiveWith, Class::R),
            (Dislike, Dislike, Class::Q),
        ];
        for (f, d, expected) in cells {
            assert_eq!(
                classify(f, d),
                expected,
                "functional {f:?}, dysfunctional {d:?}"
            );
        }
        // Every pair appears exactly once above.
        let mut pairs: Vec<(Answer, Answer)> = cells.iter().map(|&(f, d, _)| (f, d)).collect();
        pairs.sort();
        pairs.dedup();
        assert_eq!(pairs.len(), 25);
    }

    #[test]
    fn parse_english_and_chinese() {
        let cases = [
            ("like", Like),
            (" Like ", Like),
            ("must-be", MustBe),
            ("must be", MustBe),
            ("Must_Be", MustBe),
            ("neutral", Neutral),
            ("live-with", LiveWith),
            ("live with", LiveWith),
            ("dislike", Dislike),
            ("喜欢", Like),
            ("理所当然", MustBe),
            ("必须如此", MustBe),
            ("应该的", MustBe),
            ("无所谓", Neutral),
            ("中立", Neutral),
            ("能忍受", LiveWith),
            ("可以忍受", LiveWith),
            ("不喜欢", Dislike),
        ];
        for (text, expected) in cases {
            assert_eq!(Answer::parse(text), Some(expected), "{text:?}");
        }
        for bad in ["", "love", "must", "live", "喜", "非常喜欢", "3"] {
            assert_eq!(Answer::parse(bad), None, "{bad:?}");
        }
        for a in Answer::ALL {
            assert_eq!(Answer::parse(a.key()), Some(a));
            assert_eq!(Answer::parse(a.key_zh()), Some(a));
        }
    }

    fn tally(a: u32, o: u32, m: u32, i: u32, r: u32, q: u32) -> Tally {
        Tally { a, o, m, i, r, q }
    }

    #[test]
    fn category_is_most_frequent() {
        assert_eq!(tally(5, 2, 1, 0, 0, 0).category(), Some(Class::A));
        assert_eq!(tally(1, 2, 1, 7, 0, 0).category(), Some(Class::I));
        assert_eq!(tally(1, 1, 1, 1, 6, 0).category(), Some(Class::R));
        assert_eq!(tally(0, 0, 0, 0, 0, 2).category(), Some(Class::Q));
        assert_eq!(Tally::default().category(), None);
    }

    #[test]
    fn ties_break_m_o_a_i_r_q() {
        assert_eq!(tally(3, 3, 3, 3, 3, 3).category(), Some(Class::M));
        assert_eq!(tally(3, 3, 0, 3, 3, 3).category(), Some(Class::O));
        assert_eq!(tally(3, 0, 0, 3, 3, 3).category(), Some(Class::A));
        assert_eq!(tally(0, 0, 0, 3, 3, 3).category(), Some(Class::I));
        assert_eq!(tally(0, 0, 0, 0, 3, 3).category(), Some(Class::R));
        // A tie below the maximum does not matter.
        assert_eq!(tally(4, 2, 2, 0, 0, 0).category(), Some(Class::A));
        assert_eq!(tally(2, 2, 1, 4, 0, 0).category(), Some(Class::I));
    }

    #[test]
    fn better_and_worse_hand_computed() {
        // A 6, O 4, M 8, I 2 (R 3, Q 1 left out): base 20.
        let t = tally(6, 4, 8, 2, 3, 1);
        assert_eq!(t.total(), 24);
        assert_eq!(t.better(), Some(0.5)); // (6 + 4) / 20
        assert_eq!(t.worse(), Some(-0.6)); // −(4 + 8) / 20
        let t = tally(1, 0, 0, 2, 0, 0);
        assert!((t.better().unwrap() - 1.0 / 3.0).abs() < 1e-15);
        assert_eq!(t.worse(), Some(0.0));
        assert!(t.worse().unwrap().is_sign_positive());
    }

    #[test]
    fn zero_denominators_give_none() {
        assert_eq!(Tally::default().better(), None);
        assert_eq!(Tally::default().worse(), None);
        // Only reverse and questionable answers: nothing to share out.
        let t = tally(0, 0, 0, 0, 4, 2);
        assert_eq!(t.better(), None);
        assert_eq!(t.worse(), None);
        assert_eq!(t.category(), Some(Class::R));
    }

    #[test]
    fn tally_from_answers() {
        let answers = [
            (Like, Dislike),
            (Like, Neutral),
            (Neutral, Dislike),
            (MustBe, Dislike),
            (Like, Like),
        ];
        let t: Tally = answers.iter().map(|&(f, d)| classify(f, d)).collect();
        assert_eq!(t, tally(1, 1, 2, 0, 0, 1));
        assert_eq!(t.category(), Some(Class::M));
        assert_eq!(t.category().map(Class::kano), Some(Kano::MustBe));
        assert_eq!(Class::I.kano(), Kano::Indifferent);
        let zh: Vec<&str> = Class::ALL.iter().map(|c| c.name_zh()).collect();
        assert_eq!(
            zh,
            ["魅力质量", "一元质量", "当然质量", "无差异", "反向", "可疑"]
        );
    }
}
