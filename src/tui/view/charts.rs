//! Charts of the Planning step, drawn with block characters so they read on any terminal and
//! without colour: the Pareto chart of relative weights with the cumulative line, and the
//! benchmark chart of us, each competitor and the target per quality.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::theme;
use crate::tui::app::{App, Derived};
use crate::tui::strings::{S, fill};
use crate::tui::widgets::{fit, pad};

const EIGHTHS: [&str; 9] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"];

fn put(buf: &mut Buffer, x: u16, y: u16, s: &str, style: Style) {
    if let Some(cell) = buf.cell_mut((x, y)) {
        cell.set_symbol(s).set_style(style);
    }
}

/// The Pareto chart: bars of relative weight, heaviest first, and the cumulative percentage as
/// a line of points on the right-hand axis (0–100 %), with the 80 % level marked.
pub fn pareto(app: &App, d: &Derived, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let ranked = d.matrix.by_weight();
    if ranked.is_empty() {
        frame.render_widget(Line::styled(app.t(S::NoWeights), t.dim()), area);
        return;
    }
    let wide = area.width >= 120;
    let (chart_area, list_area) = if wide {
        let [a, b] = Layout::horizontal([Constraint::Min(40), Constraint::Length(56)]).areas(area);
        (a, Some(b))
    } else {
        let [a, b] = Layout::vertical([Constraint::Min(6), Constraint::Length(2)]).areas(area);
        (a, Some(b))
    };
    let [plot_rows, axis_row, label_row] = Layout::vertical([
        Constraint::Min(3),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(chart_area);
    let left_w = 6u16;
    let right_w = 6u16;
    let plot = Rect::new(
        plot_rows.x + left_w,
        plot_rows.y,
        plot_rows.width.saturating_sub(left_w + right_w),
        plot_rows.height,
    );
    if plot.width < 4 || plot.height < 2 {
        return;
    }
    // Bars two cells wide with a gap where there is room, else one cell with a gap, else
    // as many one-cell bars as fit.
    let n = ranked.len();
    let (bw, gap) = if n * 3 <= plot.width as usize {
        (2, 1)
    } else if n * 2 <= plot.width as usize {
        (1, 1)
    } else {
        (1, 0)
    };
    let shown = n.min(plot.width as usize / (bw + gap));
    let top = ranked[0].relative.unwrap_or(0.0);
    // The left axis runs to the heaviest weight rounded up to 5 %.
    let max = ((top / 5.0).ceil() * 5.0).max(5.0);
    let h = plot.height as usize;
    let buf = frame.buffer_mut();
    let bar_style = t.fg_of(Color::Cyan);
    let line_style = t.accent();
    let y_of = |pct: f64| -> usize {
        // Row from the top for a cumulative percentage.
        let r = (pct / 100.0 * (h as f64 - 1.0)).round() as usize;
        h - 1 - r.min(h - 1)
    };
    // The 80 % level.
    let y80 = plot.y + y_of(80.0) as u16;
    for x in plot.x..plot.x + plot.width {
        put(buf, x, y80, "┄", t.dim());
    }
    let mut prev: Option<(u16, usize)> = None;
    for (k, row) in ranked.iter().take(shown).enumerate() {
        let x = plot.x + (k * (bw + gap)) as u16;
        let v = row.relative.unwrap_or(0.0);
        let eighths = (v / max * (h * 8) as f64).round() as usize;
        for level in 0..h {
            let filled = eighths.saturating_sub(level * 8).min(8);
            if filled == 0 {
                continue;
            }
            let y = plot.y + (h - 1 - level) as u16;
            for dx in 0..bw as u16 {
                put(buf, x + dx, y, EIGHTHS[filled], bar_style);
            }
        }
        let cum = row.cumulative.unwrap_or(0.0);
        let cy = y_of(cum);
        // Join the points: fill the rows between this point and the previous one.
        if let Some((px, py)) = prev {
            let mid = px + (x - px) / 2;
            let (a, b) = if py < cy { (py, cy) } else { (cy, py) };
            for yy in a..=b {
                if yy != py && yy != cy {
                    put(buf, mid, plot.y + yy as u16, "│", line_style);
                }
            }
        }
        put(buf, x, plot.y + cy as u16, "●", line_style);
        prev = Some((x, cy));
    }
    // Axes: weight on the left, cumulative on the right.
    let label = |buf: &mut Buffer, x: u16, y: u16, s: &str, w: u16| {
        let s = format!("{s:>w$}", w = w as usize);
        buf.set_string(x, y, s, t.dim());
    };
    label(buf, plot_rows.x, plot.y, &format!("{max:.0}%"), left_w - 1);
    label(
        buf,
        plot_rows.x,
        plot.y + plot.height / 2,
        &format!("{:.0}%", max / 2.0),
        left_w - 1,
    );
    label(buf, plot_rows.x, plot.y + plot.height - 1, "0", left_w - 1);
    let rx = plot.x + plot.width + 1;
    buf.set_string(rx, plot.y, "100%", line_style);
    buf.set_string(rx, y80, "80%", t.dim());
    for y in plot.y..plot.y + plot.height {
        put(buf, plot.x - 1, y, "│", t.dim());
    }
    buf.set_string(
        plot.x - 1,
        axis_row.y,
        format!("└{}", "─".repeat(plot.width as usize)),
        t.dim(),
    );
    // Rank numbers under the bars (every one that fits).
    let mut next_free = plot.x;
    for k in 0..shown {
        let x = plot.x + (k * (bw + gap)) as u16;
        let s = (k + 1).to_string();
        if x >= next_free && x + s.len() as u16 <= plot.x + plot.width {
            buf.set_string(x, label_row.y, &s, t.dim());
            next_free = x + s.len() as u16 + 1;
        }
    }
    // The legend: which quality each rank is, with its weight and the running total.
    let more = n - shown;
    if let Some(list) = list_area {
        // How many of the heaviest qualities it takes to reach 80 % of the weight.
        let to80 = ranked
            .iter()
            .position(|r| r.cumulative.unwrap_or(0.0) >= 80.0 - 1e-9)
            .map_or(n, |i| i + 1);
        let key = format!(
            "{} · {}",
            fill(app.t(S::ParetoEighty), &[&to80, &n]),
            fill(app.t(S::ParetoKey), &[&"█", &"●"])
        );
        if wide {
            let mut lines = vec![Line::styled(fit(&key, list.width as usize), t.dim())];
            for (k, row) in ranked.iter().enumerate().take(list.height as usize - 1) {
                let text = app
                    .project
                    .qualities
                    .get(row.quality)
                    .map(|q| q.text.clone())
                    .unwrap_or_default();
                let head = format!(
                    "{:>2} {:<4} {:>5.1} {:>5.1} ",
                    k + 1,
                    row.quality.to_string(),
                    row.relative.unwrap_or(0.0),
                    row.cumulative.unwrap_or(0.0)
                );
                let rest = (list.width as usize).saturating_sub(head.width());
                lines.push(Line::from(vec![
                    Span::styled(head, t.id()),
                    Span::raw(fit(&text, rest)),
                ]));
            }
            frame.render_widget(ratatui::widgets::Paragraph::new(lines), list);
        } else {
            let ids: Vec<String> = ranked
                .iter()
                .take(shown)
                .enumerate()
                .map(|(k, r)| format!("{}={}", k + 1, r.quality))
                .collect();
            let mut first = ids.join(" ");
            if more > 0 {
                first.push_str(&format!(" (+{more})"));
            }
            let lines = vec![
                Line::styled(fit(&first, list.width as usize), t.id()),
                Line::styled(fit(&key, list.width as usize), t.dim()),
            ];
            frame.render_widget(ratatui::widgets::Paragraph::new(lines), list);
        }
    }
}

/// A marker of the benchmark chart: its symbol and colour.
fn markers(app: &App, d: &Derived) -> Vec<(String, String, Style)> {
    let t = theme(app);
    let palette = [Color::Blue, Color::Yellow, Color::Cyan, Color::Red];
    let mut out = vec![(
        "U".to_string(),
        app.t(S::Us).to_string(),
        t.fg_of(Color::Green).add_modifier(Modifier::BOLD),
    )];
    for (k, c) in d.competitors.iter().enumerate() {
        let name = app
            .project
            .competitors
            .get(*c)
            .map_or_else(|| c.to_string(), |x| x.name.clone());
        let sym = if k < 9 {
            (k + 1).to_string()
        } else {
            "+".into()
        };
        out.push((sym, name, t.fg_of(palette[k % palette.len()])));
    }
    out.push(("T".into(), app.t(S::ColTarget).to_string(), t.accent()));
    out
}

/// The benchmark chart: one line per quality, the rating scale across, a marker for us, each
/// competitor and the target (side by side where they meet); the span from us to the target is
/// drawn as a line.
pub fn benchmark(app: &App, d: &Derived, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let marks = markers(app, d);
    // The legend: the markers, then the line and how equal values show; on two lines when one
    // is too narrow for it.
    let mut names = Vec::new();
    for (sym, name, style) in &marks {
        names.push(Span::styled(sym.clone(), *style));
        names.push(Span::raw(format!(" {name}  ")));
    }
    let key = Span::styled(
        format!("U─T {} · {}", app.t(S::PlannedGain), app.t(S::SideBySide)),
        t.dim(),
    );
    let one_line = names.iter().map(Span::width).sum::<usize>() + key.width();
    let legend_h = if one_line <= area.width as usize {
        1
    } else {
        2
    };
    let [legend, head, body, foot] = Layout::vertical([
        Constraint::Length(legend_h),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    // The selected quality's values in words.
    if let Some(q) = app.plan_quality() {
        let p = d.inputs.get(&q).cloned().unwrap_or_default();
        let v = |x: Option<f64>| x.map_or("–".to_string(), |x| format!("{x:.1}"));
        let mut parts = vec![format!("{q}"), format!("U {}", v(p.current))];
        for (k, c) in d.competitors.iter().enumerate() {
            parts.push(format!(
                "{} {}",
                marks[k + 1].0,
                v(p.competitors.get(c).copied())
            ));
        }
        parts.push(format!("T {}", v(p.target)));
        frame.render_widget(
            Line::styled(fit(&parts.join(" · "), foot.width as usize), t.dim()),
            foot,
        );
    }
    let lines = if legend_h == 1 {
        names.push(key);
        vec![Line::from(names)]
    } else {
        vec![Line::from(names), Line::from(key)]
    };
    frame.render_widget(ratatui::widgets::Paragraph::new(lines), legend);

    let scale = app.project.meta.scale;
    let (lo, hi) = (f64::from(scale.min), f64::from(scale.max));
    let wide = area.width >= 120;
    let label_w = if wide {
        (area.width as usize / 2).min(70)
    } else {
        (area.width as usize * 2 / 5).max(12)
    };
    let plot_x = area.x + label_w as u16 + 1;
    let plot_w = area.width.saturating_sub(label_w as u16 + 2);
    if plot_w < 5 {
        return;
    }
    let x_of = |v: f64| -> u16 {
        let f = ((v - lo) / (hi - lo)).clamp(0.0, 1.0);
        plot_x + (f * f64::from(plot_w - 1)).round() as u16
    };
    let buf = frame.buffer_mut();
    // Scale numbers over the plot.
    for v in scale.min..=scale.max {
        buf.set_string(x_of(f64::from(v)), head.y, v.to_string(), t.dim());
    }
    let sel = app.plan_quality();
    let sel_at = sel.and_then(|q| d.qualities.iter().position(|x| *x == q));
    let range = super::window(d.qualities.len(), sel_at, body.height as usize);
    for (k, i) in range.enumerate() {
        let q = d.qualities[i];
        let y = body.y + k as u16;
        let Some(quality) = app.project.qualities.get(q) else {
            continue;
        };
        let p = d.inputs.get(&q).cloned().unwrap_or_default();
        let style = if Some(q) == sel {
            t.selected(true)
        } else {
            Style::new()
        };
        buf.set_string(
            area.x,
            y,
            pad(&format!("{} {}", q, quality.text), label_w),
            style,
        );
        // The axis with a tick at every scale point.
        for x in plot_x..plot_x + plot_w {
            put(buf, x, y, "·", t.dim());
        }
        for v in scale.min..=scale.max {
            put(buf, x_of(f64::from(v)), y, "┊", t.dim());
        }
        if let (Some(c), Some(tg)) = (p.current, p.target) {
            let (a, b) = (x_of(c.min(tg)), x_of(c.max(tg)));
            for x in a..=b {
                put(buf, x, y, "─", t.accent());
            }
        }
        // Us, each competitor, the target: markers that meet stand side by side around their
        // value rather than one hiding the others.
        let mut wanted: Vec<(u16, usize)> = Vec::new();
        let values = std::iter::once(p.current)
            .chain(d.competitors.iter().map(|c| p.competitors.get(c).copied()))
            .chain(std::iter::once(p.target));
        for (k, v) in values.enumerate() {
            if let Some(v) = v {
                wanted.push((x_of(v), k));
            }
        }
        wanted.sort_by_key(|&(x, k)| (x, k));
        let xs: Vec<u16> = wanted.iter().map(|w| w.0).collect();
        let last = plot_x + plot_w - 1;
        for ((_, k), x) in wanted.iter().zip(spread(&xs, plot_x, last)) {
            let (sym, _, st) = &marks[*k];
            put(buf, x, y, sym, *st);
        }
    }
}

/// Cells for markers wanted at `xs` (sorted), one marker a cell: a run of markers that would
/// share or crowd cells is laid side by side, centred on where they want to be, within lo..=hi.
pub fn spread(xs: &[u16], lo: u16, hi: u16) -> Vec<u16> {
    // Clusters of consecutive markers as (first index, count, first cell).
    let mut clusters: Vec<(usize, usize, i64)> = Vec::new();
    let (lo, hi) = (i64::from(lo), i64::from(hi));
    for (i, &x) in xs.iter().enumerate() {
        clusters.push((i, 1, i64::from(x)));
        // Merge while the new cluster overlaps the one before it, re-centring the merged run.
        while clusters.len() > 1 {
            let (b_start, b_n, b_x) = clusters[clusters.len() - 1];
            let (a_start, a_n, a_x) = clusters[clusters.len() - 2];
            if a_x + a_n as i64 <= b_x {
                break;
            }
            clusters.pop();
            let n = a_n + b_n;
            let sum: i64 = xs[a_start..b_start + b_n]
                .iter()
                .map(|&x| i64::from(x))
                .sum();
            let centre = (sum as f64 / n as f64 - (n as f64 - 1.0) / 2.0).round() as i64;
            *clusters.last_mut().unwrap() = (a_start, n, centre);
        }
    }
    let mut out = Vec::with_capacity(xs.len());
    let mut next = lo;
    for (_, n, x) in clusters {
        // Inside the plot, and never back over the run before.
        let x = x.min(hi - n as i64 + 1).max(next);
        for k in 0..n as i64 {
            out.push((x + k).clamp(lo, hi) as u16);
        }
        next = x + n as i64;
    }
    out
}

impl super::Theme {
    /// A foreground colour, or nothing without colour.
    pub fn fg_of(&self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::spread;

    #[test]
    fn markers_that_meet_stand_side_by_side_within_the_plot() {
        // Apart: unchanged.
        assert_eq!(spread(&[2, 5, 9], 0, 20), [2, 5, 9]);
        // Three on one cell: centred on it.
        assert_eq!(spread(&[10, 10, 10], 0, 20), [9, 10, 11]);
        // A run pushed into a neighbour merges with it and re-centres.
        assert_eq!(spread(&[10, 10, 11], 0, 20), [9, 10, 11]);
        assert_eq!(spread(&[10, 10, 10, 12], 0, 20), [9, 10, 11, 12]);
        // At either edge the run stays inside.
        assert_eq!(spread(&[0, 0, 0], 0, 20), [0, 1, 2]);
        assert_eq!(spread(&[20, 20, 20], 0, 20), [18, 19, 20]);
        assert_eq!(spread(&[], 0, 20), Vec::<u16>::new());
    }
}
