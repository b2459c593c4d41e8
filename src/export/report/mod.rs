//! The whole workshop in one document: theme, who spoke, the voice of the customer, the deployment
//! table, the planning matrix with its charts, and a traceability appendix. Built once as blocks,
//! then written as HTML (one self-contained file), Markdown or an XLSX workbook.

mod planning;
mod render;
mod sections;
mod trace;
mod words;

use super::xlsx;
use super::{Options, Table};
use crate::model::tree::Tree;
use crate::model::{Project, Source};

pub use render::{to_html, to_markdown, to_xlsx, to_xlsx_noting};
pub use words::{localize_export, name_kano_types};

/// A part of the report.
#[derive(Debug, Clone)]
pub enum Block {
    Heading(String),
    Paragraph(String),
    Table {
        sheet: &'static str,
        table: Table,
    },
    /// A chart: SVG for HTML, text bars for Markdown.
    Chart {
        svg: String,
        text: String,
    },
    /// A table only the workbook and Markdown hold in full; the printed HTML says where it is.
    SheetOnly {
        sheet: &'static str,
        table: Table,
    },
    /// A table only the printed HTML shows: a shorter form of the SheetOnly table before it.
    /// With a `band` column, consecutive rows sharing its value print under one full-width row
    /// holding it, and the column itself is left out.
    Printed {
        table: Table,
        band: Option<usize>,
    },
    /// Short lines under group headings, printed small: the compact appendix of the HTML report.
    Appendix {
        title: String,
        groups: Vec<(String, Vec<Line>)>,
    },
    /// Where a printed report starts a new page (after the first page).
    PageBreak,
    /// Short parts printed side by side, a column each, so that they share a page; Markdown
    /// and the workbook hold them one column after the other.
    Beside(Vec<Vec<Block>>),
    /// A chart only the workbook draws, natively, from the cells of one of its sheets.
    WorkbookChart(xlsx::SheetChart),
    /// A drawing the workbook holds as a picture on a sheet of its own (the HTML report draws
    /// it from the Figure before).
    WorkbookPicture(xlsx::SheetPicture),
    /// A drawing: SVG for HTML; for Markdown its Markdown-ready stand-in (user text escaped),
    /// which may be empty where a table of the same content follows.
    Figure {
        svg: String,
        markdown: String,
    },
}

/// The blocks in reading order, the columns of side-by-side parts one after the other.
pub(crate) fn in_order(blocks: &[Block]) -> Vec<&Block> {
    let mut out = Vec::new();
    for b in blocks {
        match b {
            Block::Beside(columns) => {
                for column in columns {
                    out.extend(in_order(column));
                }
            }
            b => out.push(b),
        }
    }
    out
}

/// One line of the appendix: an id, the text, and who said it.
#[derive(Debug, Clone)]
pub struct Line {
    pub id: String,
    pub text: String,
    pub who: String,
}

/// Report wording in the project's language.
struct Words {
    zh: bool,
}

impl Words {
    fn t(&self, en: &'static str, zh: &'static str) -> &'static str {
        if self.zh { zh } else { en }
    }
}

/// Whether reports and forms are written in Chinese: the project's language when it sets one,
/// else whether its title, theme or scope holds CJK characters.
pub fn is_chinese(project: &Project) -> bool {
    let m = &project.meta;
    if let Some(l) = m.language {
        return l == crate::model::Language::Zh;
    }
    [&m.title, &m.theme, &m.scope]
        .iter()
        .any(|t| t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)))
}

fn source_name(s: Source, w: &Words) -> String {
    use crate::model::QuestionKind as Q;
    let zh = match s {
        Source::Questionnaire(None) => "问卷",
        Source::Questionnaire(Some(Q::Scene)) => "问卷：使用场面",
        Source::Questionnaire(Some(Q::Purchase)) => "问卷：购买关注",
        Source::Questionnaire(Some(Q::Wish)) => "问卷：希望",
        Source::Questionnaire(Some(Q::Trouble)) => "问卷：困扰",
        Source::Interview => "访谈",
        Source::Complaint => "投诉",
        Source::Observation => "观察",
        Source::Internal => "内部信息",
        Source::Simulated => "模拟顾客",
        Source::Other => "其他",
    };
    if w.zh { zh.to_string() } else { s.key() }
}

/// What a report holds besides the project itself.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReportOptions<'a> {
    pub tables: Options,
    /// Chinese or English; the project's own language when not given.
    pub chinese: Option<bool>,
    /// An older version of the project and what to call it, for a "what changed" section.
    pub since: Option<(&'a Project, &'a str)>,
}

pub fn build(project: &Project, options: Options) -> Vec<Block> {
    build_with(
        project,
        ReportOptions {
            tables: options,
            ..ReportOptions::default()
        },
    )
}

pub fn build_with(project: &Project, report: ReportOptions) -> Vec<Block> {
    let options = report.tables;
    let w = Words {
        zh: report.chinese.unwrap_or_else(|| is_chinese(project)),
    };
    let m = &project.meta;
    let mut out = vec![Block::Heading(m.title.clone())];
    // The first page stands alone; the sections after it hold the detail.
    out.extend(super::summary::blocks(project, w.zh));
    if let Some((old, name)) = report.since {
        out.extend(super::changes::blocks(old, project, name, w.zh));
    }

    let tree = Tree::build(project);
    sections::people_and_voice(project, &w, options, &mut out);
    let benchmark = planning::planning(project, &w, options, &tree, &mut out);
    // The benchmark is a tall, narrow chart; the survey results beside it make one page of
    // charts with the Pareto chart above them.
    let survey = sections::survey(project, &w, options);
    match benchmark {
        Some(chart) if !survey.is_empty() => out.push(Block::Beside(vec![vec![chart], survey])),
        chart => {
            out.extend(chart);
            out.extend(survey);
        }
    }
    sections::house(project, &w, options, &mut out);
    trace::trace(project, &w, &tree, &mut out);
    out
}
