//! The Report step: what to write, in which format, where; then the files written.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::theme;
use crate::export::{Format, TableKind};
use crate::tui::action::Command;
use crate::tui::app::report::{self, Entry, FORMATS};
use crate::tui::app::{App, Mode};
use crate::tui::strings::{S, fill};
use crate::tui::widgets::fit;

fn describe(entry: Entry) -> S {
    match entry {
        Entry::Report => S::ReportFull,
        Entry::Table(TableKind::Voc) => S::ReportTableVoc,
        Entry::Table(TableKind::Items) => S::ReportTableItems,
        Entry::Table(TableKind::Qualities) => S::ReportTableQualities,
        Entry::Table(TableKind::Deployment) => S::ReportTableDeployment,
        Entry::Table(TableKind::Planning) => S::ReportTablePlanning,
        Entry::Table(TableKind::Trace) => S::ReportTableTrace,
        Entry::Table(TableKind::Survey) => S::ReportTableSurvey,
        Entry::Table(TableKind::Kano) => S::ReportTableKano,
        Entry::Table(TableKind::Ahp) => S::ReportTableAhp,
        Entry::Table(TableKind::AhpConsistency) => S::ReportTableAhpConsistency,
        Entry::Table(TableKind::Hoq) => S::ReportTableHoq,
    }
}

fn format_name(f: Format) -> &'static str {
    match f {
        Format::Html => "HTML",
        Format::Xlsx => "XLSX",
        Format::Markdown => "Markdown",
        Format::Csv => "CSV",
        Format::Json => "JSON",
        Format::Dot => "DOT",
    }
}

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let st = &app.report;
    let entries = Entry::all();
    // The list wants its full height; on a short screen its heading and blank line go, and the
    // Files pane keeps at least three rows.
    let wanted = entries.len() as u16 + 7;
    let height = wanted.min(area.height.saturating_sub(4));
    let spacer = height >= wanted;
    let [choices, log] =
        Layout::vertical([Constraint::Length(height), Constraint::Min(3)]).areas(area);
    let width = choices.width.saturating_sub(2) as usize;
    let browsing = matches!(app.mode, Mode::Browse);

    let mut lines = Vec::new();
    if spacer {
        lines.push(Line::styled(app.t(S::ReportWhat), t.accent()));
    }
    for (i, entry) in entries.iter().enumerate() {
        let mark = if st.chosen[i] { "[x]" } else { "[ ]" };
        let name = match entry {
            Entry::Report => app.t(S::StepReport).to_string(),
            Entry::Table(k) => k.name().to_string(),
        };
        let pad = 15usize.saturating_sub(unicode_width::UnicodeWidthStr::width(name.as_str()));
        let text = fit(
            &format!(
                "{mark} {name}{} {}",
                " ".repeat(pad),
                app.t(describe(*entry))
            ),
            width,
        );
        let style = if i == st.cursor {
            t.selected(browsing)
        } else {
            Default::default()
        };
        lines.push(Line::styled(text, style));
    }
    if spacer {
        lines.push(Line::default());
    }
    let mut formats = vec![Span::styled(
        format!("{}: ", app.t(S::ReportFormatLabel)),
        t.dim(),
    )];
    for f in FORMATS {
        let name = format_name(f);
        if f == st.format() {
            formats.push(Span::styled(format!("[{name}]"), t.accent()));
        } else {
            formats.push(Span::raw(format!(" {name} ")));
        }
        formats.push(Span::raw(" "));
    }
    formats.push(Span::styled(
        format!("({})", app.keymap.keys_text(Command::ReportFormat)),
        t.dim(),
    ));
    lines.push(Line::from(formats));
    let folder = report::folder(app).display().to_string();
    lines.push(Line::from(vec![
        Span::styled(format!("{}: ", app.t(S::ReportFolderLabel)), t.dim()),
        Span::raw(fit(&folder, width.saturating_sub(20))),
        Span::styled(
            format!(" ({})", app.keymap.keys_text(Command::ReportFolder)),
            t.dim(),
        ),
    ]));
    let people = if st.include_respondents {
        S::ReportIncluded
    } else {
        S::ReportLeftOut
    };
    lines.push(Line::from(vec![
        Span::styled(format!("{}: ", app.t(S::ReportRespondentsLabel)), t.dim()),
        Span::raw(app.t(people)),
        Span::styled(
            format!(" ({})", app.keymap.keys_text(Command::ReportRespondents)),
            t.dim(),
        ),
    ]));
    let block = Block::bordered().title(Line::styled(
        format!(" {} ", app.t(S::StepReport)),
        t.accent(),
    ));
    frame.render_widget(Paragraph::new(lines).block(block), choices);

    // What will be written, or what was, with progress while writing.
    let mut out = Vec::new();
    if st.busy() {
        let done = st.total - st.jobs.len();
        out.push(Line::styled(
            fill(app.t(S::ReportProgress), &[&(done + 1), &st.total]),
            t.accent(),
        ));
    }
    for w in &st.log {
        let style = if w.error { t.error() } else { t.ok() };
        out.push(Line::styled(fit(&w.text, width), style));
    }
    if st.log.is_empty()
        && !st.busy()
        && st.chosen[0]
        && matches!(st.format(), Format::Csv | Format::Json)
    {
        out.push(Line::styled(fit(app.t(S::ReportAsHtml), width), t.dim()));
    }
    if st.log.is_empty() && !st.busy() {
        for job in report::planned(app) {
            out.push(Line::raw(fit(&format!("→ {}", job.path.display()), width)));
        }
        out.push(Line::styled(
            format!(
                "{} {}",
                app.keymap.keys_text(Command::ReportWrite),
                app.t(S::ActReportWrite)
            ),
            t.dim(),
        ));
    }
    let title = format!(" {} ", app.t(S::ReportFiles));
    frame.render_widget(
        Paragraph::new(out).block(Block::bordered().title(title)),
        log,
    );
}
