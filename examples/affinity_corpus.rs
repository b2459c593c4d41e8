//! Writes `n` synthetic labelled remarks (CSV `text,label`) built deterministically from the
//! hand-labelled sets in tests/data, for timing and memory measurements of `gemba suggest --csv`.
//!
//! cargo run --release --example affinity_corpus 10000 > /tmp/remarks-10000.csv

#[path = "../benches/support/corpus.rs"]
mod corpus;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("usage: affinity_corpus N");
    let mut w = csv::Writer::from_writer(std::io::stdout().lock());
    w.write_record(["text", "label"]).expect("write");
    for (text, label) in corpus::synthetic(n) {
        w.write_record([text, label]).expect("write");
    }
    w.flush().expect("write");
}
