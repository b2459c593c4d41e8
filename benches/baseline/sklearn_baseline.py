"""Baseline for gemba's affinity suggestions: scikit-learn TF-IDF + average-linkage agglomerative
clustering on cosine distance, cut into as many clusters as there are labels.

Reads labelled CSV files (text,label), prints per file: rows, labels, ARI, NMI and the seconds
taken by vectorising + clustering (reading the file excluded), the same scope as gemba's figures:
the fastest of five runs (one above 5,000 rows), as the machine may be busy with other work.
Chinese files (any CJK character in the text) use character 1- and 2-grams, English files word
1- and 2-grams with scikit-learn's English stop words: the closest analogues of gemba's features.
Files mixing both languages (one language per text) use each text's own analyzer.

    python benches/baseline/sklearn_baseline.py tests/data/*.csv [--clusters K]

The cosine distance matrix is computed from the sparse TF-IDF matrix and passed as precomputed,
which is the same computation as metric="cosine" without first making the TF-IDF matrix dense.
"""

import argparse
import csv
import re
import time

from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score
from sklearn.metrics.pairwise import cosine_distances

CJK = re.compile(r"[\u3400-\u9fff]")


def run(path, clusters):
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    texts = [r["text"] for r in rows]
    labels = [r["label"] for r in rows]
    k = clusters or len(set(labels))
    chinese = sum(1 for t in texts if CJK.search(t))
    english = len(texts) - chinese
    best = float("inf")
    for _ in range(1 if len(texts) > 5000 else 5):
        start = time.perf_counter()
        pred = cluster(texts, chinese, english, k)
        best = min(best, time.perf_counter() - start)
    print(
        f"{path}\t{len(texts)}\t{k}\t"
        f"{adjusted_rand_score(labels, pred):.3f}\t"
        f"{normalized_mutual_info_score(labels, pred):.3f}\t{best:.3f}"
    )


def cluster(texts, chinese, english, k):
    if chinese and english:
        # Mixed files (the generated large sets): each text by its own language's analyzer.
        words = TfidfVectorizer(ngram_range=(1, 2), stop_words="english").build_analyzer()
        chars = TfidfVectorizer(analyzer="char", ngram_range=(1, 2)).build_analyzer()
        vec = TfidfVectorizer(analyzer=lambda t: chars(t) if CJK.search(t) else words(t))
    elif chinese:
        vec = TfidfVectorizer(analyzer="char", ngram_range=(1, 2))
    else:
        vec = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), stop_words="english")
    x = vec.fit_transform(texts)
    d = cosine_distances(x)
    model = AgglomerativeClustering(n_clusters=k, metric="precomputed", linkage="average")
    return model.fit_predict(d)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("files", nargs="+")
    p.add_argument("--clusters", type=int, default=0, help="default: the number of labels")
    a = p.parse_args()
    print("file\tn\tclusters\tARI\tNMI\tseconds")
    for f in a.files:
        run(f, a.clusters)


if __name__ == "__main__":
    main()
