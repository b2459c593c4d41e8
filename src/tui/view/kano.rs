//! The Kano view of the Planning step: per quality the A/O/M/I/R/Q counts of the survey, the
//! category, the team's type and Better/Worse, beside the Better/Worse scatter.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::theme;
use crate::method::kano::Class;
use crate::tui::app::{App, Derived};
use crate::tui::strings::{self, Lang, S};
use crate::tui::widgets::{fit, pad};

fn class_name(app: &App, c: Class) -> &'static str {
    match app.lang {
        Lang::En => c.name(),
        Lang::Zh => c.name_zh(),
    }
}

pub fn draw(app: &App, d: &Derived, frame: &mut Frame, area: Rect) {
    let wide = area.width >= 120;
    let (table_area, plot_area) = if wide {
        let [a, b] = Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)])
            .areas(area);
        (a, b)
    } else {
        let h = (area.height / 2).max(6).min(area.height);
        let [a, b] = Layout::vertical([Constraint::Min(3), Constraint::Length(h)]).areas(area);
        (a, b)
    };
    table(app, d, frame, table_area);
    scatter(app, d, frame, plot_area);
}

fn table(app: &App, d: &Derived, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let [head, body, foot] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let type_w = 10;
    let nums = format!(
        "{:>3}{:>3}{:>3}{:>3}{:>3}{:>3} {} {} {:>5} {:>5}",
        "A",
        "O",
        "M",
        "I",
        "R",
        "Q",
        pad(app.t(S::HdKanoCategory), 3),
        pad(app.t(S::HdKanoType), type_w),
        app.t(S::HdBetter),
        app.t(S::HdWorse)
    );
    let nums_w = unicode_width::UnicodeWidthStr::width(nums.as_str());
    let text_w = (area.width as usize).saturating_sub(nums_w + 1);
    frame.render_widget(
        Line::from(vec![
            Span::styled(pad(app.t(S::HdQuality), text_w + 1), t.accent()),
            Span::styled(nums, t.accent()),
        ]),
        head,
    );
    let sel = app.plan_quality();
    let sel_at = sel.and_then(|q| d.qualities.iter().position(|x| *x == q));
    let range = super::window(d.qualities.len(), sel_at, body.height as usize);
    for (k, i) in range.enumerate() {
        let q = d.qualities[i];
        let Some(quality) = app.project.qualities.get(q) else {
            continue;
        };
        let stat = d.survey.kano.get(&q);
        let tally = stat.map(|s| s.tally).unwrap_or_default();
        let cat = stat.and_then(|s| s.category());
        let f = |v: Option<f64>| v.map_or("–".to_string(), |v| format!("{v:.2}"));
        let counts = if tally.total() == 0 {
            format!("{:>18}", "–")
        } else {
            Class::ALL
                .iter()
                .map(|c| format!("{:>3}", tally.count(*c)))
                .collect()
        };
        let team = app.t(strings::kano(quality.kano));
        // The team's type differs from what the survey says: flag it.
        let differs = cat.map(Class::kano).is_some_and(|k| k != quality.kano);
        let line = Line::from(vec![
            Span::raw(pad(&format!("{} {}", q, quality.text), text_w + 1)),
            Span::raw(counts),
            Span::raw(format!(
                " {:<3} ",
                cat.map_or("–".to_string(), |c| c.letter().to_string())
            )),
            Span::styled(
                pad(&format!("{}{team}", if differs { "≠" } else { "" }), type_w),
                if differs { t.warn() } else { Style::new() },
            ),
            Span::raw(format!(" {:>5} {:>5}", f(tally.better()), f(tally.worse()))),
        ]);
        let line = if Some(q) == sel {
            line.patch_style(t.selected(true))
        } else {
            line
        };
        frame.render_widget(line, Rect::new(body.x, body.y + k as u16, body.width, 1));
    }
    let explain = match sel
        .and_then(|q| d.survey.kano.get(&q))
        .and_then(|s| s.category())
    {
        Some(c) => format!("{} {}", c.letter(), class_name(app, c)),
        None => app.t(S::NoKanoAnswers).to_string(),
    };
    frame.render_widget(
        Line::styled(
            fit(
                &format!("{explain} · {}", app.t(S::KanoKeys)),
                foot.width as usize,
            ),
            t.dim(),
        ),
        foot,
    );
}

/// The Better/Worse scatter: x = |Worse|, y = Better, both 0–1, quadrants at 0.5 labelled;
/// each quality is drawn as its id number.
fn scatter(app: &App, d: &Derived, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let block = ratatui::widgets::Block::bordered()
        .border_style(t.dim())
        .title(Line::styled(
            format!(" {} ", app.t(S::KanoScatter)),
            t.accent(),
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.width < 12 || inner.height < 4 {
        return;
    }
    let [plot, axis] = Layout::vertical([Constraint::Min(2), Constraint::Length(1)]).areas(inner);
    let plot = Rect::new(
        plot.x + 4,
        plot.y,
        plot.width.saturating_sub(4),
        plot.height,
    );
    let buf = frame.buffer_mut();
    let (w, h) = (plot.width, plot.height);
    let mx = plot.x + (w - 1) / 2;
    let my = plot.y + (h - 1) / 2;
    for y in plot.y..plot.y + h {
        buf.set_string(mx, y, "┊", t.dim());
    }
    for x in plot.x..plot.x + w {
        buf.set_string(x, my, if x == mx { "┼" } else { "┄" }, t.dim());
    }
    // Axis labels.
    buf.set_string(inner.x, plot.y, "1.0", t.dim());
    buf.set_string(inner.x, my, "0.5", t.dim());
    buf.set_string(inner.x, plot.y + h - 1, "0", t.dim());
    let xlabel = format!("0 ← |{}| → 1", app.t(S::HdWorse));
    buf.set_string(plot.x, axis.y, fit(&xlabel, w as usize), t.dim());
    // Quadrant names: attractive top left, one-dimensional top right, indifferent bottom
    // left, must-be bottom right.
    let label = |c: Class| format!("{} {}", c.letter(), class_name(app, c));
    let half = (w / 2).saturating_sub(1) as usize;
    let style = t.accent().add_modifier(Modifier::DIM);
    buf.set_string(plot.x, plot.y, fit(&label(Class::A), half), style);
    let o = fit(&label(Class::O), half);
    let ow = unicode_width::UnicodeWidthStr::width(o.as_str()) as u16;
    buf.set_string(plot.x + w - ow, plot.y, o, style);
    buf.set_string(plot.x, plot.y + h - 1, fit(&label(Class::I), half), style);
    let m = fit(&label(Class::M), half);
    let mw = unicode_width::UnicodeWidthStr::width(m.as_str()) as u16;
    buf.set_string(plot.x + w - mw, plot.y + h - 1, m, style);
    // Points, the selected one last so it stays on top.
    let sel = app.plan_quality();
    let points: Vec<_> = d
        .qualities
        .iter()
        .filter_map(|q| {
            let tally = d.survey.kano.get(q)?.tally;
            Some((*q, tally.worse()?.abs(), tally.better()?))
        })
        .collect();
    // Qualities on the same spot share one label: the first id and a + for the others; the
    // selected quality is drawn last, on top.
    let mut spots: Vec<((u16, u16), Vec<crate::model::QualityId>)> = Vec::new();
    for (q, x, y) in points {
        let px = plot.x + (x * f64::from(w - 1)).round() as u16;
        let py = plot.y + ((1.0 - y) * f64::from(h - 1)).round() as u16;
        match spots.iter_mut().find(|(p, _)| *p == (px, py)) {
            Some((_, qs)) => qs.push(q),
            None => spots.push(((px, py), vec![q])),
        }
    }
    spots.sort_by_key(|(_, qs)| sel.is_some_and(|s| qs.contains(&s)));
    for ((px, py), qs) in spots {
        let shown = sel.filter(|s| qs.contains(s)).unwrap_or(qs[0]);
        let mut s = shown.0.to_string();
        if qs.len() > 1 {
            s.push('+');
        }
        let px = px.min(plot.x + w - s.len() as u16);
        let style = if Some(shown) == sel {
            t.selected(true)
        } else {
            t.id().add_modifier(Modifier::BOLD)
        };
        buf.set_string(px, py, s, style);
    }
}
