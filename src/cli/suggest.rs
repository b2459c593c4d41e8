//! `gemba suggest`: proposed islands for a project's unplaced cards or for any CSV of remarks.

use super::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SuggestFormat {
    /// Readable islands and duplicate pairs (the default for a project).
    Text,
    /// One row per card, in input order, with its cluster number (the default for --csv).
    Csv,
    /// An array of clusters with their names and members.
    Json,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("input").required(true).args(["path", "csv"])))]
#[command(group(clap::ArgGroup::new("cut").args(["clusters", "island_size"])))]
pub struct SuggestArgs {
    /// The project file (.ron) whose unplaced cards to group.
    pub path: Option<PathBuf>,
    /// Group the remarks of this CSV file instead of a project's cards.
    #[arg(long, value_name = "FILE")]
    pub csv: Option<PathBuf>,
    /// The CSV column holding the remarks.
    #[arg(long, default_value = "text")]
    pub text_column: String,
    /// Cut into exactly this many clusters.
    #[arg(long, value_name = "K", value_parser = parse_count)]
    pub clusters: Option<usize>,
    /// Cut into islands of about this many cards (at most N + N/2) [default: 5].
    #[arg(long, value_name = "N", value_parser = parse_count)]
    pub island_size: Option<usize>,
    /// Pairs of cards at least this similar (cosine, 0–1) are listed as near-duplicates.
    #[arg(long, value_name = "SIMILARITY", default_value_t = 0.8, value_parser = parse_share)]
    pub duplicates: f64,
    /// Output format; by default text for a project and csv for --csv.
    #[arg(long, value_enum)]
    pub format: Option<SuggestFormat>,
}

fn parse_count(s: &str) -> Result<usize, String> {
    match s.trim().parse::<usize>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(format!("'{s}' is not a whole number of at least 1")),
    }
}

fn parse_share(s: &str) -> Result<f64, String> {
    match crate::model::number::parse_number(s) {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        Ok(_) => Err(format!("'{s}' is not a number from 0 to 1")),
        Err(e) => Err(format!("{e}; give a number from 0 to 1")),
    }
}

/// `gemba suggest`: islands for a project's unplaced cards or for the rows of a CSV file.
pub(super) fn suggest(a: &SuggestArgs) -> Result<Outcome> {
    use crate::export::table::neutralize;
    use crate::method::affinity::{self, Cut, SuggestOptions};
    use serde_json::json;

    let cut = match (a.clusters, a.island_size) {
        (Some(k), _) => Cut::Clusters(k),
        (None, n) => Cut::IslandSize(n.unwrap_or(affinity::DEFAULT_ISLAND_SIZE)),
    };
    let opts = SuggestOptions {
        cut,
        ..Default::default()
    };
    let mut out = String::new();
    if let Some(file) = &a.csv {
        let text = read_input(file)?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let mut reader = ::csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(text.as_bytes());
        let headers: Vec<String> = reader
            .headers()
            .with_context(|| format!("{}: cannot read the header", file.display()))?
            .iter()
            .map(|h| h.trim().to_string())
            .collect();
        if headers.iter().all(String::is_empty) {
            bail!(
                "{}: the file is empty; expected a header row with a '{}' column",
                file.display(),
                a.text_column
            );
        }
        let Some(col) = headers
            .iter()
            .position(|h| h.eq_ignore_ascii_case(a.text_column.trim()))
        else {
            bail!(
                "{}: no column '{}'; the columns found are: {}",
                file.display(),
                a.text_column,
                headers.join(", ")
            );
        };
        let mut rows: Vec<String> = Vec::new();
        for record in reader.records() {
            let record = record.with_context(|| format!("{}: malformed CSV", file.display()))?;
            rows.push(record.get(col).unwrap_or("").trim().to_string());
        }
        if rows.is_empty() {
            bail!(
                "{}: the file has a header but no rows to group",
                file.display()
            );
        }
        if rows.len() > affinity::MAX_TEXTS {
            bail!(
                "{}: {} rows; suggestions take at most {} at a time (memory grows with the square \
                 of the number); split the file, e.g. by segment or source",
                file.display(),
                rows.len(),
                affinity::MAX_TEXTS
            );
        }
        let texts: Vec<&str> = rows.iter().map(String::as_str).collect();
        let s = affinity::suggest(&texts, &opts);
        match a.format.unwrap_or(SuggestFormat::Csv) {
            SuggestFormat::Csv => {
                let mut w = ::csv::Writer::from_writer(Vec::new());
                w.write_record(["text", "cluster", "name", "draft"])?;
                for (t, &c) in texts.iter().zip(&s.assignment) {
                    let island = &s.clusters[c];
                    w.write_record([
                        neutralize(t),
                        (c + 1).to_string(),
                        neutralize(&island.name),
                        island.draft.to_string(),
                    ])?;
                }
                out = String::from_utf8(w.into_inner()?)?;
            }
            SuggestFormat::Json => {
                let clusters: Vec<_> = s
                    .clusters
                    .iter()
                    .enumerate()
                    .map(|(c, i)| {
                        let members: Vec<_> = i
                            .members
                            .iter()
                            .map(|&m| json!({ "row": m + 1, "text": texts[m] }))
                            .collect();
                        json!({ "cluster": c + 1, "name": i.name, "draft": i.draft, "cohesion": i.cohesion, "members": members })
                    })
                    .collect();
                out = serde_json::to_string_pretty(&crate::export::number::tidy_json(
                    serde_json::Value::from(clusters),
                ))? + "\n";
            }
            SuggestFormat::Text => {
                for (c, i) in s.clusters.iter().enumerate() {
                    let _ = writeln!(
                        out,
                        "{}. {}  ({}, cohesion {:.2})",
                        c + 1,
                        i.name,
                        crate::model::count(i.members.len(), "card", "cards"),
                        i.cohesion
                    );
                    for &m in &i.members {
                        let _ = writeln!(out, "   row {:<5} {}", m + 1, texts[m]);
                    }
                }
                let dups = affinity::near_duplicates(&texts, a.duplicates);
                let _ = writeln!(
                    out,
                    "\nNear-duplicates (similarity ≥ {:.2}): {}",
                    a.duplicates,
                    dups.len()
                );
                for (x, y, sim) in dups {
                    let _ = writeln!(
                        out,
                        "  rows {} and {}  {sim:.2}  {} | {}",
                        x + 1,
                        y + 1,
                        texts[x],
                        texts[y]
                    );
                }
            }
        }
    } else if let Some(path) = &a.path {
        if a.text_column != "text" {
            bail!("--text-column applies to --csv input; a project's cards are its qualities");
        }
        let project = load(path)?;
        let unplaced = Tree::build(&project).unplaced.len();
        if unplaced > affinity::MAX_TEXTS {
            bail!(
                "{}: {unplaced} unplaced cards; suggestions take at most {} at a time",
                path.display(),
                affinity::MAX_TEXTS
            );
        }
        let s = affinity::suggest_unplaced(&project, &opts, a.duplicates);
        let text_of = |q: QualityId| project.qualities.get(q).map_or("", |q| q.text.as_str());
        match a.format.unwrap_or(SuggestFormat::Text) {
            SuggestFormat::Text => {
                let cards: usize = s.islands.iter().map(|i| i.qualities.len()).sum();
                let _ = writeln!(
                    out,
                    "{} in {}",
                    crate::model::count(cards, "unplaced card", "unplaced cards"),
                    crate::model::count(s.islands.len(), "suggested island", "suggested islands")
                );
                for (c, i) in s.islands.iter().enumerate() {
                    let _ = writeln!(
                        out,
                        "\n{}. {}  ({}, cohesion {:.2})",
                        c + 1,
                        i.name,
                        crate::model::count(i.qualities.len(), "card", "cards"),
                        i.cohesion
                    );
                    for &q in &i.qualities {
                        let _ = writeln!(out, "   {:<6} {}", q.to_string(), text_of(q));
                    }
                }
                let _ = writeln!(
                    out,
                    "\nNear-duplicates (similarity ≥ {:.2}): {}",
                    a.duplicates,
                    s.duplicates.len()
                );
                for &(x, y, sim) in &s.duplicates {
                    let _ = writeln!(
                        out,
                        "  {x} and {y}  {sim:.2}  {} | {}",
                        text_of(x),
                        text_of(y)
                    );
                }
            }
            SuggestFormat::Csv => {
                let mut w = ::csv::Writer::from_writer(Vec::new());
                w.write_record(["id", "text", "cluster", "name", "draft"])?;
                for (c, i) in s.islands.iter().enumerate() {
                    for &q in &i.qualities {
                        w.write_record([
                            q.to_string(),
                            neutralize(text_of(q)),
                            (c + 1).to_string(),
                            neutralize(&i.name),
                            i.draft.to_string(),
                        ])?;
                    }
                }
                out = String::from_utf8(w.into_inner()?)?;
            }
            SuggestFormat::Json => {
                let islands: Vec<_> = s
                    .islands
                    .iter()
                    .enumerate()
                    .map(|(c, i)| {
                        let members: Vec<_> = i
                            .qualities
                            .iter()
                            .map(|&q| json!({ "id": q.to_string(), "text": text_of(q) }))
                            .collect();
                        json!({ "cluster": c + 1, "name": i.name, "draft": i.draft, "cohesion": i.cohesion, "members": members })
                    })
                    .collect();
                let dups: Vec<_> = s
                    .duplicates
                    .iter()
                    .map(|&(x, y, sim)| json!({ "a": x.to_string(), "b": y.to_string(), "similarity": sim }))
                    .collect();
                out = serde_json::to_string_pretty(&crate::export::number::tidy_json(
                    json!({ "islands": islands, "duplicates": dups }),
                ))? + "\n";
            }
        }
    }
    // The text listing is for a person: a pasted escape sequence is shown, not run. CSV and JSON
    // are data (JSON escapes control characters itself).
    let for_a_person = match a.format {
        Some(f) => f == SuggestFormat::Text,
        None => a.csv.is_none(),
    };
    let out = if for_a_person {
        crate::model::printable::printable(&out).into_owned()
    } else {
        crate::model::printable::without_controls(&out).into_owned()
    };
    write_output(None, false, out.as_bytes())?;
    Ok(Outcome::Ok)
}
