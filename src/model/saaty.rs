//! Saaty's 1/9 … 9 judgement scale and his random-index (RI) table.
//!
//! The model checks judgements against the scale; `method::ahp` computes with both.

/// Saaty's random consistency index RI for n = 1…10 (index n − 1).
pub const SAATY_RI: [f64; 10] = [0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49];

/// Names the RI table in use, so a project can record which one its CR values rest on
/// (other published tables differ in the second decimal).
pub const RI_TABLE_NAME: &str = "Saaty 1980";

/// Smallest and largest judgement on Saaty's scale.
pub const SCALE_MIN: f64 = 1.0 / 9.0;
pub const SCALE_MAX: f64 = 9.0;

/// Typed decimals such as 0.333 or 0.111 stand for 1/3 and 1/9: accept values this close.
pub const SLACK: f64 = 5e-3;

/// Whether a judgement lies on Saaty's scale 1/9 … 9 (typed decimals such as 0.111 allowed).
pub fn on_scale(v: f64) -> bool {
    v.is_finite() && (SCALE_MIN * (1.0 - SLACK)..=SCALE_MAX * (1.0 + SLACK)).contains(&v)
}
