//! Numbers typed by people: in a cell of a spreadsheet, an answer of a survey, a field of the
//! screens. A decimal point always works; a decimal comma only where it cannot be a thousands
//! separator. Anything else is refused with the reason, never read as some other number.

/// Reads a number as a person wrote it: `4`, `4.5`, `-0.25`, `1e3`, or `3,5` with a decimal
/// comma. Refused, saying why: empty text, `1,000` or `4,000` (one comma and exactly three digits
/// after it may separate thousands), `1,000,000` and `1,000.5` (thousands separators), and
/// anything that is not a finite number.
pub fn parse_number(text: &str) -> Result<f64, String> {
    let t = text.trim();
    if t.is_empty() {
        return Err("the number is empty".into());
    }
    let commas = t.matches(',').count();
    let plain = if commas == 0 {
        t.to_string()
    } else if commas > 1 || t.contains('.') {
        return Err(format!(
            "'{t}' has thousands separators; write the number without them, like {}",
            t.replace(',', "")
        ));
    } else {
        let (whole, fraction) = t.split_once(',').expect("one comma");
        if fraction.is_empty() || !fraction.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!("'{t}' is not a number"));
        }
        if fraction.len() == 3 && fraction.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!(
                "'{t}' is ambiguous: the comma may separate thousands ({whole}{fraction}) or \
                 decimals ({whole}.{fraction}); write it with a decimal point or without the comma"
            ));
        }
        format!("{whole}.{fraction}")
    };
    // Rust also reads "inf" and "NaN"; only finite numbers are values.
    match plain.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(v),
        _ => Err(format!("'{t}' is not a number")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_numbers_and_an_unambiguous_decimal_comma_are_read() {
        assert_eq!(parse_number("4"), Ok(4.0));
        assert_eq!(parse_number(" 4.5 "), Ok(4.5));
        assert_eq!(parse_number("-0.25"), Ok(-0.25));
        assert_eq!(parse_number("3,5"), Ok(3.5));
        assert_eq!(parse_number("4,25"), Ok(4.25));
        assert_eq!(parse_number("0,3333"), Ok(0.3333));
        assert_eq!(parse_number("1000"), Ok(1000.0));
        assert_eq!(parse_number("1.000"), Ok(1.0));
        assert_eq!(parse_number("1e3"), Ok(1000.0));
    }

    #[test]
    fn thousands_separators_and_ambiguous_commas_are_refused_with_the_reason() {
        for t in ["1,000", "4,000", "-2,500"] {
            let e = parse_number(t).unwrap_err();
            assert!(e.contains("ambiguous"), "{t}: {e}");
        }
        for t in ["1,000,000", "1,000.5", "1.000,5"] {
            let e = parse_number(t).unwrap_err();
            assert!(e.contains("thousands separators"), "{t}: {e}");
        }
        for t in ["", "lots", "inf", "NaN", "4,", ",", "3 5", "1,2,"] {
            assert!(parse_number(t).is_err(), "{t}");
        }
    }
}
