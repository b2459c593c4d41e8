//! Numbers as machine-readable exports write them: every digit that means something, none of the
//! binary noise arithmetic leaves behind (7.199999999999999 is written 7.2, 100.00000000000001 as 100).

/// Significant digits an exported number keeps. Inputs come from people and 5-point scales; twelve
/// digits hold all of that and drop the last bits that summing and dividing disturb.
pub const SIGNIFICANT: usize = 12;

/// The value rounded to twelve significant digits; its shortest round-trip text (`Display`, or
/// serde_json's writer) is then the clean decimal. Non-finite values pass through unchanged.
pub fn tidy(v: f64) -> f64 {
    if !v.is_finite() || v == 0.0 {
        return if v == 0.0 { 0.0 } else { v };
    }
    format!("{:.*e}", SIGNIFICANT - 1, v).parse().unwrap_or(v)
}

/// The text a CSV cell holds for a number.
pub fn text(v: f64) -> String {
    tidy(v).to_string()
}

/// A JSON value with every float rounded as [`tidy`] rounds it; whole numbers stay integers.
pub fn tidy_json(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Number(n) if n.is_f64() => n
            .as_f64()
            .and_then(|v| serde_json::Number::from_f64(tidy(v)))
            .map_or(Value::Number(n), Value::Number),
        Value::Array(a) => Value::Array(a.into_iter().map(tidy_json).collect()),
        Value::Object(o) => Value::Object(o.into_iter().map(|(k, v)| (k, tidy_json(v))).collect()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_noise_is_dropped_and_real_digits_kept() {
        assert_eq!(text(7.199999999999999), "7.2");
        assert_eq!(text(100.00000000000001), "100");
        assert_eq!(text(0.1 + 0.2), "0.3");
        assert_eq!(text(-0.0), "0");
        assert_eq!(text(1.0 / 3.0), "0.333333333333");
        assert_eq!(text(123456.789), "123456.789");
        assert_eq!(text(1e-7), "0.0000001");
        assert_eq!(text(4.5), "4.5");
        assert!(tidy(f64::NAN).is_nan());
    }

    #[test]
    fn the_text_reads_back_to_the_rounded_value() {
        for v in [
            7.199999999999999,
            2.0 / 3.0,
            1234.5678901234567,
            1e21,
            5e-324,
        ] {
            let t = text(v);
            assert_eq!(t.parse::<f64>().unwrap(), tidy(v), "{v} -> {t}");
        }
    }
}
