//! Survey forms for customers: the four-question VOC questionnaire, the rating form (importance
//! and satisfaction with us and each competitor) and the Kano form (functional and dysfunctional
//! question per quality), as printable Markdown or HTML, or as a CSV that is filled in and read
//! back by `import responses` (one row per answer; blank answers are skipped on import).

use super::html::{STYLE, escape as html_escape};
use super::table::{Cell, Table};
use crate::method::kano::Answer;
use crate::model::tree::Tree;
use crate::model::{Project, QualityId, QuestionKind};

/// Which form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Voc,
    Rating,
    Kano,
}

/// The language a form speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Zh,
}

impl Lang {
    /// Chinese when the project's title, theme or scope holds CJK characters, else English.
    pub fn of(project: &Project) -> Lang {
        let m = &project.meta;
        let cjk = [&m.title, &m.theme, &m.scope]
            .iter()
            .flat_map(|s| s.chars())
            .any(|c| matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'));
        if cjk { Lang::Zh } else { Lang::En }
    }
}

/// Output format of a form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    Markdown,
    Html,
    Csv,
}

/// The columns of the CSV form: the five `import responses` reads, and the prompt for people.
pub const CSV_HEADERS: [&str; 6] = [
    "respondent",
    "segment",
    "quality",
    "question",
    "answer",
    "prompt",
];

/// How many answer rows the CSV gives each VOC question.
pub const VOC_ROWS: usize = 3;

/// One question of a form as it is asked, and how the CSV names it.
struct Ask {
    quality: Option<QualityId>,
    question: String,
    prompt: String,
}

enum Block {
    /// An open question with room for several answers.
    Open { prompt: String },
    /// A grid: one row per quality, one blank column per rating.
    Grid {
        columns: Vec<String>,
        rows: Vec<(QualityId, String)>,
    },
    /// A quality with its functional and dysfunctional question, each with the five answers.
    Pair {
        quality: QualityId,
        text: String,
        questions: [String; 2],
        options: Vec<String>,
    },
}

struct Form {
    title: String,
    intro: Vec<String>,
    fields: Vec<String>,
    blocks: Vec<Block>,
    asks: Vec<Ask>,
}

fn theme(project: &Project) -> String {
    let m = &project.meta;
    if m.theme.trim().is_empty() {
        m.title.clone()
    } else {
        m.theme.clone()
    }
}

fn build(project: &Project, kind: Kind, lang: Lang) -> Form {
    let zh = lang == Lang::Zh;
    let x = theme(project);
    let cap: String = x
        .chars()
        .take(1)
        .flat_map(char::to_uppercase)
        .chain(x.chars().skip(1))
        .collect();
    let scale = project.meta.scale;
    let qualities: Vec<(QualityId, String)> = Tree::build(project)
        .qualities_in_order()
        .into_iter()
        .filter_map(|id| project.qualities.get(id).map(|q| (id, q.text.clone())))
        .collect();
    let mut fields: Vec<String> = if zh {
        [
            "受访者",
            "客户细分",
            "性别（可不填）",
            "年龄段（可不填）",
            "日期",
        ]
    } else {
        [
            "Respondent",
            "Segment",
            "Gender (optional)",
            "Age band (optional)",
            "Date",
        ]
    }
    .map(String::from)
    .to_vec();
    let mut intro = Vec::new();
    if !project.meta.scope.trim().is_empty() {
        intro.push(project.meta.scope.clone());
    }
    let mut blocks = Vec::new();
    let mut asks = Vec::new();
    let title;
    match kind {
        Kind::Voc => {
            title = if zh {
                format!("顾客问卷：{x}")
            } else {
                format!("Customer questionnaire: {x}")
            };
            intro.push(if zh {
                "感谢您的参与。请用您自己的话回答，没有对错之分；每题可以写多条。".into()
            } else {
                "Thank you for taking part. Please answer in your own words; there are no wrong answers, and you may write several points per question.".into()
            });
            for kind in QuestionKind::ALL {
                let prompt = match (kind, zh) {
                    (QuestionKind::Scene, false) => format!(
                        "{cap}: when you use it, which scenes come to mind? (real ones, imagined ones, ones you would like to be in)"
                    ),
                    (QuestionKind::Purchase, false) => format!(
                        "{cap}: when you buy one, what do you pay attention to? (and what would make you not buy it?)"
                    ),
                    (QuestionKind::Wish, false) => format!("{cap}: it would be great if it …"),
                    (QuestionKind::Trouble, false) => format!(
                        "{cap}: what troubled or dissatisfied you with the ones you used before?"
                    ),
                    (QuestionKind::Scene, true) => {
                        format!("使用{x}时，您会想到哪些场面？（真实的、想象的、希望遇到的）")
                    }
                    (QuestionKind::Purchase, true) => {
                        format!("购买{x}时，您会注意哪些方面？（什么会让您决定不买？）")
                    }
                    (QuestionKind::Wish, true) => format!("如果{x}能……就好了。"),
                    (QuestionKind::Trouble, true) => {
                        format!("以前使用{x}时，有什么让您困扰或不满意的地方？")
                    }
                };
                for _ in 0..VOC_ROWS {
                    asks.push(Ask {
                        quality: None,
                        question: format!("voc-{}", kind.key()),
                        prompt: prompt.clone(),
                    });
                }
                blocks.push(Block::Open { prompt });
            }
        }
        Kind::Rating => {
            title = if zh {
                format!("评分问卷：{x}")
            } else {
                format!("Rating survey: {x}")
            };
            intro.push(if zh {
                format!(
                    "请为每一条打分，{}分表示“完全不”，{}分表示“非常”：它对您有多重要，以及您对各产品在这一点上的满意程度。没用过的产品请留空。",
                    scale.min, scale.max
                )
            } else {
                format!(
                    "For each statement, give a number from {} (not at all) to {} (very much): how important it is to you, and how satisfied you are with each product on it. Leave a product blank if you have not used it.",
                    scale.min, scale.max
                )
            });
            let ours = if zh { "我们的产品" } else { "our product" };
            let mut columns = vec![if zh { "重要度" } else { "importance" }.to_string()];
            columns.push(if zh {
                format!("满意度：{ours}")
            } else {
                format!("satisfaction: {ours}")
            });
            for c in project.competitors_in_order() {
                columns.push(if zh {
                    format!("满意度：{}", c.name)
                } else {
                    format!("satisfaction: {}", c.name)
                });
            }
            for (id, text) in &qualities {
                let range = format!("{}–{}", scale.min, scale.max);
                asks.push(Ask {
                    quality: Some(*id),
                    question: "importance".into(),
                    prompt: if zh {
                        format!("“{text}”对您有多重要？（{range}）")
                    } else {
                        format!("How important is this to you: “{text}”? ({range})")
                    },
                });
                let mut products = vec![("satisfaction".to_string(), ours.to_string())];
                products.extend(
                    project
                        .competitors
                        .iter()
                        .map(|c| (format!("satisfaction:{}", c.name), c.name.clone())),
                );
                for (question, product) in products {
                    asks.push(Ask {
                        quality: Some(*id),
                        question,
                        prompt: if zh {
                            format!("在“{text}”这一点上，您对{product}有多满意？（{range}）")
                        } else {
                            format!(
                                "How satisfied are you with {product} on this: “{text}”? ({range})"
                            )
                        },
                    });
                }
            }
            blocks.push(Block::Grid {
                columns,
                rows: qualities.clone(),
            });
        }
        Kind::Kano => {
            title = if zh {
                format!("卡诺问卷：{x}")
            } else {
                format!("Kano survey: {x}")
            };
            intro.push(if zh {
                "每一条有两个问题：做到时您觉得如何，做不到时您觉得如何。每个问题选一个答案。".into()
            } else {
                "Each statement has two questions: how you would feel if it were so, and how you would feel if it were not. Choose one answer for each.".into()
            });
            let options: Vec<String> = Answer::ALL
                .iter()
                .map(|a| if zh { a.key_zh() } else { a.key() }.to_string())
                .collect();
            let choices = options.join(" / ");
            for (id, text) in &qualities {
                let questions = if zh {
                    [
                        format!("如果做到了“{text}”，您觉得如何？"),
                        format!("如果做不到“{text}”，您觉得如何？"),
                    ]
                } else {
                    [
                        format!("How would you feel if this were so: “{text}”?"),
                        format!("How would you feel if this were not so: “{text}”?"),
                    ]
                };
                for (question, q) in ["kano-functional", "kano-dysfunctional"]
                    .into_iter()
                    .zip(&questions)
                {
                    asks.push(Ask {
                        quality: Some(*id),
                        question: question.into(),
                        prompt: if zh {
                            format!("{q}（{choices}）")
                        } else {
                            format!("{q} ({choices})")
                        },
                    });
                }
                blocks.push(Block::Pair {
                    quality: *id,
                    text: text.clone(),
                    questions,
                    options: options.clone(),
                });
            }
        }
    }
    if kind != Kind::Voc {
        fields.truncate(2);
        fields.push(if zh { "日期" } else { "Date" }.into());
    }
    Form {
        title,
        intro,
        fields,
        blocks,
        asks,
    }
}

fn md_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in crate::model::printable::without_controls(text).chars() {
        if matches!(
            c,
            '\\' | '|' | '*' | '_' | '`' | '<' | '>' | '[' | ']' | '#'
        ) {
            out.push('\\');
        }
        if c == '\n' {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

const BLANK: &str = "……………………………………………………………………";

fn markdown(form: &Form) -> String {
    let mut s = format!("# {}\n\n", md_escape(&form.title));
    for p in &form.intro {
        s.push_str(&format!("{}\n\n", md_escape(p)));
    }
    s.push_str("| | |\n|---|---|\n");
    for f in &form.fields {
        s.push_str(&format!("| {} | |\n", md_escape(f)));
    }
    s.push('\n');
    for (n, b) in form.blocks.iter().enumerate() {
        match b {
            Block::Open { prompt } => {
                s.push_str(&format!("## {}. {}\n\n", n + 1, md_escape(prompt)));
                for i in 1..=VOC_ROWS + 2 {
                    s.push_str(&format!("{i}. {BLANK}\n"));
                }
                s.push('\n');
            }
            Block::Grid { columns, rows } => {
                let mut head = vec!["id".to_string(), "".to_string()];
                head.extend(columns.iter().map(|c| md_escape(c)));
                s.push_str(&format!("| {} |\n", head.join(" | ")));
                s.push_str(&format!("|{}\n", "---|".repeat(head.len())));
                for (id, text) in rows {
                    s.push_str(&format!(
                        "| {id} | {} |{}\n",
                        md_escape(text),
                        " |".repeat(columns.len())
                    ));
                }
                s.push('\n');
            }
            Block::Pair {
                quality,
                text,
                questions,
                options,
            } => {
                s.push_str(&format!("## {quality} {}\n\n", md_escape(text)));
                for q in questions {
                    let boxes: Vec<String> = options
                        .iter()
                        .map(|o| format!("☐ {}", md_escape(o)))
                        .collect();
                    s.push_str(&format!("- {}  \n  {}\n", md_escape(q), boxes.join("   ")));
                }
                s.push('\n');
            }
        }
    }
    s
}

fn html(form: &Form, lang: Lang) -> String {
    let e = html_escape;
    let mut body = format!("<h1>{}</h1>\n", e(&form.title));
    for p in &form.intro {
        body.push_str(&format!("<p>{}</p>\n", e(p)));
    }
    body.push_str("<table class=\"fields\">\n");
    for f in &form.fields {
        body.push_str(&format!(
            "<tr><th>{}</th><td class=\"blank\"></td></tr>\n",
            e(f)
        ));
    }
    body.push_str("</table>\n");
    for (n, b) in form.blocks.iter().enumerate() {
        match b {
            Block::Open { prompt } => {
                body.push_str(&format!("<h2>{}. {}</h2>\n<ol>\n", n + 1, e(prompt)));
                for _ in 0..VOC_ROWS + 2 {
                    body.push_str("<li class=\"line\"></li>\n");
                }
                body.push_str("</ol>\n");
            }
            Block::Grid { columns, rows } => {
                body.push_str("<table>\n<thead><tr><th>id</th><th></th>");
                for c in columns {
                    body.push_str(&format!("<th>{}</th>", e(c)));
                }
                body.push_str("</tr></thead>\n<tbody>\n");
                for (id, text) in rows {
                    body.push_str(&format!("<tr><td>{id}</td><td>{}</td>", e(text)));
                    body.push_str(&"<td class=\"blank\"></td>".repeat(columns.len()));
                    body.push_str("</tr>\n");
                }
                body.push_str("</tbody>\n</table>\n");
            }
            Block::Pair {
                quality,
                text,
                questions,
                options,
            } => {
                body.push_str(&format!("<h2>{quality} {}</h2>\n", e(text)));
                for q in questions {
                    let boxes: Vec<String> =
                        options.iter().map(|o| format!("☐ {}", e(o))).collect();
                    body.push_str(&format!("<p>{}<br>{}</p>\n", e(q), boxes.join("&emsp;")));
                }
            }
        }
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n<style>\n{STYLE}td.blank{{min-width:6rem;height:1.6rem}}\nli.line{{border-bottom:1px solid #999;height:2rem}}\n</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        lang = if lang == Lang::Zh { "zh" } else { "en" },
        title = e(&form.title),
    )
}

/// The CSV form as a table: one row per answer to give, respondent and answer left blank.
fn csv_table(form: &Form) -> Table {
    Table {
        title: form.title.clone(),
        headers: CSV_HEADERS.map(String::from).to_vec(),
        rows: form
            .asks
            .iter()
            .map(|a| {
                vec![
                    Cell::Empty,
                    Cell::Empty,
                    a.quality.map_or(Cell::Empty, |q| Cell::text(q.to_string())),
                    Cell::text(a.question.clone()),
                    Cell::Empty,
                    Cell::text(a.prompt.clone()),
                ]
            })
            .collect(),
    }
}

/// The form as file text.
pub fn render(project: &Project, kind: Kind, lang: Lang, output: Output) -> String {
    let form = build(project, kind, lang);
    match output {
        Output::Markdown => markdown(&form),
        Output::Html => html(&form, lang),
        Output::Csv => super::csv::render(&csv_table(&form)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    #[test]
    fn language_follows_the_project_text() {
        let mut p = Project::new(Meta::new("Bike light"));
        assert_eq!(Lang::of(&p), Lang::En);
        p.meta.theme = "燃气热水器".into();
        assert_eq!(Lang::of(&p), Lang::Zh);
    }

    #[test]
    fn voc_form_asks_the_four_questions_about_the_theme() {
        let mut p = Project::new(Meta::new("t"));
        p.meta.theme = "a bike light".into();
        let md = render(&p, Kind::Voc, Lang::En, Output::Markdown);
        assert!(
            md.contains("A bike light: when you use it, which scenes"),
            "{md}"
        );
        assert!(md.contains("A bike light: it would be great if it"));
        assert!(md.contains("| Respondent | |"));
        let csv = render(&p, Kind::Voc, Lang::Zh, Output::Csv);
        assert_eq!(
            csv.lines().filter(|l| l.contains(",voc-wish,")).count(),
            VOC_ROWS
        );
        assert!(csv.contains("如果a bike light能"));
    }
}
