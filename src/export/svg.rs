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
    // The labels stand at 60° under the bars: the room below is as deep as the longest one
    // needs, so short ids leave the chart low and it prints wide.
    let longest = bars
        .iter()
        .map(|(l, _)| text_width(l, 10.0))
        .fold(0.0, f64::max);
    let bottom = (24.0 + longest * 0.87).clamp(36.0, 110.0);
    let (left, top, right) = (48.0, 36.0, 48.0);
    let bar_w = (640.0 / n as f64).clamp(10.0, 48.0);
    let width = left + right + bar_w * n as f64;
    let plot_h = 154.0;
    let height = top + plot_h + bottom;
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
/// row are stacked so every one shows. Drawn tall and narrow, to print in half a page's width
/// beside the survey results: a label takes up to two lines of its row.
pub fn benchmark(
    title: &str,
    scale: (f64, f64),
    rows: &[String],
    series: &[(String, Vec<Option<f64>>)],
) -> String {
    const FONT_SIZE: f64 = 12.0;
    const LABEL_CELLS: usize = 34;
    let (plot_w, right) = (220.0, 16.0);
    let left = text_width(&"x".repeat(LABEL_CELLS), FONT_SIZE) + 12.0;
    let width = left + plot_w + right;
    let legend_w = 148.0;
    let per_row = (((width - 12.0) / legend_w).floor() as usize).max(1);
    let legend_rows = series.len().div_ceil(per_row).max(1);
    let top = 36.0 + 16.0 * legend_rows as f64;
    let row_h = 28.0;
    let height = top + row_h * rows.len().max(1) as f64 + 20.0;
    let (lo, hi) = scale;
    let span = (hi - lo).max(1e-9);
    let x = |v: f64| left + plot_w * (v - lo) / span;
    let y = |i: usize| top + row_h * (i as f64 + 0.5);
    let mut s = header(width, height, title);
    // Legend.
    for (k, (name, _)) in series.iter().enumerate() {
        let lx = 12.0 + legend_w * (k % per_row) as f64;
        let ly = 34.0 + 16.0 * (k / per_row) as f64;
        s.push_str(&format!(
            "<rect x=\"{lx:.1}\" y=\"{:.1}\" width=\"12\" height=\"4\" fill=\"{}\"/><text x=\"{:.1}\" y=\"{ly:.1}\" font-size=\"11\" {FONT}>{}</text>\n",
            ly - 4.0,
            PALETTE[k % PALETTE.len()],
            lx + 16.0,
            escape(&truncate(name, 20))
        ));
    }
    let steps = (hi - lo).round() as i64;
    for t in 0..=steps.max(1) {
        let v = lo + t as f64 * span / steps.max(1) as f64;
        s.push_str(&format!(
            "<line x1=\"{0:.1}\" y1=\"{1:.1}\" x2=\"{0:.1}\" y2=\"{2:.1}\" stroke=\"#ddd\"/><text x=\"{0:.1}\" y=\"{3:.1}\" font-size=\"11\" text-anchor=\"middle\" {FONT}>{4}</text>\n",
            x(v),
            top,
            top + row_h * rows.len() as f64,
            top + row_h * rows.len() as f64 + 13.0,
            v
        ));
    }
    for (i, label) in rows.iter().enumerate() {
        let lines = label_lines(label, LABEL_CELLS);
        // Two lines a little apart, so that Chinese characters do not touch.
        let line_h = FONT_SIZE * 1.15;
        let first = y(i) + 4.0 - (lines.len() as f64 - 1.0) * line_h / 2.0;
        for (k, line) in lines.iter().enumerate() {
            s.push_str(&format!(
                "<text class=\"row-label\" x=\"{:.1}\" y=\"{:.1}\" font-size=\"{FONT_SIZE}\" text-anchor=\"end\" {FONT}>{}</text>\n",
                left - 8.0,
                first + k as f64 * line_h,
                escape(line)
            ));
        }
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

/// A label in at most two lines of `cells`, the second cut with an ellipsis where more was left.
pub(super) fn label_lines(label: &str, cells: usize) -> Vec<String> {
    let lines = super::affinity::wrap(label, cells);
    if lines.len() <= 2 {
        return lines;
    }
    // The rest of the text after the first line, cut to fit the second.
    let rest = label.get(lines[0].len()..).unwrap_or("").trim_start();
    vec![lines[0].clone(), fit(rest, cells)]
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

    /// The benchmark prints in half a page's width: a long label takes two lines of its row,
    /// the second cut with an ellipsis, and no line is wider than the room left of the plot.
    #[test]
    fn benchmark_labels_wrap_into_two_lines_at_most() {
        let rows = [
            "Q1 The beam lights the road far ahead at commuting speed, even in fog and rain"
                .to_string(),
            "Q2 短".to_string(),
            "Q3 两处同时用水时淋浴水温依然平稳而且不会忽冷忽热".to_string(),
        ];
        let series = vec![("us".to_string(), vec![Some(3.0), Some(4.0), Some(2.0)])];
        let svg = benchmark("b", (1.0, 5.0), &rows, &series);
        let labels: Vec<&str> = svg
            .lines()
            .filter(|l| l.contains("class=\"row-label\""))
            .map(|l| &l[l.find('>').unwrap() + 1..l.find("</text>").unwrap()])
            .collect();
        assert_eq!(labels.len(), 5, "{labels:?}");
        assert_eq!(labels[0], "Q1 The beam lights the road far");
        assert!(labels[1].starts_with("ahead at") && labels[1].ends_with('…'));
        assert_eq!(labels[2], "Q2 短");
        assert!(labels.iter().all(|l| cells(l) <= 34), "{labels:?}");
        let width: f64 = svg[svg.find("width=\"").unwrap() + 7..]
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert!(width < 480.0, "{width}");
    }

    #[test]
    fn the_pareto_chart_is_as_deep_as_its_labels_need() {
        let ids: Vec<(String, f64)> = (1..=28).map(|i| (format!("Q{i}"), 3.0)).collect();
        let long: Vec<(String, f64)> = (1..=28)
            .map(|i| (format!("Q{i} a long label for the bar"), 3.0))
            .collect();
        let height = |svg: &str| -> f64 {
            svg[svg.find("height=\"").unwrap() + 8..]
                .split('"')
                .next()
                .unwrap()
                .parse()
                .unwrap()
        };
        let (short, tall) = (height(&pareto("p", &ids)), height(&pareto("p", &long)));
        assert!(short < 240.0, "{short}");
        assert!(tall > short, "{tall} {short}");
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
