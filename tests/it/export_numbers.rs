//! Numbers written as JSON and CSV carry the digits they mean, not binary floating-point noise.

use std::fs;

use crate::export_support::{export, sample_project};
use crate::{Scratch, gemba, parse_csv};

/// Significant digits of a number as written (leading zeros and the exponent do not count).
fn significant_digits(text: &str) -> usize {
    let mantissa = text.split(['e', 'E']).next().unwrap_or("");
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_start_matches('0');
    // Trailing zeros of an integer are magnitude, not precision.
    let digits = if mantissa.contains('.') {
        digits
    } else {
        digits.trim_end_matches('0')
    };
    digits.len()
}

#[test]
fn csv_and_json_of_the_samples_carry_no_float_noise() {
    let mut numbers = 0;
    for sample in ["bike-light.en.ron", "water-heater.zh.ron"] {
        let p = sample_project(sample);
        for table in [
            "voc",
            "items",
            "qualities",
            "deployment",
            "planning",
            "survey",
            "kano",
            "ahp",
            "ahp-consistency",
            "hoq",
        ] {
            let (_, rows) = parse_csv(&export(&p, table, "csv"));
            for cell in rows.iter().flatten() {
                if cell.parse::<f64>().is_ok() {
                    numbers += 1;
                    assert!(significant_digits(cell) <= 12, "{sample} {table}: {cell}");
                }
            }
            let json: serde_json::Value = serde_json::from_str(&export(&p, table, "json")).unwrap();
            for row in json["rows"].as_array().unwrap() {
                for v in row.as_object().unwrap().values() {
                    if let Some(n) = v.as_number() {
                        let t = n.to_string();
                        assert!(significant_digits(&t) <= 12, "{sample} {table} json: {t}");
                    }
                }
            }
        }
    }
    // The samples have planning matrices full of computed weights; the check saw them.
    assert!(numbers > 100, "{numbers}");
}

/// Every number of a JSON text with the digits it is written with.
fn json_numbers(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Number(n) => out.push(n.to_string()),
        serde_json::Value::Array(a) => a.iter().for_each(|v| json_numbers(v, out)),
        serde_json::Value::Object(o) => o.values().for_each(|v| json_numbers(v, out)),
        _ => {}
    }
}

#[test]
fn suggest_and_diff_json_carry_no_float_noise() {
    let s = Scratch::new();
    let sample = sample_project("bike-light.en.ron");
    let remarks = s.write(
        "r.csv",
        "text\nbattery dies in cold\nbattery dies in the cold weather\nlight too dim at night\n\
         light is dim at night\nmount breaks\n",
    );
    let suggest = gemba()
        .arg("suggest")
        .arg("--csv")
        .arg(&remarks)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(suggest.status.success());
    // A changed importance moves every weight: derived numbers full of binary noise.
    let text = fs::read_to_string(&sample).unwrap();
    let changed = s.write(
        "changed.ron",
        &text.replacen("importance: 4.7,", "importance: 3.3,", 1),
    );
    let diff = gemba()
        .arg("diff")
        .arg(&sample)
        .arg(&changed)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(diff.status.success());
    for out in [suggest.stdout, diff.stdout] {
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        let mut numbers = Vec::new();
        json_numbers(&v, &mut numbers);
        assert!(numbers.iter().any(|n| n.contains('.')), "{numbers:?}");
        let noisy: Vec<&String> = numbers
            .iter()
            .filter(|n| significant_digits(n) > 12)
            .collect();
        assert!(noisy.is_empty(), "{noisy:?}");
    }
}
