//! The report's blocks as HTML, Markdown and a workbook.

use std::fmt::Write as _;

use super::super::{html, md, xlsx};
use super::Block;

/// One self-contained HTML page: no scripts, no network, charts inline.
pub fn to_html(blocks: &[Block], precision: u8, chinese: bool) -> String {
    let title = blocks.iter().find_map(|b| match b {
        Block::Heading(h) => Some(h.as_str()),
        _ => None,
    });
    let mut page = Page {
        body: String::new(),
        precision,
        first: true,
        new_page: false,
        landscape: false,
    };
    page.blocks(blocks);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n<style>\n{style}{print}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        lang = if chinese { "zh-CN" } else { "en" },
        title = html::escape(title.unwrap_or("gemba")),
        style = html::STYLE,
        print = REPORT_STYLE,
        body = page.body,
    )
}

/// The report's own styles, after the shared ones: how its parts share printed pages.
const REPORT_STYLE: &str = "\
figure{margin:1rem 0;break-inside:avoid}
figure svg{max-width:100%;height:auto}
h2{break-before:auto;border-bottom:1px solid #ccc;padding-bottom:.2rem}
.beside{display:flex;flex-wrap:wrap;gap:6mm;align-items:flex-start}
.beside>div{flex:1 1 18rem;min-width:0}
.appendix{font-size:.85rem}
.appendix h4{margin:.5em 0 .1em;break-after:avoid}
.appendix ul{list-style:none;margin:0;padding:0}
.appendix li{margin:0;padding-left:1.5em;text-indent:-1.5em;break-inside:avoid}
.appendix .who{color:#666}
@media print{.appendix{font-size:7pt;line-height:1.2;column-count:2;column-gap:6mm}.appendix h2{column-span:all}.appendix h4{margin:.3em 0 0}table{font-size:8pt}h2{margin:.8em 0 .3em}h3{margin:.5em 0 .2em}p{break-inside:avoid}table.wide{font-size:7pt;line-height:1.2;margin:.2rem 0}table.wide td,table.wide tr.band th{padding:.05rem .25rem}h2{break-after:avoid}.new-page{break-before:page}.beside{break-inside:avoid}figure svg{max-height:225mm;width:auto}figure{margin:.5rem 0}figure.wide svg{max-height:160mm}figure.chart{margin:.3rem 0}figure.chart svg{max-height:56mm}}
";

/// The HTML body being written, and what the blocks before decided for those after.
struct Page {
    body: String,
    precision: u8,
    first: bool,
    /// A page break is the next heading's (or side-by-side row's) to make: an empty element of
    /// its own, pushed past the foot of a full page by the margin above it, printed a blank page.
    new_page: bool,
    /// The paragraphs that follow a wide table share its landscape pages instead of starting a
    /// portrait page each.
    landscape: bool,
}

impl Page {
    fn blocks(&mut self, blocks: &[Block]) {
        let precision = self.precision;
        for (i, b) in blocks.iter().enumerate() {
            let wide_class = |on: bool| if on { " class=\"wide\"" } else { "" };
            let body = &mut self.body;
            match b {
                Block::Heading(h) if self.first => {
                    let _ = writeln!(body, "<h1>{}</h1>", html::escape(h));
                    self.first = false;
                }
                // A section whose tables are all in the workbook only has no heading in print.
                Block::Heading(_)
                    if blocks[i + 1..]
                        .iter()
                        .find(|b| !matches!(b, Block::SheetOnly { .. }))
                        .is_none_or(|b| matches!(b, Block::Heading(_))) => {}
                Block::Heading(h) => {
                    // A heading goes onto the landscape page of the wide table it introduces;
                    // the change of page would otherwise leave it alone at the foot of the last.
                    let next = blocks[i + 1..]
                        .iter()
                        .find(|b| !matches!(b, Block::SheetOnly { .. }));
                    let wide = match next {
                        Some(Block::Table { table, .. }) => html::prints_wide(table, None),
                        Some(Block::Printed { table, band }) => html::prints_wide(table, *band),
                        _ => false,
                    };
                    let classes: Vec<&str> = [(wide, "wide"), (self.new_page, "new-page")]
                        .into_iter()
                        .filter_map(|(on, name)| on.then_some(name))
                        .collect();
                    self.new_page = false;
                    self.landscape = wide;
                    let class = if classes.is_empty() {
                        String::new()
                    } else {
                        format!(" class=\"{}\"", classes.join(" "))
                    };
                    let _ = writeln!(body, "<h2{class}>{}</h2>", html::escape(h));
                }
                Block::Paragraph(p) => {
                    let _ = writeln!(
                        body,
                        "<p{}>{}</p>",
                        wide_class(self.landscape),
                        html::escape(p)
                    );
                }
                Block::Table { table, .. } | Block::Printed { table, band: None } => {
                    // The caption travels with its table, also onto a landscape page.
                    self.landscape = html::is_wide(table);
                    let class = wide_class(self.landscape);
                    let _ = writeln!(
                        body,
                        "<section{class}>\n<h3>{}</h3>\n{}</section>",
                        html::escape(&table.title),
                        html::table_element(table, precision)
                    );
                }
                Block::Printed {
                    table,
                    band: Some(band),
                } => {
                    self.landscape = html::prints_wide(table, Some(*band));
                    let class = wide_class(self.landscape);
                    let _ = writeln!(
                        body,
                        "<section{class}>\n<h3>{}</h3>\n{}</section>",
                        html::escape(&table.title),
                        html::banded_table_element(table, *band, precision)
                    );
                }
                // A chart is a strip, kept low. It starts the portrait page of charts after a
                // wide table rather than squeezing under the table's end.
                Block::Chart { svg, .. } => {
                    self.landscape = false;
                    let _ = writeln!(body, "<figure class=\"chart\">\n{svg}</figure>");
                }
                Block::Figure { svg, .. } => {
                    let _ = writeln!(
                        body,
                        "<figure{}>\n{svg}</figure>",
                        wide_class(self.landscape)
                    );
                }
                Block::PageBreak => self.new_page = true,
                Block::Beside(columns) => {
                    // The break before goes on the whole row: the columns start the page together.
                    let class = if std::mem::take(&mut self.new_page) {
                        "beside new-page"
                    } else {
                        "beside"
                    };
                    self.landscape = false;
                    let _ = writeln!(body, "<div class=\"{class}\">");
                    for column in columns {
                        self.body.push_str("<div>\n");
                        self.blocks(column);
                        self.body.push_str("</div>\n");
                    }
                    self.body.push_str("</div>\n");
                }
                Block::WorkbookChart(_) | Block::WorkbookPicture(_) => {}
                Block::SheetOnly { .. } => {}
                Block::Appendix { title, groups } => {
                    let _ = writeln!(
                        body,
                        "<section class=\"appendix\">\n<h2>{}</h2>",
                        html::escape(title)
                    );
                    for (heading, lines) in groups {
                        let _ = writeln!(body, "<h4>{}</h4>\n<ul>", html::escape(heading));
                        for l in lines {
                            let who = if l.who.is_empty() {
                                String::new()
                            } else {
                                format!(" <span class=\"who\">{}</span>", html::escape(&l.who))
                            };
                            let _ = writeln!(
                                body,
                                "<li><b>{}</b> {}{who}</li>",
                                html::escape(&l.id),
                                html::escape(&l.text)
                            );
                        }
                        body.push_str("</ul>\n");
                    }
                    body.push_str("</section>\n");
                }
            }
        }
    }
}

/// Markdown that pastes cleanly; charts become text bars.
pub fn to_markdown(blocks: &[Block], precision: u8) -> String {
    let mut out = String::new();
    let mut first = true;
    for b in super::in_order(blocks) {
        match b {
            Block::Heading(h) => {
                let h = md::inline(h);
                let _ = writeln!(out, "{} {h}\n", if first { "#" } else { "##" });
                first = false;
            }
            Block::Paragraph(p) => {
                let _ = writeln!(out, "{}\n", md::inline(p));
            }
            Block::Table { table, .. } | Block::SheetOnly { table, .. } => {
                // The table renderer writes its title as a level-2 heading; a report nests it one deeper.
                let _ = writeln!(out, "#{}", md::render(table, precision));
            }
            Block::Chart { text, .. } => {
                let text = crate::model::printable::without_controls(text);
                let _ = writeln!(out, "```text\n{text}```\n");
            }
            Block::PageBreak => out.push_str("* * *\n\n"),
            // Markdown holds the full tables the appendix and printed forms stand in for.
            Block::Appendix { .. }
            | Block::Printed { .. }
            | Block::WorkbookChart(_)
            | Block::WorkbookPicture(_) => {}
            // Taken apart by `in_order`.
            Block::Beside(_) => {}
            Block::Figure { markdown, .. } => {
                if !markdown.is_empty() {
                    let _ = writeln!(out, "{markdown}");
                }
            }
        }
    }
    out
}

/// A workbook with one sheet per table of the report, and the drawings as pictures.
pub fn to_xlsx(blocks: &[Block], precision: u8) -> Result<Vec<u8>, String> {
    to_xlsx_noting(blocks, precision).map(|w| w.bytes)
}

/// As [`to_xlsx`], also saying which pictures may lack text for want of fonts.
pub fn to_xlsx_noting(blocks: &[Block], precision: u8) -> Result<xlsx::Written, String> {
    let blocks = super::in_order(blocks);
    let sheets: Vec<xlsx::Sheet> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table { sheet, table } | Block::SheetOnly { sheet, table } => {
                Some(xlsx::Sheet::Table(sheet, table))
            }
            Block::WorkbookPicture(p) => Some(xlsx::Sheet::Picture(p)),
            _ => None,
        })
        .collect();
    let charts: Vec<xlsx::SheetChart> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::WorkbookChart(c) => Some(c.clone()),
            _ => None,
        })
        .collect();
    xlsx::render_sheets(&sheets, &charts, precision, None)
}
