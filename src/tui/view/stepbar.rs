//! The step bar: every workflow step with its digit, the current one highlighted.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::theme;
use crate::tui::app::{App, Step};
use crate::tui::strings::S;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let build = |short: bool| {
        let mut spans = Vec::new();
        for (i, step) in Step::ALL.iter().enumerate() {
            let name = match (step, short) {
                (Step::Hoq, true) => app.t(S::StepHoqShort),
                _ => app.t(step.title()),
            };
            let text = format!(" {} {name} ", i + 1);
            let style = if *step == app.step {
                t.bar().patch(t.accent())
            } else if i >= 3 {
                t.dim()
            } else {
                Default::default()
            };
            spans.push(Span::styled(text, style));
        }
        Line::from(spans)
    };
    let mut line = build(false);
    if line.width() > area.width as usize {
        line = build(true);
    }
    frame.render_widget(line, area);
}
