//! Labelled remarks for measurements: the hand-labelled sets in tests/data, and larger sets made
//! from them deterministically (shared by the suggest benchmark and the corpus example).

use std::path::Path;

/// The hand-labelled sets, as (file stem, rows of (text, label)).
pub fn labelled_sets() -> Vec<(String, Vec<(String, String)>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/data")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "csv"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let rows =
                gemba::method::affinity::score::load_labelled(&path).expect("a labelled CSV");
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            (stem, rows)
        })
        .collect()
}

/// A small deterministic pseudo-random sequence (64-bit LCG, high bits).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

const EN_OPENERS: &[&str] = &[
    "",
    "",
    "Honestly, ",
    "To be fair, ",
    "One thing: ",
    "My main gripe: ",
    "Also ",
    "For me ",
];
const ZH_OPENERS: &[&str] = &[
    "",
    "",
    "说实话，",
    "总的来说，",
    "另外，",
    "最大的问题是",
    "我觉得",
];

/// `n` labelled remarks built from the hand-labelled sets: each joins two or three remarks that
/// share a label (in the same language), sometimes after an opener, so topics keep their labels
/// while texts rarely repeat. Labels are prefixed with the set's name.
pub fn synthetic(n: usize) -> Vec<(String, String)> {
    let sets = labelled_sets();
    // Groups of remarks per (set, label).
    let mut groups: Vec<(String, bool, Vec<String>)> = Vec::new();
    for (stem, rows) in &sets {
        let chinese = stem.contains(".zh");
        for (text, label) in rows {
            let key = format!("{stem}:{label}");
            match groups.iter_mut().find(|g| g.0 == key) {
                Some(g) => g.2.push(text.clone()),
                None => groups.push((key, chinese, vec![text.clone()])),
            }
        }
    }
    let mut rng = Lcg(0x5eed_cafe);
    (0..n)
        .map(|_| {
            let (label, chinese, texts) = &groups[rng.below(groups.len())];
            let parts = 2 + usize::from(rng.below(3) == 0);
            let mut picked: Vec<&str> = Vec::new();
            while picked.len() < parts.min(texts.len()) {
                let t = texts[rng.below(texts.len())].as_str();
                if !picked.contains(&t) {
                    picked.push(t);
                }
            }
            let text = if *chinese {
                let opener = ZH_OPENERS[rng.below(ZH_OPENERS.len())];
                format!("{opener}{}", picked.join("，"))
            } else {
                let opener = EN_OPENERS[rng.below(EN_OPENERS.len())];
                let joined = picked.join("; ");
                if opener.is_empty() {
                    joined
                } else {
                    format!("{opener}{}{}", joined[..1].to_lowercase(), &joined[1..])
                }
            };
            (text, label.clone())
        })
        .collect()
}
