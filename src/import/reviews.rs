//! `import reviews`: reviews and complaints as a web shop or a service desk exports them: a text
//! column and optional rating, date, channel and product columns (English or Chinese headers;
//! other columns are left out and named). The rating, channel and product become tags, the date
//! the scene's "when". Near-duplicates, against the project's remarks and within the file, are
//! reported, and left out on request.

use super::{Plan, RowError, Table, id_range};
use crate::model::*;

/// What a column of a reviews table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Text,
    Rating,
    Date,
    Channel,
    Product,
}

impl Field {
    /// Header names (lower-cased) each field is known by.
    const NAMES: [(Field, &'static [&'static str]); 5] = [
        (
            Field::Text,
            &[
                "text",
                "review",
                "comment",
                "content",
                "complaint",
                "remark",
                "body",
                "评论",
                "内容",
                "评价",
                "评价内容",
                "评论内容",
                "投诉",
                "投诉内容",
                "文本",
            ],
        ),
        (
            Field::Rating,
            &["rating", "stars", "star", "score", "评分", "星级", "打分"],
        ),
        (
            Field::Date,
            &[
                "date",
                "time",
                "created",
                "日期",
                "时间",
                "评论时间",
                "评价时间",
            ],
        ),
        (
            Field::Channel,
            &["channel", "platform", "shop", "渠道", "平台", "店铺"],
        ),
        (
            Field::Product,
            &["product", "sku", "item", "model", "产品", "商品", "型号"],
        ),
    ];

    fn of(header: &str) -> Option<Field> {
        Field::NAMES
            .iter()
            .find(|(_, names)| names.contains(&header))
            .map(|&(f, _)| f)
    }

    pub fn name(self) -> &'static str {
        match self {
            Field::Text => "text",
            Field::Rating => "rating",
            Field::Date => "date",
            Field::Channel => "channel",
            Field::Product => "product",
        }
    }
}

/// How to read reviews.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    pub source: Source,
    /// A tag every remark gets (`review` for reviews, so they can be told from other remarks).
    pub tag: Option<String>,
    /// The text column by name, when it has none of the usual names.
    pub text_column: Option<String>,
    /// Cosine similarity from which two texts are near-duplicates.
    pub threshold: f64,
    pub skip_duplicates: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            source: Source::Other,
            tag: Some("review".into()),
            text_column: None,
            threshold: 0.9,
            skip_duplicates: false,
        }
    }
}

/// What a near-duplicate is close to.
#[derive(Debug, Clone, PartialEq)]
pub enum Earlier {
    Remark(RemarkId),
    /// An earlier line or row of the same file.
    Row(u64),
}

/// A review whose text is nearly that of a remark or an earlier review.
#[derive(Debug, Clone, PartialEq)]
pub struct Duplicate {
    pub at: u64,
    pub text: String,
    pub of: Earlier,
    pub of_text: String,
    pub similarity: f64,
}

/// The import, with what it found on the way.
#[derive(Debug, Clone, PartialEq)]
pub struct Reviews {
    pub plan: Plan,
    pub duplicates: Vec<Duplicate>,
    /// Which column each field was read from; the columns left out.
    pub columns: Vec<(Field, String)>,
    pub ignored: Vec<String>,
}

struct Review {
    at: u64,
    text: String,
    tags: Vec<String>,
    when: String,
}

/// A tag value as one word: trimmed, lower-cased, spaces as hyphens, no tag separators.
fn tag_value(v: &str) -> String {
    v.split_whitespace()
        .collect::<Vec<_>>()
        .join("-")
        .replace([';', '；'], ",")
        .to_lowercase()
}

/// A rating as written in a shop's export: 4, 4.5, "4星", "4 stars", "★★★★".
fn rating(v: &str) -> Result<String, String> {
    let stars = v.chars().filter(|&c| c == '★').count();
    if stars > 0 && v.chars().all(|c| c == '★' || c == '☆' || c.is_whitespace()) {
        return Ok(stars.to_string());
    }
    let number = v
        .trim()
        .trim_end_matches(['星', '分'])
        .trim_end_matches("stars")
        .trim_end_matches("star")
        .trim();
    match number.parse::<f64>() {
        Ok(n) if (0.0..=10.0).contains(&n) => Ok(number.to_string()),
        Ok(_) => Err(format!("the rating '{v}' is outside 0–10")),
        Err(_) => Err(format!(
            "'{v}' is not a rating; give a number such as 4 or 4.5"
        )),
    }
}

/// Reads reviews into the edit that adds them as remarks.
pub fn plan(project: &Project, table: &Table, options: &Options) -> Result<Reviews, Vec<RowError>> {
    let headers: Vec<String> = table
        .header
        .iter()
        .map(|h| text::visible(h).trim().to_lowercase())
        .collect();
    let header_error = |message: String| vec![RowError::at(table.header_at, None, message)];
    let mut fields: Vec<Option<Field>> = headers.iter().map(|h| Field::of(h)).collect();
    if let Some(want) = &options.text_column {
        let want = want.trim().to_lowercase();
        let Some(i) = headers.iter().position(|h| *h == want) else {
            return Err(header_error(format!(
                "there is no column '{want}' for the text; the columns are {}",
                headers.join(", ")
            )));
        };
        for f in fields.iter_mut().filter(|f| **f == Some(Field::Text)) {
            *f = None;
        }
        fields[i] = Some(Field::Text);
    }
    let mut columns: Vec<(Field, String)> = Vec::new();
    let mut errors = Vec::new();
    for (i, f) in fields.iter_mut().enumerate() {
        let Some(field) = *f else { continue };
        if let Some((_, first)) = columns.iter().find(|(g, _)| *g == field) {
            // The first column of a kind counts; a second is named, not guessed at.
            errors.push(RowError::at(
                table.header_at,
                Some(&headers[i]),
                format!(
                    "a second {} column (the first is '{first}'); keep one, or choose the text \
                     with --text-column",
                    field.name()
                ),
            ));
            *f = None;
        } else {
            columns.push((field, headers[i].clone()));
        }
    }
    if !columns.iter().any(|(f, _)| *f == Field::Text) {
        errors.push(RowError::at(
            table.header_at,
            None,
            format!(
                "no column holds the text (text, review, comment, content, 评论, 内容 …); name it \
                 with --text-column; the columns are {}",
                headers.join(", ")
            ),
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let ignored: Vec<String> = headers
        .iter()
        .zip(&fields)
        .filter(|(h, f)| f.is_none() && !h.is_empty())
        .map(|(h, _)| h.clone())
        .collect();

    let mut errors = table.problems.clone();
    let mut reviews: Vec<Review> = Vec::new();
    for row in &table.rows {
        let cell = |field: Field| {
            fields
                .iter()
                .position(|f| *f == Some(field))
                .and_then(|i| row.cells.get(i))
                .map(|v| super::unneutralize(text::visible(v).trim()).to_string())
                .unwrap_or_default()
        };
        let text = cell(Field::Text);
        // A rating without words says nothing to group by: such rows are left out.
        if text.is_empty() {
            continue;
        }
        let mut tags: Vec<String> = options.tag.iter().cloned().collect();
        let given = cell(Field::Rating);
        if !given.is_empty() {
            match rating(&given) {
                Ok(r) => tags.push(format!("rating:{r}")),
                Err(e) => {
                    errors.push(RowError::at(row.at, Some("rating"), e));
                    continue;
                }
            }
        }
        for (field, key) in [(Field::Channel, "channel"), (Field::Product, "product")] {
            let v = cell(field);
            if !v.is_empty() {
                tags.push(format!("{key}:{}", tag_value(&v)));
            }
        }
        reviews.push(Review {
            at: row.at,
            text,
            tags,
            when: cell(Field::Date),
        });
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let without_text = table.rows.len() - reviews.len();
    if reviews.is_empty() {
        return Err(vec![RowError::file(
            "the file holds no reviews (no row has a text)",
        )]);
    }

    let duplicates = near_duplicates(project, &reviews, options.threshold);
    let skipped: std::collections::HashSet<u64> = if options.skip_duplicates {
        duplicates.iter().map(|d| d.at).collect()
    } else {
        Default::default()
    };
    let mut edits = Vec::new();
    let mut ids = Vec::new();
    for r in reviews.into_iter().filter(|r| !skipped.contains(&r.at)) {
        let mut remark = Remark::new(RemarkId::fresh(project.issued.remark, ids.len()), r.text);
        remark.source = options.source;
        remark.tags = r.tags;
        remark.scene.set("when", &r.when);
        ids.push(remark.id);
        edits.push(Edit::Put(Entity::Remark(remark)));
    }
    let mut summary = vec![format!(
        "{} added ({})",
        count(ids.len(), "remark", "remarks"),
        id_range(&ids)
    )];
    if !duplicates.is_empty() {
        summary.push(if options.skip_duplicates {
            format!(
                "{} left out (--skip-duplicates)",
                count(duplicates.len(), "near-duplicate", "near-duplicates")
            )
        } else {
            format!(
                "{} added anyway (--skip-duplicates leaves them out)",
                count(duplicates.len(), "near-duplicate", "near-duplicates")
            )
        });
    }
    if without_text > 0 {
        summary.push(format!(
            "{} without text left out",
            count(without_text, "row", "rows")
        ));
    }
    if !ignored.is_empty() {
        summary.push(format!("columns not read: {}", ignored.join(", ")));
    }
    if ids.is_empty() {
        return Err(vec![RowError::file(
            "every review is a near-duplicate of a remark the project has; nothing to add",
        )]);
    }
    Ok(Reviews {
        plan: Plan {
            edit: Edit::Batch(edits),
            summary,
        },
        duplicates,
        columns,
        ignored,
    })
}

/// Reviews close to a remark of the project or to an earlier review, each with the closest.
fn near_duplicates(project: &Project, reviews: &[Review], threshold: f64) -> Vec<Duplicate> {
    let existing: Vec<&Remark> = project.remarks.iter().collect();
    let texts: Vec<&str> = existing
        .iter()
        .map(|r| r.text.as_str())
        .chain(reviews.iter().map(|r| r.text.as_str()))
        .collect();
    let n = existing.len();
    let corpus = crate::method::affinity::tfidf::Corpus::build(&texts);
    let mut found: Vec<Option<Duplicate>> = vec![None; reviews.len()];
    for (i, j, similarity) in closest_earlier(&corpus, n, threshold) {
        let (of, of_text) = if i < n {
            (Earlier::Remark(existing[i].id), existing[i].text.clone())
        } else {
            (Earlier::Row(reviews[i - n].at), reviews[i - n].text.clone())
        };
        found[j - n] = Some(Duplicate {
            at: reviews[j - n].at,
            text: reviews[j - n].text.clone(),
            of,
            of_text,
            similarity,
        });
    }
    found.into_iter().flatten().collect()
}

/// For every text from `first` on, the most similar earlier text (the first of equals) when the
/// cosine reaches `threshold`: `(earlier, text, similarity)`.
///
/// A file of 100,000 reviews would make all-pairs comparison quadratic, so only a prefix of each
/// vector is indexed (prefix filtering, as in Bayardo et al.'s All-Pairs): its terms rarest first,
/// up to where the rest of the vector has a length below the threshold. Two unit vectors that
/// share no indexed term then have a cosine below the threshold (the shared part is at most the
/// rest's length), so no pair is missed; common words are left out of the index, and the
/// candidates a review is checked against are few.
fn closest_earlier(
    corpus: &crate::method::affinity::tfidf::Corpus,
    first: usize,
    threshold: f64,
) -> Vec<(usize, usize, f64)> {
    // Slack for f32 rounding, as the affinity suggestions allow, so identical texts always count.
    let threshold = (threshold - 1e-6) as f32;
    let mut index: Vec<Vec<u32>> = vec![Vec::new(); corpus.df.len()];
    let mut seen: Vec<usize> = vec![usize::MAX; corpus.len()];
    let mut pairs = Vec::new();
    for (j, v) in corpus.vectors.iter().enumerate() {
        if j >= first {
            let mut best: Option<(usize, f32)> = None;
            for &t in &v.terms {
                for &i in &index[t as usize] {
                    let i = i as usize;
                    if std::mem::replace(&mut seen[i], j) == j {
                        continue;
                    }
                    let s = corpus.vectors[i].dot(v);
                    if s >= threshold
                        && s > 0.0
                        && best.is_none_or(|(b, bs)| s > bs || (s == bs && i < b))
                    {
                        best = Some((i, s));
                    }
                }
            }
            if let Some((i, s)) = best {
                pairs.push((i, j, f64::from(s).min(1.0)));
            }
        }
        // Rarest terms first; the tail left out of the index is shorter than the threshold.
        let mut order: Vec<usize> = (0..v.terms.len()).collect();
        order.sort_by_key(|&k| (corpus.df[v.terms[k] as usize], v.terms[k]));
        let mut tail: f32 = v.weights.iter().map(|w| w * w).sum();
        for k in order {
            if tail.sqrt() < threshold - 1e-4 {
                break;
            }
            index[v.terms[k] as usize].push(j as u32);
            tail -= v.weights[k] * v.weights[k];
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(csv: &str) -> Table {
        super::super::csv_table(csv).unwrap()
    }

    #[test]
    fn ratings_channels_and_products_become_tags_and_the_date_the_scene() {
        let p = Project::new(Meta::new("t"));
        let t =
            table("评论,评分,日期,渠道,产品,订单号\n屏幕太暗,4星,2024-05-01,Tmall Global,X1,88\n");
        let r = plan(&p, &t, &Options::default()).unwrap();
        let Edit::Batch(edits) = &r.plan.edit else {
            panic!()
        };
        let Edit::Put(Entity::Remark(remark)) = &edits[0] else {
            panic!()
        };
        assert_eq!(remark.text, "屏幕太暗");
        assert_eq!(
            remark.tags,
            ["review", "rating:4", "channel:tmall-global", "product:x1"]
        );
        assert_eq!(remark.scene.when.as_deref(), Some("2024-05-01"));
        assert_eq!(r.ignored, ["订单号"]);
    }

    #[test]
    fn ratings_are_read_as_shops_write_them() {
        assert_eq!(rating("★★★☆☆"), Ok("3".into()));
        assert_eq!(rating("4.5"), Ok("4.5".into()));
        assert_eq!(rating("5 stars"), Ok("5".into()));
        assert!(rating("11").unwrap_err().contains("outside"));
        assert!(rating("great").unwrap_err().contains("not a rating"));
    }

    #[test]
    fn near_duplicates_are_found_in_the_file_and_in_the_project() {
        let mut p = Project::new(Meta::new("t"));
        let mut batch = Vec::new();
        let mut old = Remark::new(RemarkId(1), "the battery dies by noon");
        old.source = Source::Interview;
        batch.push(Edit::Put(Entity::Remark(old)));
        p.apply(Edit::Batch(batch)).unwrap();
        let t = table(
            "text\nscreen is too dim outdoors\nthe battery dies by noon\nhinge creaks\n\
             Screen is too dim outdoors!\n",
        );
        let mut options = Options::default();
        let r = plan(&p, &t, &options).unwrap();
        let found: Vec<(u64, Earlier)> =
            r.duplicates.iter().map(|d| (d.at, d.of.clone())).collect();
        assert_eq!(
            found,
            [(3, Earlier::Remark(RemarkId(1))), (5, Earlier::Row(2))]
        );
        options.skip_duplicates = true;
        let r = plan(&p, &t, &options).unwrap();
        let Edit::Batch(edits) = &r.plan.edit else {
            panic!()
        };
        assert_eq!(edits.len(), 2);
        assert!(r.plan.summary[1].starts_with("2 near-duplicates left out"));
    }

    #[test]
    fn chinese_reviews_are_compared_by_words() {
        let p = Project::new(Meta::new("t"));
        let t =
            table("评论\n屏幕在阳光下太暗\n充电口的盖子容易脱落\n屏幕在阳光下太暗了！\n屏幕太亮\n");
        let r = plan(&p, &t, &Options::default()).unwrap();
        let found: Vec<(u64, Earlier)> =
            r.duplicates.iter().map(|d| (d.at, d.of.clone())).collect();
        assert_eq!(found, [(4, Earlier::Row(2))]);
    }

    #[test]
    fn the_prefix_index_misses_no_pair_that_comparing_all_finds() {
        let words = [
            "screen", "dim", "battery", "dies", "noon", "hinge", "creaks", "loud", "fan", "heavy",
            "屏幕", "太暗", "电池", "续航", "充电", "很快", "外壳", "刮花",
        ];
        let mut x: u64 = 7;
        let texts: Vec<String> = (0..300)
            .map(|_| {
                let mut t = Vec::new();
                for _ in 0..(2 + x % 4) {
                    x = x
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    t.push(words[(x >> 33) as usize % words.len()]);
                }
                t.join(" ")
            })
            .collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let corpus = crate::method::affinity::tfidf::Corpus::build(&refs);
        for threshold in [0.5, 0.7, 0.9, 1.0] {
            let first = 40;
            let mut all = Vec::new();
            for j in first..corpus.len() {
                let best = (0..j)
                    .map(|i| (i, corpus.vectors[i].dot(&corpus.vectors[j])))
                    .filter(|&(_, s)| s >= (threshold - 1e-6) as f32 && s > 0.0)
                    .fold(None, |b: Option<(usize, f32)>, (i, s)| match b {
                        Some((_, bs)) if bs >= s => b,
                        _ => Some((i, s)),
                    });
                if let Some((i, s)) = best {
                    all.push((i, j, f64::from(s).min(1.0)));
                }
            }
            assert!(!all.is_empty(), "the test texts have near-duplicates");
            assert_eq!(
                closest_earlier(&corpus, first, threshold),
                all,
                "{threshold}"
            );
        }
    }
}
