//! The status line (project, step, counts, unsaved state, filter) and, below it, the latest
//! message or the keys that matter on this screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{entry_keys, theme};
use crate::tui::app::{App, Mode, Step};
use crate::tui::strings::{S, fill};
use crate::tui::widgets::fit;

pub fn draw(app: &App, frame: &mut Frame, status: Rect, keys: Rect) {
    let t = theme(app);
    let file = app
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let p = &app.project;
    // The file, the step and the flags matter more than the title, so the title gives way first.
    // The step bar above already marks the step; a narrow screen gives its room to what next.
    let mut suffix = if status.width >= 120 {
        format!(" · {} · {}", file, app.t(app.step.title()))
    } else {
        format!(" · {file}")
    };
    if app.is_dirty() {
        suffix.push_str(&format!(" [{}]", app.t(S::Unsaved)));
    }
    if app.read_only {
        suffix.push_str(&format!(" [{}]", app.t(S::ReadOnlyTag)));
    }
    let counts = format!(
        "{} {} · {} {} · {} {} ",
        app.t(S::LabelRemarks),
        p.remarks.len(),
        app.t(S::LabelItems),
        p.items.len(),
        app.t(S::LabelQualities),
        p.qualities.len()
    );
    // What to do next matters more than the counts; a wide screen shows both.
    let mut right = match super::next::line(app) {
        Some(next) if status.width >= 140 => format!("→ {next} · {counts}"),
        Some(next) => format!("→ {next} "),
        None => counts,
    };
    let filter = app.filter(app.step);
    if !filter.is_empty() {
        right = format!("{} · {right}", fill(app.t(S::FilterActive), &[&filter]));
    }
    let width = status.width as usize;
    let sw = unicode_width::UnicodeWidthStr::width(suffix.as_str());
    // The right side may take all but the file, step and flags; the title gives way first.
    let rw = unicode_width::UnicodeWidthStr::width(right.as_str())
        .min(width.saturating_sub(sw).max(width / 2));
    let right = fit(&right, rw);
    // One blank cell always separates the two halves.
    let lw = width.saturating_sub(rw + 1);
    // A title cut to a few cells says nothing: then it gives way entirely.
    let room = lw.saturating_sub(sw + 1);
    let title = if room >= 8 || unicode_width::UnicodeWidthStr::width(p.meta.title.as_str()) <= room
    {
        fit(&p.meta.title, room)
    } else {
        String::new()
    };
    let left = if title.is_empty() {
        fit(&format!(" {}", suffix.trim_start_matches(" · ")), lw)
    } else {
        fit(&format!(" {title}{suffix}"), lw)
    };
    let line = Line::from(vec![
        Span::raw(crate::tui::widgets::pad(&left, lw + 1)),
        Span::raw(right),
    ])
    .style(t.bar());
    frame.render_widget(line, status);

    let line = match &app.status {
        Some(s) if s.error => Line::styled(fit(&s.text, keys.width as usize), t.error()),
        Some(s) => Line::styled(fit(&s.text, keys.width as usize), t.ok()),
        None => {
            let hint = match &app.mode {
                Mode::Input(inp) => {
                    let mut s = app.t(entry_keys(inp)).to_string();
                    if app.step == Step::Qualities
                        && matches!(
                            inp.target,
                            crate::tui::app::Target::NewQuality(_)
                                | crate::tui::app::Target::EditQuality(_)
                        )
                    {
                        s.push_str(" · ");
                        s.push_str(app.t(S::HintKeys));
                    }
                    s
                }
                Mode::Import(crate::tui::app::importing::ImportDialog::Path(_)) => {
                    app.t(S::ImportPathKeys).to_string()
                }
                Mode::Import(_) => String::new(),
                Mode::Plan(m) => super::planning::mode_keys(app, m),
                Mode::Hoq(crate::tui::app::hoq::HoqMode::Entry { .. }) => {
                    app.t(S::EditKeys).to_string()
                }
                _ => key_hints(app, keys.width as usize),
            };
            Line::styled(fit(&hint, keys.width as usize), t.dim())
        }
    };
    frame.render_widget(line, keys);
}

/// The keys that matter on this step, from the keymap in use.
/// "u undo"-style labels: each command's first key and a short word, for commands with a key.
pub fn key_labels(app: &App, list: &[(crate::tui::action::Command, S)]) -> Vec<String> {
    list.iter()
        .filter_map(|(c, s)| {
            app.keymap
                .keys(*c)
                .first()
                .map(|k| format!("{k} {}", app.t(*s)))
        })
        .collect()
}

/// Whole key labels that fit in `width`, joined by " · ". The help key is always shown (last),
/// and a label is never cut in the middle: those that do not fit are left for the help.
pub fn fit_labels(labels: &[String], help: Option<&str>, width: usize) -> String {
    const SEP: &str = " · ";
    let w = |s: &str| unicode_width::UnicodeWidthStr::width(s);
    let reserve = help.map_or(0, |h| w(h) + w(SEP));
    let mut out = String::new();
    for l in labels {
        let extra = if out.is_empty() { 0 } else { w(SEP) } + w(l);
        if w(&out) + extra + reserve > width {
            break;
        }
        if !out.is_empty() {
            out.push_str(SEP);
        }
        out.push_str(l);
    }
    if let Some(h) = help {
        if !out.is_empty() {
            out.push_str(SEP);
        }
        out.push_str(h);
    }
    out
}

fn key_hints(app: &App, width: usize) -> String {
    use crate::tui::action::Command as C;
    let candidates = app.project.remarks.iter().any(|r| r.candidate);
    let list: &[(C, S)] = match app.step {
        Step::Remarks if !candidates => &[
            (C::Add, S::ShAdd),
            (C::Edit, S::ShEdit),
            (C::Delete, S::ShDelete),
            (C::Source, S::ShSource),
            (C::Respondent, S::ShRespondent),
            (C::Segment, S::ShSegment),
            (C::Scene, S::ShScene),
            (C::Import, S::ShImport),
            (C::Search, S::ShSearch),
            (C::Undo, S::ShUndo),
            (C::Save, S::ShSave),
            (C::Help, S::ShHelp),
            (C::Quit, S::ShQuit),
        ],
        // Candidates waiting: accepting them comes first.
        Step::Remarks => &[
            (C::Accept, S::ShAccept),
            (C::Candidates, S::ShCandidates),
            (C::Edit, S::ShEdit),
            (C::Delete, S::ShDelete),
            (C::Add, S::ShAdd),
            (C::Import, S::ShImport),
            (C::Search, S::ShSearch),
            (C::Undo, S::ShUndo),
            (C::Save, S::ShSave),
            (C::Help, S::ShHelp),
            (C::Quit, S::ShQuit),
        ],
        Step::Items => &[
            (C::Add, S::ShAdd),
            (C::Edit, S::ShEdit),
            (C::Delete, S::ShDelete),
            (C::Link, S::ShLink),
            (C::Unlink, S::ShUnlink),
            (C::Right, S::ShPane),
            (C::Undo, S::ShUndo),
            (C::Save, S::ShSave),
            (C::Help, S::ShHelp),
            (C::Quit, S::ShQuit),
        ],
        Step::Qualities => &[
            (C::Add, S::ShAdd),
            (C::Edit, S::ShEdit),
            (C::Kano, S::ShKano),
            (C::Origin, S::ShOrigin),
            (C::Tags, S::ShTags),
            (C::ApplyHint, S::ShApply),
            (C::DismissHint, S::ShDismiss),
            (C::Right, S::ShPane),
            (C::Undo, S::ShUndo),
            (C::Help, S::ShHelp),
            (C::Quit, S::ShQuit),
        ],
        Step::Affinity => super::affinity::KEY_HINTS,
        Step::Planning => super::planning::key_list(app),
        Step::Hoq => super::hoq::key_list(app),
        Step::Report => &[
            (C::ReportToggle, S::ShChoose),
            (C::ReportFormat, S::ShFormat),
            (C::ReportFolder, S::ShFolder),
            (C::ReportWrite, S::ShWrite),
            (C::Save, S::ShSave),
            (C::Help, S::ShHelp),
            (C::Quit, S::ShQuit),
        ],
    };
    // The help key goes last and always shows; the rest keep their order while they fit.
    let rest: Vec<(C, S)> = list
        .iter()
        .copied()
        .filter(|(c, _)| *c != C::Help)
        .collect();
    let help = key_labels(app, &[(C::Help, S::ShHelp)]);
    fit_labels(
        &key_labels(app, &rest),
        help.first().map(String::as_str),
        width,
    )
}
