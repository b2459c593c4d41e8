//! The report's blocks as HTML, Markdown and a workbook.

use std::fmt::Write as _;

use super::super::table::Table;
use super::super::{html, md, xlsx};
use super::Block;

/// One self-contained HTML page: no scripts, no network, charts inline.
pub fn to_html(blocks: &[Block], precision: u8, chinese: bool) -> String {
    let title = blocks.iter().find_map(|b| match b {
        Block::Heading(h) => Some(h.as_str()),
        _ => None,
    });
    let mut body = String::new();
    let mut first = true;
    // A page break is the next heading's to make: an empty element of its own, pushed past the
    // foot of a full page by the margin above it, printed a blank page.
    let mut new_page = false;
    // The paragraphs and charts that follow a wide table share its landscape pages, where the
    // table's last page has room for them, instead of starting a portrait page each.
    let mut landscape = false;
    for (i, b) in blocks.iter().enumerate() {
        let wide_class = |on: bool| if on { " class=\"wide\"" } else { "" };
        match b {
            Block::Heading(h) if first => {
                let _ = writeln!(body, "<h1>{}</h1>", html::escape(h));
                first = false;
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
                let classes: Vec<&str> = [(wide, "wide"), (new_page, "new-page")]
                    .into_iter()
                    .filter_map(|(on, name)| on.then_some(name))
                    .collect();
                new_page = false;
                landscape = wide;
                let class = if classes.is_empty() {
                    String::new()
                } else {
                    format!(" class=\"{}\"", classes.join(" "))
                };
                let _ = writeln!(body, "<h2{class}>{}</h2>", html::escape(h));
            }
            Block::Paragraph(p) => {
                let _ = writeln!(body, "<p{}>{}</p>", wide_class(landscape), html::escape(p));
            }
            Block::Table { table, .. } | Block::Printed { table, band: None } => {
                // The caption travels with its table, also onto a landscape page.
                landscape = html::is_wide(table);
                let class = wide_class(landscape);
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
                landscape = html::prints_wide(table, Some(*band));
                let class = wide_class(landscape);
                let _ = writeln!(
                    body,
                    "<section{class}>\n<h3>{}</h3>\n{}</section>",
                    html::escape(&table.title),
                    html::banded_table_element(table, *band, precision)
                );
            }
            // A chart is a strip: on a landscape page it is kept low, so that it fits under the
            // end of the table before it rather than taking a page of its own.
            Block::Chart { svg, .. } => {
                let class = if landscape {
                    " class=\"wide chart\""
                } else {
                    ""
                };
                let _ = writeln!(body, "<figure{class}>\n{svg}</figure>");
            }
            Block::Figure { svg, .. } => {
                let _ = writeln!(body, "<figure{}>\n{svg}</figure>", wide_class(landscape));
            }
            Block::PageBreak => new_page = true,
            Block::WorkbookChart(_) => {}
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
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n<style>\n{style}figure{{margin:1rem 0;break-inside:avoid}}\nfigure svg{{max-width:100%;height:auto}}\nh2{{break-before:auto;border-bottom:1px solid #ccc;padding-bottom:.2rem}}\n.appendix{{font-size:.85rem}}\n.appendix h4{{margin:.5em 0 .1em;break-after:avoid}}\n.appendix ul{{list-style:none;margin:0;padding:0}}\n.appendix li{{margin:0;padding-left:1.5em;text-indent:-1.5em;break-inside:avoid}}\n.appendix .who{{color:#666}}\n@media print{{.appendix{{font-size:7.5pt;column-count:2;column-gap:6mm}}.appendix h2{{column-span:all}}table{{font-size:8pt}}h2{{break-after:avoid}}.new-page{{break-before:page}}figure svg{{max-height:225mm;width:auto}}figure.wide svg{{max-height:160mm}}figure.chart{{margin:.3rem 0}}figure.chart svg{{max-height:56mm}}}}\n</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        lang = if chinese { "zh-CN" } else { "en" },
        title = html::escape(title.unwrap_or("gemba")),
        style = html::STYLE,
    )
}

/// Markdown that pastes cleanly; charts become text bars.
pub fn to_markdown(blocks: &[Block], precision: u8) -> String {
    let mut out = String::new();
    let mut first = true;
    for b in blocks {
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
            Block::Appendix { .. } | Block::Printed { .. } | Block::WorkbookChart(_) => {}
            Block::Figure { markdown, .. } => {
                if !markdown.is_empty() {
                    let _ = writeln!(out, "{markdown}");
                }
            }
        }
    }
    out
}

/// A workbook with one sheet per table of the report.
pub fn to_xlsx(blocks: &[Block], precision: u8) -> Result<Vec<u8>, String> {
    let sheets: Vec<(&str, &Table)> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table { sheet, table } | Block::SheetOnly { sheet, table } => {
                Some((*sheet, table))
            }
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
    xlsx::render_with_charts(&sheets, &charts, precision).map_err(|e| e.to_string())
}
