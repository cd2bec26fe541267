//! Numbers as text without `core::fmt`'s float machinery, which costs about 10 KB of wasm:
//! a fixed number of decimals with trailing zeros trimmed. Exact for the numbers journeys
//! and drawings hold; magnitudes of 1e15 and more are written as `1.5e20`.

/// `value` rounded to at most `decimals` (0..=6) decimals: `decimal(2.50, 2)` is `"2.5"`,
/// `decimal(-0.04, 1)` is `"0"`, `decimal(0.1 + 0.2, 6)` is `"0.3"`.
pub fn decimal(value: f64, decimals: u32) -> String {
    if value.is_nan() {
        return "NaN".into();
    }
    if value.is_infinite() {
        return if value > 0.0 { "∞" } else { "-∞" }.into();
    }
    let mut decimals = decimals.min(6);
    // Fewer decimals where more would not fit the integer they are counted in (from 1.8e13,
    // a value was written 18446744073709.551615) or be exact.
    while decimals > 0 && value.abs() * 10f64.powi(decimals as i32) >= 9e15 {
        decimals -= 1;
    }
    if value.abs() >= 1e15 {
        let exponent = value.abs().log10().floor() as i32;
        let mantissa = value / 10f64.powi(exponent);
        return format!("{}e{exponent}", decimal(mantissa, 6));
    }
    let unit = 10u64.pow(decimals);
    let scaled = (value.abs() * unit as f64).round() as u64;
    let (whole, fraction) = (scaled / unit, scaled % unit);
    let sign = if value < 0.0 && scaled != 0 { "-" } else { "" };
    if fraction == 0 {
        return format!("{sign}{whole}");
    }
    let digits = format!("{fraction:0width$}", width = decimals as usize);
    format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
}

/// `text`, a number as `decimal` writes it, with its whole part's digits in groups of three
/// and `sep` between them when it has `from` digits or more: `grouped("-12345.5", ",", 4)`
/// is `"-12,345.5"`.
pub fn grouped(text: String, sep: &str, from: usize) -> String {
    let start = text.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
    let digits = text[start..]
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len() - start);
    if digits < from {
        return text;
    }
    let mut out = String::new();
    for (i, c) in text.char_indices() {
        if i > start && i < start + digits && (start + digits - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{decimal, grouped};

    #[test]
    fn groups_the_whole_part_in_threes() {
        let g = |text: &str, from| grouped(text.to_owned(), ",", from);
        assert_eq!(g("999", 4), "999");
        assert_eq!(g("1000", 4), "1,000");
        assert_eq!(g("1000", 5), "1000");
        assert_eq!(g("12345", 5), "12,345");
        assert_eq!(g("-1234567.125", 4), "-1,234,567.125");
        assert_eq!(g("0.0001234", 4), "0.0001234");
        assert_eq!(g("1.5e20", 4), "1.5e20");
        assert_eq!(g("-∞", 4), "-∞");
        assert_eq!(g("NaN", 4), "NaN");
        assert_eq!(grouped("12345,5".to_owned(), ".", 5), "12.345,5");
    }

    #[test]
    fn writes_the_shortest_fixed_form() {
        assert_eq!(decimal(7.0, 6), "7");
        assert_eq!(decimal(-2.0, 6), "-2");
        assert_eq!(decimal(2.5, 6), "2.5");
        assert_eq!(decimal(0.1 + 0.2, 6), "0.3");
        assert_eq!(decimal(-1.25, 6), "-1.25");
        assert_eq!(decimal(0.05, 1), "0.1");
        assert_eq!(decimal(-0.04, 1), "0");
        assert_eq!(decimal(12.346, 2), "12.35");
        assert_eq!(decimal(1234.5678, 1), "1234.6");
        assert_eq!(decimal(0.000001, 6), "0.000001");
        assert_eq!(decimal(0.0000001, 6), "0");
        assert_eq!(decimal(1.5e20, 6), "1.5e20");
        assert_eq!(decimal(-3e15, 6), "-3e15");
        assert_eq!(decimal(2e13 + 0.25, 6), "20000000000000.25");
        assert_eq!(decimal(-123456789012345.6, 6), "-123456789012345.6");
        assert_eq!(decimal(999999999999999.0, 6), "999999999999999");
        assert_eq!(decimal(f64::NAN, 2), "NaN");
    }
}
