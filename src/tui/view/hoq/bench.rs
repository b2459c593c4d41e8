//! The technical benchmark: a row per characteristic with unit, direction, our and each
//! competitor's measured value, target and difficulty, and a small chart that places us (●), the
//! competitors (1, 2, …) and the target (◆) on one line. Markers that would share a cell stand
//! side by side so that none hides another.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::super::{theme, window};
use super::{block, center, right, value};
use crate::method::hoq::chart_positions;
use crate::model::{Characteristic, CompetitorId, Project};
use crate::tui::app::App;
use crate::tui::app::hoq::BenchField;
use crate::tui::strings::S;
use crate::tui::widgets::{fit, pad};

/// Room a chart would like, and the most it takes.
const CHART_WANT: usize = 20;
const CHART_MAX: usize = 40;
/// Widest column of a competitor's values (its marker and name as heading).
const COMPETITOR_MAX: usize = 18;

/// The marker of the k-th competitor in table order: 1–9, then letters.
pub fn competitor_marker(k: usize) -> char {
    if k < 9 {
        char::from(b'1' + k as u8)
    } else {
        char::from(b'a' + ((k - 9) % 26) as u8)
    }
}

/// The chart of one characteristic, `width` cells: a line with a marker for every value there is.
pub fn chart(project: &Project, c: &Characteristic, width: usize) -> Option<String> {
    let mut marks: Vec<(char, f64)> = Vec::new();
    if let Some(v) = c.ours {
        marks.push(('●', v));
    }
    for (k, x) in project.competitors_in_order().iter().enumerate() {
        if let Some(v) = c.competitors.get(&x.id) {
            marks.push((competitor_marker(k), *v));
        }
    }
    if let Some(v) = c.target {
        marks.push(('◆', v));
    }
    if marks.is_empty() {
        return None;
    }
    let values: Vec<f64> = marks.iter().map(|m| m.1).collect();
    let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let at = chart_positions(&values, lo, hi, width)?;
    let mut line = vec!['─'; width];
    for ((m, _), p) in marks.iter().zip(at) {
        line[p] = *m;
    }
    Some(line.into_iter().collect())
}

fn field_value(c: &Characteristic, f: BenchField) -> String {
    match f {
        BenchField::Name => format!("{} {}", c.id, c.name),
        BenchField::Unit => c.unit.clone(),
        BenchField::Direction => c.direction.symbol().to_string(),
        BenchField::Ours => value(c.ours),
        BenchField::Competitor(k) => value(c.competitors.get(&k).copied()),
        BenchField::Target => value(c.target),
        BenchField::Difficulty => c.difficulty.map_or_else(|| "–".into(), |d| d.to_string()),
    }
}

fn header(app: &App, f: BenchField, marker: &dyn Fn(CompetitorId) -> String) -> String {
    match f {
        BenchField::Name => app.t(S::HoqCharacteristic).to_string(),
        BenchField::Unit => app.t(S::HoqUnit).to_string(),
        BenchField::Direction => app.t(S::HoqDirectionShort).to_string(),
        BenchField::Ours => app.t(S::HoqOurs).to_string(),
        BenchField::Competitor(k) => marker(k),
        BenchField::Target => app.t(S::HoqTarget).to_string(),
        BenchField::Difficulty => app.t(S::HoqDifficulty).to_string(),
    }
}

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let p = &app.project;
    let d = app.hoq();
    let cols = d.columns();
    let (_, col_sel) = app.hoq_cursor();
    let fields = crate::tui::app::hoq::bench_fields(p);
    let (field_sel, field) = app.bench_field();
    let block = block(app, S::HoqViewBenchmark);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let comps = p.competitors_in_order();
    let marker = |k: CompetitorId| {
        let i = comps.iter().position(|c| c.id == k).unwrap_or(0);
        let name = comps.get(i).map_or("", |c| c.name.as_str());
        format!("{} {name}", competitor_marker(i))
    };
    let chars: Vec<&Characteristic> = cols
        .iter()
        .filter_map(|c| p.characteristics.get(*c))
        .collect();
    // Each field as wide as its widest value, within limits; the name and the chart share the
    // rest.
    let widths: Vec<usize> = fields
        .iter()
        .map(|f| {
            let values = chars.iter().map(|c| field_value(c, *f).width()).max();
            match f {
                BenchField::Name => 0,
                BenchField::Competitor(_) => values.unwrap_or(0).clamp(6, 8),
                _ => values
                    .unwrap_or(0)
                    .max(header(app, *f, &marker).width())
                    .clamp(2, 8),
            }
        })
        .collect();
    let name_want = chars
        .iter()
        .map(|c| field_value(c, BenchField::Name).width())
        .max()
        .unwrap_or(0)
        .max(app.t(S::HoqCharacteristic).width());
    // On a wide screen the competitors' columns grow to show their names, once the names of the
    // characteristics and a chart of CHART_WANT cells have their room.
    let mut widths = widths;
    let fixed = |w: &[usize]| w.iter().sum::<usize>() + w.len();
    for (i, f) in fields.iter().enumerate() {
        if let BenchField::Competitor(_) = f {
            let want = header(app, *f, &marker).width().min(COMPETITOR_MAX);
            let more = want.saturating_sub(widths[i]);
            if fixed(&widths) + more + name_want + 1 + CHART_WANT <= width {
                widths[i] += more;
            }
        }
    }
    let rest = width.saturating_sub(fixed(&widths));
    let name_w = name_want.min((rest / 2).max(12)).min(rest);
    let chart_w = rest.saturating_sub(name_w + 1).min(CHART_MAX);
    let w = |i: usize| if i == 0 { name_w } else { widths[i] };

    let mut lines: Vec<Line> = Vec::new();
    let detail = match app
        .hoq_characteristic()
        .and_then(|c| p.characteristics.get(c))
    {
        Some(c) => format!(
            "{} {} · {}: {}",
            c.id,
            c.name,
            header(app, field, &marker),
            field_value(c, field)
        ),
        None => app.t(S::HoqNoValues).to_string(),
    };
    lines.push(Line::styled(fit(&detail, width), t.accent()));
    let mut head: Vec<Span> = Vec::new();
    for (i, f) in fields.iter().enumerate() {
        let h = header(app, *f, &marker);
        let s = if i == 0 {
            pad(&h, w(i))
        } else {
            right(&h, w(i))
        };
        head.push(Span::styled(s, t.dim()));
        head.push(Span::raw(" "));
    }
    if chart_w > 0 {
        head.push(Span::styled(pad(app.t(S::HoqChart), chart_w), t.dim()));
    }
    lines.push(Line::from(head));

    let legend_h = 1;
    let body_h = (inner.height as usize).saturating_sub(lines.len() + legend_h);
    for j in window(chars.len(), col_sel, body_h) {
        let c = chars[j];
        let on_row = Some(j) == col_sel;
        let mut spans: Vec<Span> = Vec::new();
        for (i, f) in fields.iter().enumerate() {
            let v = field_value(c, *f);
            let s = match f {
                BenchField::Name => pad(&v, w(i)),
                BenchField::Unit | BenchField::Direction => center(&v, w(i)),
                _ => right(&v, w(i)),
            };
            let style = if on_row && i == field_sel {
                t.selected(true)
            } else if on_row {
                Style::new().add_modifier(Modifier::BOLD)
            } else {
                Style::new()
            };
            spans.push(Span::styled(s, style));
            spans.push(Span::raw(" "));
        }
        if chart_w > 0 {
            let s = chart(p, c, chart_w)
                .map(Span::raw)
                .unwrap_or_else(|| Span::styled(fit(app.t(S::HoqNoValues), chart_w), t.dim()));
            spans.push(s);
        }
        lines.push(Line::from(spans));
    }
    let legend_at = (inner.height as usize).saturating_sub(legend_h);
    while lines.len() < legend_at {
        lines.push(Line::default());
    }
    let mut legend = app.t(S::HoqLegend).to_string();
    for (k, c) in comps.iter().enumerate() {
        legend.push_str(&format!(" {} {}", competitor_marker(k), c.name));
    }
    lines.push(Line::styled(fit(&legend, width), t.dim()));
    lines.truncate(inner.height as usize);
    frame.render_widget(Paragraph::new(lines), inner);
}
