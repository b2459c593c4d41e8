//! Charts as inline SVG, so a report is one self-contained file that prints sharply.

use super::html::escape;

pub(super) const FONT: &str =
    "font-family=\"system-ui,'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif\"";
/// Colours that stay apart in print and for common colour-vision deficiencies.
pub(super) const PALETTE: [&str; 6] = [
    "#1f5fa8", "#d9711c", "#2e8b57", "#8e44ad", "#b03a2e", "#7f8c8d",
];

/// A bar per item in descending order with the cumulative percentage as a line (a Pareto chart).
/// `bars` are (label, percent).
pub fn pareto(title: &str, bars: &[(String, f64)]) -> String {
    let n = bars.len().max(1);
    let (left, top, bottom, right) = (48.0, 36.0, 110.0, 48.0);
    let bar_w = (640.0 / n as f64).clamp(10.0, 48.0);
    let width = left + right + bar_w * n as f64;
    let height = 300.0;
    let plot_h = height - top - bottom;
    let max = bars.iter().map(|b| b.1).fold(0.0, f64::max).max(1e-9);
    let y = |v: f64| top + plot_h * (1.0 - v / max);
    let yc = |v: f64| top + plot_h * (1.0 - v / 100.0);
    let mut s = header(width, height, title);
    axis(&mut s, left, top, plot_h, width - right);
    let mut running = 0.0;
    let mut points = Vec::new();
    for (i, (label, v)) in bars.iter().enumerate() {
        let x = left + bar_w * i as f64;
        s.push_str(&format!(
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{}\"><title>{}: {:.1}%</title></rect>\n",
            x + 2.0,
            y(*v),
            bar_w - 4.0,
            top + plot_h - y(*v),
            PALETTE[0],
            escape(label),
            v
        ));
        s.push_str(&format!(
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"end\" transform=\"rotate(-60 {:.1} {:.1})\" {FONT}>{}</text>\n",
            x + bar_w / 2.0,
            top + plot_h + 12.0,
            x + bar_w / 2.0,
            top + plot_h + 12.0,
            escape(label)
        ));
        running += v;
        points.push(format!(
            "{:.1},{:.1}",
            x + bar_w / 2.0,
            yc(running.min(100.0))
        ));
    }
    s.push_str(&format!(
        "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"/>\n",
        points.join(" "),
        PALETTE[1]
    ));
    for (v, label) in [
        (0.0, "0"),
        (max / 2.0, &format!("{:.0}%", max / 2.0)[..]),
        (max, &format!("{max:.0}%")[..]),
    ] {
        s.push_str(&format!(
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"end\" {FONT}>{}</text>\n",
            left - 4.0,
            y(v) + 3.0,
            label
        ));
    }
    for v in [50.0, 100.0] {
        s.push_str(&format!(
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" fill=\"{}\" {FONT}>{v:.0}%</text>\n",
            width - right + 4.0,
            yc(v) + 3.0,
            PALETTE[1]
        ));
    }
    s.push_str("</svg>\n");
    s
}

/// The classic QFD comparison plot: one row per quality, the rating scale across, a line per
/// product (us, each competitor, the target) joining its ratings; markers of equal value on a
/// row are stacked so every one shows.
pub fn benchmark(
    title: &str,
    scale: (f64, f64),
    rows: &[String],
    series: &[(String, Vec<Option<f64>>)],
) -> String {
    let legend_rows = series.len().div_ceil(4).max(1);
    let (left, top, right) = (260.0, 36.0 + 16.0 * legend_rows as f64, 24.0);
    let row_h = 22.0;
    let plot_w = 360.0;
    let width = left + plot_w + right;
    let height = top + row_h * rows.len().max(1) as f64 + 20.0;
    let (lo, hi) = scale;
    let span = (hi - lo).max(1e-9);
    let x = |v: f64| left + plot_w * (v - lo) / span;
    let y = |i: usize| top + row_h * (i as f64 + 0.5);
    let mut s = header(width, height, title);
    // Legend.
    for (k, (name, _)) in series.iter().enumerate() {
        let lx = 12.0 + 150.0 * (k % 4) as f64;
        let ly = 34.0 + 16.0 * (k / 4) as f64;
        s.push_str(&format!(
            "<rect x=\"{lx:.1}\" y=\"{:.1}\" width=\"12\" height=\"4\" fill=\"{}\"/><text x=\"{:.1}\" y=\"{ly:.1}\" font-size=\"11\" {FONT}>{}</text>\n",
            ly - 4.0,
            PALETTE[k % PALETTE.len()],
            lx + 16.0,
            escape(&truncate(name, 22))
        ));
    }
    let steps = (hi - lo).round() as i64;
    for t in 0..=steps.max(1) {
        let v = lo + t as f64 * span / steps.max(1) as f64;
        s.push_str(&format!(
            "<line x1=\"{0:.1}\" y1=\"{1:.1}\" x2=\"{0:.1}\" y2=\"{2:.1}\" stroke=\"#ddd\"/><text x=\"{0:.1}\" y=\"{3:.1}\" font-size=\"10\" text-anchor=\"middle\" {FONT}>{4}</text>\n",
            x(v),
            top,
            top + row_h * rows.len() as f64,
            top + row_h * rows.len() as f64 + 12.0,
            v
        ));
    }
    for (i, label) in rows.iter().enumerate() {
        s.push_str(&format!(
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"end\" {FONT}>{}</text>\n",
            left - 8.0,
            y(i) + 4.0,
            escape(&truncate(label, 40))
        ));
    }
    for (k, (name, values)) in series.iter().enumerate() {
        let colour = PALETTE[k % PALETTE.len()];
        let pts: Vec<String> = values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| v.map(|v| format!("{:.1},{:.1}", x(v), y(i))))
            .collect();
        let dash = if k == series.len() - 1 {
            " stroke-dasharray=\"5 3\""
        } else {
            ""
        };
        s.push_str(&format!("<polyline points=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\"{dash}/>\n", pts.join(" ")));
        for (i, v) in values.iter().enumerate() {
            if let Some(v) = v {
                // Markers of one value on one row stand one above the other, centred on the
                // row, so none hides another; the lines still join the values themselves.
                let same: Vec<usize> = (0..series.len())
                    .filter(|&o| series[o].1.get(i).copied().flatten() == Some(*v))
                    .collect();
                let at = same.iter().position(|&o| o == k).unwrap_or(0) as f64;
                let m = same.len() as f64;
                let gap = if m > 1.0 {
                    ((row_h - 8.0) / (m - 1.0)).min(7.0)
                } else {
                    0.0
                };
                s.push_str(&format!(
                    "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3\" fill=\"{colour}\"><title>{}: {v}</title></circle>\n",
                    x(*v),
                    y(i) + (at - (m - 1.0) / 2.0) * gap,
                    escape(name)
                ));
            }
        }
    }
    s.push_str("</svg>\n");
    s
}

pub(super) fn header(width: f64, height: f64, title: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width:.0} {height:.0}\" width=\"{width:.0}\" height=\"{height:.0}\" role=\"img\" aria-label=\"{t}\">\n<text x=\"12\" y=\"18\" font-size=\"13\" font-weight=\"600\" {FONT}>{t}</text>\n",
        t = escape(title)
    )
}

fn axis(s: &mut String, left: f64, top: f64, plot_h: f64, right_x: f64) {
    s.push_str(&format!(
        "<line x1=\"{left:.1}\" y1=\"{top:.1}\" x2=\"{left:.1}\" y2=\"{b:.1}\" stroke=\"#888\"/><line x1=\"{left:.1}\" y1=\"{b:.1}\" x2=\"{right_x:.1}\" y2=\"{b:.1}\" stroke=\"#888\"/>\n",
        b = top + plot_h
    ));
}

/// Cuts text to `max` characters with an ellipsis.
pub(super) fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut t: String = text.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}

/// Terminal cells a text takes (Chinese characters take two); the measure of text width in charts.
pub(super) fn cells(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// The width in pixels of text at a font size: a cell is a little over half an em, so a Chinese
/// character (two cells) takes a full em and Latin letters about half.
pub(super) fn text_width(text: &str, size: f64) -> f64 {
    cells(text) as f64 * size * 0.56
}

/// Cuts text to at most `max` cells, with an ellipsis when something was cut.
pub(super) fn fit(text: &str, max: usize) -> String {
    if cells(text) <= max {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > max {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// A number as charts label it: at most `decimals` decimals, trailing zeros dropped.
pub(super) fn short_number(v: f64, decimals: usize) -> String {
    let t = format!("{v:.decimals$}");
    let t = if t.contains('.') {
        t.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        t
    };
    if t == "-0" { "0".into() } else { t }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_takes_twice_the_width_and_fits_by_cells() {
        assert_eq!(text_width("水温", 10.0), text_width("abcd", 10.0));
        assert_eq!(fit("洗澡时水温忽冷忽热", 9), "洗澡时水…");
        assert!(cells(&fit("洗澡时水温忽冷忽热", 9)) <= 9);
        assert_eq!(fit("short", 9), "short");
        assert_eq!(short_number(12.50, 2), "12.5");
        assert_eq!(short_number(3.0, 1), "3");
        assert_eq!(short_number(-0.01, 1), "0");
    }

    /// The (cx, cy) of every marker of a series, read back from the SVG.
    fn markers(svg: &str, name: &str) -> Vec<(f64, f64)> {
        svg.lines()
            .filter(|l| l.starts_with("<circle") && l.contains(&format!("<title>{name}:")))
            .map(|l| {
                let attr = |a: &str| {
                    let from = l.find(&format!("{a}=\"")).unwrap() + a.len() + 2;
                    l[from..from + l[from..].find('"').unwrap()]
                        .parse::<f64>()
                        .unwrap()
                };
                (attr("cx"), attr("cy"))
            })
            .collect()
    }

    #[test]
    fn benchmark_markers_of_equal_value_all_show() {
        let rows = ["Q1 a".to_string(), "Q2 b".to_string()];
        let series = vec![
            ("us".to_string(), vec![Some(4.0), Some(3.0)]),
            ("Helio".to_string(), vec![Some(4.0), Some(2.0)]),
            ("Beacon".to_string(), vec![Some(2.5), Some(4.0)]),
            ("target".to_string(), vec![Some(4.0), Some(4.5)]),
        ];
        let svg = benchmark("b", (1.0, 5.0), &rows, &series);
        let first: Vec<(f64, f64)> = ["us", "Helio", "target"]
            .iter()
            .map(|n| markers(&svg, n)[0])
            .collect();
        // The same value: the same x, but no marker hides another.
        assert!(first.iter().all(|p| p.0 == first[0].0));
        for (i, a) in first.iter().enumerate() {
            for b in &first[i + 1..] {
                assert!((a.1 - b.1).abs() >= 4.0, "{first:?}");
            }
        }
        // Stacked around the row's line; a marker alone on its value stays on it.
        let centre = first.iter().map(|p| p.1).sum::<f64>() / 3.0;
        assert_eq!(markers(&svg, "Beacon")[0].1, centre);
    }
}
