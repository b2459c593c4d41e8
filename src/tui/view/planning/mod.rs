//! The Planning step: the planning matrix as an editable table, and the overlays for competitors
//! and target helpers. The charts, Kano and AHP views are in their own modules.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::{Theme, theme};
use crate::method::planning::Gap;
use crate::method::targets;
use crate::model::{Planning, QualityId};
use crate::tui::app::{App, Col, Derived, Mode, PlanMode, PlanRow, PlanView};
use crate::tui::strings::{S, fill};
use crate::tui::widgets::columns::{self, Bound};
use crate::tui::widgets::{fit, pad};

mod keys;
mod overlays;

pub use keys::{key_list, mode_keys};
pub use overlays::draw_modal;

/// The fewest cells the quality text keeps before value columns scroll out of view.
const TEXT_MIN: usize = 30;

/// Draws the body of the Planning step.
pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let d = app.plan();
    let t = theme(app);
    let view = app.plan.view;
    let mut title = format!(
        " {} · {} · {} ",
        app.t(S::StepPlanning),
        app.t(view.title()),
        source_text(app)
    );
    if view == PlanView::Table {
        let order = if app.plan.by_weight {
            S::OrderWeight
        } else {
            S::OrderTree
        };
        title.push_str(&format!("· {} ", app.t(order)));
        if !app.plan.marked.is_empty() {
            title.push_str(&format!(
                "· {} ",
                fill(app.t(S::MarkedCount), &[&app.plan.marked.len()])
            ));
        }
    }
    let block = Block::bordered()
        .border_style(t.accent())
        .title(Line::styled(fit(&title, area.width as usize), t.accent()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    if d.matrix.rows.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled(app.t(S::NoPlanningRows), t.dim()))
                .wrap(Wrap { trim: true }),
            inner,
        );
        return;
    }
    match view {
        PlanView::Table => table(app, &d, frame, inner),
        PlanView::Pareto => super::charts::pareto(app, &d, frame, inner),
        PlanView::Benchmark => super::charts::benchmark(app, &d, frame, inner),
        PlanView::Kano => super::kano::draw(app, &d, frame, inner),
        PlanView::Ahp => super::ahp::draw(app, &d, frame, inner),
    }
}

/// "importance: direct ratings", in the UI language, and the satisfaction source when it is
/// not the direct ratings.
pub fn source_text(app: &App) -> String {
    let meta = &app.project.meta;
    let mut s = fill(
        app.t(S::ImportanceSourceIs),
        &[&app.t(crate::tui::app::source_name(meta.importance))],
    );
    if !meta.satisfaction.is_direct() {
        s.push_str(" · ");
        s.push_str(&fill(
            app.t(S::SatisfactionSourceIs),
            &[&app.t(crate::tui::app::satisfaction_name(meta.satisfaction))],
        ));
    }
    s
}

fn num(v: Option<f64>, decimals: usize) -> String {
    match v {
        Some(v) => format!("{v:.decimals$}"),
        None => "?".into(),
    }
}

/// The short header of a column, or its narrow form (for narrow screens; the line under the
/// table names the selected column in full).
fn header(app: &App, col: Col, narrow: bool) -> String {
    let s = match (col, narrow) {
        (Col::Competitor(c), _) => {
            return app
                .project
                .competitors
                .get(c)
                .map_or_else(|| c.to_string(), |x| x.name.clone());
        }
        (Col::Importance, false) => S::HdImportance,
        (Col::Importance, true) => S::HnImportance,
        (Col::Current, false) => S::HdCurrent,
        (Col::Current, true) => S::HnCurrent,
        (Col::Target, false) => S::HdTarget,
        (Col::Target, true) => S::HnTarget,
        (Col::Ratio, false) => S::HdRatio,
        (Col::Ratio, true) => S::HnRatio,
        (Col::SalesPoint, false) => S::HdSalesPoint,
        (Col::SalesPoint, true) => S::HnSalesPoint,
        (Col::Absolute, false) => S::HdAbsolute,
        (Col::Absolute, true) => S::HnAbsolute,
        (Col::Relative, false) => S::HdRelative,
        (Col::Relative, true) => S::HnRelative,
        (Col::Cumulative, false) => S::HdCumulative,
        (Col::Cumulative, true) => S::HnCumulative,
    };
    app.t(s).into()
}

/// The text of one cell of a quality row, and whether it is a warning (we trail the best
/// competitor) or a gap (a value the row needs is missing).
fn cell(d: &Derived, q: QualityId, col: Col, p: &Planning) -> (String, Mark) {
    let row = d.matrix.row(q);
    let gap = |g: Gap| row.is_some_and(|r| r.gaps.contains(&g));
    let rating = |v: Option<f64>, g: Option<Gap>| {
        let missing = g.is_some_and(gap);
        (num(v, 1), if missing { Mark::Gap } else { Mark::None })
    };
    match col {
        Col::Importance => {
            let (s, m) = rating(p.importance, Some(Gap::NoImportance));
            // AHP priorities are percentages; show them with the one decimal they need.
            (s, m)
        }
        Col::Current => {
            if targets::trails_best(p) {
                (format!("{}<", num(p.current, 1)), Mark::Behind)
            } else if gap(Gap::CurrentZero) {
                (num(p.current, 1), Mark::Gap)
            } else {
                rating(p.current, Some(Gap::NoCurrent))
            }
        }
        Col::Competitor(c) => match p.competitors.get(&c) {
            Some(v) => (format!("{v:.1}"), Mark::None),
            None => ("–".into(), Mark::None),
        },
        Col::Target => rating(p.target, Some(Gap::NoTarget)),
        Col::Ratio => (
            row.and_then(|r| r.ratio)
                .map_or("–".into(), |v| format!("{v:.2}")),
            Mark::None,
        ),
        Col::SalesPoint => (p.sales_point.symbol(), Mark::None),
        Col::Absolute => (
            row.and_then(|r| r.absolute)
                .map_or("–".into(), |v| format!("{v:.2}")),
            Mark::None,
        ),
        Col::Relative => (
            row.and_then(|r| r.relative)
                .map_or("–".into(), |v| format!("{v:.1}")),
            Mark::None,
        ),
        Col::Cumulative => (
            row.and_then(|r| r.cumulative)
                .map_or("–".into(), |v| format!("{v:.1}")),
            Mark::None,
        ),
    }
}

/// The text cut to `width` cells and aligned right (by cells: Chinese is two wide).
fn right(text: &str, width: usize) -> String {
    let s = fit(text, width);
    format!("{}{s}", " ".repeat(width.saturating_sub(s.width())))
}

/// The group totals shown on a heading row: absolute and relative weight.
fn group_cell(d: &Derived, id: crate::model::GroupId, col: Col) -> String {
    let w = d.matrix.groups.get(&id).copied().unwrap_or_default();
    match col {
        Col::Absolute if w.leaves > 0 => format!("{:.2}", w.absolute),
        Col::Relative if w.leaves > 0 => format!("{:.1}", w.relative),
        _ => String::new(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    None,
    Behind,
    Gap,
}

fn mark_style(t: Theme, m: Mark) -> Style {
    match m {
        Mark::None => Style::new(),
        Mark::Behind => t.warn().add_modifier(Modifier::BOLD),
        Mark::Gap => t.error(),
    }
}

/// The planning table: headings with group totals, quality rows, the selected cell, the
/// cell being typed; only the rows on screen are built.
fn table(app: &App, d: &Derived, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let [head, body, detail] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(2),
    ])
    .areas(area);
    let cols = d.columns();
    let sel_col = app.plan.col.min(cols.len() - 1);
    let sel_q = app.plan_quality();
    let editing = match &app.mode {
        Mode::Plan(PlanMode::Cell {
            quality,
            col,
            field,
            ..
        }) => Some((*quality, *col, field)),
        _ => None,
    };

    // Rows on screen: a window over the lines that keeps the selection in view.
    let sel_line = sel_q.and_then(|q| {
        d.rows
            .iter()
            .position(|r| matches!(r, PlanRow::Quality { id, .. } if *id == q))
    });
    let range = super::window(d.rows.len(), sel_line, body.height as usize);

    // Column widths shared out by what the columns hold (widgets::columns): numbers exactly as
    // wide as their widest value on screen or their header, competitor names as much of the
    // name as fits (up to a share of the width), the quality text the rest, down to a useful
    // minimum below which the value columns scroll. When the full headers would make them
    // scroll, the narrow ones are used.
    let values_w = |c: Col| {
        let mut w = 0;
        for line in &d.rows[range.clone()] {
            match line {
                PlanRow::Quality { id, .. } => {
                    if let Some(p) = d.inputs.get(id) {
                        w = w.max(cell(d, *id, c, p).0.width());
                    }
                }
                PlanRow::Group { id, .. } => w = w.max(group_cell(d, *id, c).width()),
                PlanRow::Unplaced => {}
            }
        }
        w.max(3)
    };
    let label_w = d.rows[range.clone()]
        .iter()
        .map(|line| match line {
            PlanRow::Quality { id, depth } => {
                let text = app
                    .project
                    .qualities
                    .get(*id)
                    .map_or("", |q| q.text.as_str());
                let lead = if app.plan.by_weight { 3 } else { 2 * depth };
                lead + format!("{id} {text}").width()
            }
            PlanRow::Group { id, depth } => {
                let title = app.project.groups.get(*id).map_or("", |g| g.title.as_str());
                let number = d.numbers.get(&crate::model::tree::Node::Group(*id));
                2 * depth + number.map_or(0, |n| n.width()) + 1 + title.width()
            }
            PlanRow::Unplaced => app.t(S::Unplaced).width(),
        })
        .max()
        .unwrap_or(0)
        .max(app.t(S::HdQuality).width() + 3);
    let total = (area.width as usize).saturating_sub(2);
    // The text keeps TEXT_MIN cells; names are whole before it grows past that.
    let text = Bound::soft(label_w.min(TEXT_MIN), label_w, None);
    let values: Vec<usize> = cols.iter().map(|&c| values_w(c)).collect();
    let bounds_for = |narrow: bool| -> Vec<Bound> {
        cols.iter()
            .zip(&values)
            .map(|(&c, &v)| {
                let h = header(app, c, narrow).width();
                match c {
                    Col::Competitor(_) => Bound::soft(v.max(h.min(6)), v.max(h), Some(0.15)),
                    _ => Bound::Hard(v.max(h)),
                }
            })
            .collect()
    };
    let mut narrow = false;
    let mut bounds = bounds_for(false);
    let mut shown = columns::window(&[text], &bounds, sel_col, total, 1);
    if shown.len() < cols.len() {
        narrow = true;
        bounds = bounds_for(true);
        shown = columns::window(&[text], &bounds, sel_col, total, 1);
    }
    let first = shown.start;
    let mut all = vec![text];
    all.extend_from_slice(&bounds[shown.clone()]);
    let shared = columns::widths(&all, total, 1);
    let text_w = shared[0];
    let mut widths = vec![0; cols.len()];
    for (i, w) in shown.clone().zip(&shared[1..]) {
        widths[i] = *w;
    }

    // Header.
    // Arrows say that more columns lie to the left or right.
    let more = match (first > 0, shown.end < cols.len()) {
        (true, true) => " ←→",
        (true, false) => " ←",
        (false, true) => " →",
        (false, false) => "",
    };
    let mut spans = vec![Span::styled(
        pad(&format!("  {}{more}", app.t(S::HdQuality)), text_w + 2),
        t.accent(),
    )];
    for i in shown.clone() {
        // A name cut after a word ends "Helio…", not "Helio …".
        let h = fit(&header(app, cols[i], narrow), widths[i]).replace(" …", "…");
        let style = if i == sel_col {
            t.accent().add_modifier(Modifier::UNDERLINED)
        } else {
            t.accent()
        };
        spans.push(Span::raw(" "));
        spans.push(Span::styled(right(&h, widths[i]), style));
    }
    frame.render_widget(Line::from(spans), head);

    let mut edit_at = None;
    for (k, i) in range.enumerate() {
        let y = body.y + k as u16;
        let r = Rect::new(body.x, y, body.width, 1);
        let line = match d.rows[i] {
            PlanRow::Group { id, depth } => {
                let title = app
                    .project
                    .groups
                    .get(id)
                    .map(|g| g.title.clone())
                    .unwrap_or_default();
                let number = d
                    .numbers
                    .get(&crate::model::tree::Node::Group(id))
                    .cloned()
                    .unwrap_or_default();
                let text = format!("{}{number} {title}", "  ".repeat(depth));
                let mut spans = vec![Span::styled(
                    pad(&format!("  {text}"), text_w + 2),
                    t.accent(),
                )];
                for c in shown.clone() {
                    let s = group_cell(d, id, cols[c]);
                    spans.push(Span::styled(
                        format!(" {}", right(&s, widths[c])),
                        t.accent(),
                    ));
                }
                Line::from(spans)
            }
            PlanRow::Unplaced => Line::styled(
                pad(&format!("  {}", app.t(S::Unplaced)), body.width as usize),
                t.dim(),
            ),
            PlanRow::Quality { id, depth } => {
                let Some(q) = app.project.qualities.get(id) else {
                    continue;
                };
                let p = d.inputs.get(&id).cloned().unwrap_or_default();
                let row = d.matrix.row(id);
                let incomplete = row.is_some_and(|r| !r.is_complete());
                let behind = targets::trails_best(&p);
                let marked = app.plan.marked.contains(&id);
                let selected = sel_q == Some(id);
                let flag = if incomplete {
                    Span::styled("?", t.error())
                } else if behind {
                    Span::styled("!", t.warn())
                } else {
                    Span::raw(" ")
                };
                let lead = if app.plan.by_weight {
                    row.and_then(|r| r.rank)
                        .map_or("  ".into(), |r| format!("{r:>2} "))
                } else {
                    "  ".repeat(depth)
                };
                let mut spans = vec![
                    Span::styled(if marked { "+" } else { " " }, t.accent()),
                    flag,
                    Span::raw(pad(&format!("{lead}{} {}", q.id, q.text), text_w)),
                ];
                for c in shown.clone() {
                    let col = cols[c];
                    let w = widths[c];
                    spans.push(Span::raw(" "));
                    if let Some((eq, ecol, field)) = editing
                        && eq == id
                        && ecol == col
                    {
                        let x = r.x + spans.iter().map(|s| s.width() as u16).sum::<u16>();
                        edit_at = Some((Rect::new(x, y, w as u16, 1).intersection(r), field));
                        spans.push(Span::raw(" ".repeat(w)));
                        continue;
                    }
                    let (s, m) = cell(d, id, col, &p);
                    let mut style = mark_style(t, m);
                    if col == Col::Relative
                        || col == Col::Cumulative
                        || col == Col::Absolute
                        || col == Col::Ratio
                    {
                        style = style.patch(t.dim().remove_modifier(Modifier::DIM));
                    }
                    if selected && c == sel_col {
                        style = style.add_modifier(Modifier::REVERSED);
                    }
                    spans.push(Span::styled(right(&s, w), style));
                }
                let mut line = Line::from(spans);
                if selected {
                    line = line.patch_style(Style::new().add_modifier(Modifier::BOLD));
                }
                line
            }
        };
        frame.render_widget(line, r);
        if let Some((fr, field)) = edit_at.take() {
            let style = t.accent().add_modifier(Modifier::UNDERLINED);
            if let Some(pos) = field.render(fr, frame.buffer_mut(), style) {
                frame.set_cursor_position(pos);
            }
        }
    }

    // The selected row explained, and the legend.
    let mut lines = Vec::new();
    if let Some(q) = sel_q.and_then(|q| app.project.qualities.get(q)) {
        let mut s = format!("{} {}", q.id, q.text);
        let col = cols[sel_col];
        s.push_str(&format!(" · {}", header_long(app, col)));
        // A value taken from the survey: its mean with the number of answers and the spread.
        let meta = &app.project.meta;
        let question = match col {
            Col::Importance if meta.importance == crate::model::ImportanceSource::Survey => {
                Some(crate::model::Question::Importance)
            }
            Col::Current if !meta.satisfaction.is_direct() => {
                Some(crate::model::Question::Satisfaction)
            }
            Col::Competitor(c) if !meta.satisfaction.is_direct() => {
                Some(crate::model::Question::Competitor(c))
            }
            _ => None,
        };
        if let Some(stat) = question.and_then(|qn| d.survey.stat(q.id, qn)) {
            let f = |v: Option<f64>| v.map_or("–".to_string(), |v| format!("{v:.2}"));
            s.push_str(&format!(
                " · {}",
                fill(app.t(S::SurveyStat), &[&f(stat.mean), &stat.n, &f(stat.sd)])
            ));
        }
        if let Some(r) = d.matrix.row(q.id)
            && !r.is_complete()
        {
            let gaps: Vec<&str> = r.gaps.iter().map(|g| app.t(gap_text(*g))).collect();
            s.push_str(&format!(" · ? {}", gaps.join(", ")));
        }
        lines.push(Line::raw(fit(&s, detail.width as usize)));
    }
    lines.push(Line::styled(
        fit(
            &fill(
                app.t(S::PlanLegend),
                &[&app.project.meta.scale.min, &app.project.meta.scale.max],
            ),
            detail.width as usize,
        ),
        t.dim(),
    ));
    frame.render_widget(Paragraph::new(lines), detail);
}

/// The long name of a column, for the line under the table.
fn header_long(app: &App, col: Col) -> String {
    match col {
        Col::Importance => app.t(S::ColImportance).into(),
        Col::Current => app.t(S::ColCurrent).into(),
        Col::Competitor(c) => app
            .project
            .competitors
            .get(c)
            .map_or_else(|| c.to_string(), |x| format!("{} {}", x.id, x.name)),
        Col::Target => app.t(S::ColTarget).into(),
        Col::Ratio => app.t(S::ColRatio).into(),
        Col::SalesPoint => app.t(S::ColSalesPoint).into(),
        Col::Absolute => app.t(S::ColAbsolute).into(),
        Col::Relative => app.t(S::ColRelative).into(),
        Col::Cumulative => app.t(S::ColCumulative).into(),
    }
}

fn gap_text(g: Gap) -> S {
    match g {
        Gap::NoImportance => S::GapImportance,
        Gap::NoCurrent => S::GapCurrent,
        Gap::CurrentZero => S::GapCurrentZero,
        Gap::NoTarget => S::GapTarget,
    }
}
