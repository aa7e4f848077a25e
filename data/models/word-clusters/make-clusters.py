#!/usr/bin/env python3
"""Word clusters from a bigram language model (pocketsphinx-en-us en-us.lm.bin, dumped by dump-bigrams.c).

Each word is described by the distribution of its left and right neighbours among the 1,000 most frequent
words (square-rooted, L2-normalised: the Hellinger embedding), reduced to 96 dimensions by a randomized SVD,
and grouped by spherical k-means into 1,024 clusters; the centroids are grouped again into 256, 64 and 16,
so each word gets a path of four nested cluster numbers, as Brown-cluster prefixes give.

usage: make-clusters.py UNIGRAMS.tsv BIGRAMS.tsv OUT.tsv.gz    (deterministic: fixed seeds)"""
import gzip, sys
import numpy as np

uni_path, bi_path, out_path = sys.argv[1:4]
words, logp = [], []
for line in open(uni_path, encoding="utf-8"):
    lp, w = line.rstrip("\n").split("\t")
    words.append(w); logp.append(float(lp))
index = {w: i for i, w in enumerate(words)}
p = np.power(10.0, np.array(logp))
p[index["<s>"]] = p[index["</s>"]]          # <s> has no unigram probability of its own
n = len(words)
contexts = np.argsort(-p)[:1000]
cpos = -np.ones(n, dtype=np.int64); cpos[contexts] = np.arange(len(contexts))
right = np.zeros((n, len(contexts)), dtype=np.float32)
left = np.zeros((n, len(contexts)), dtype=np.float32)
for line in open(bi_path, encoding="utf-8"):
    lp, a, b = line.rstrip("\n").split("\t")
    ia, ib = index[a], index[b]
    cond = 10.0 ** float(lp)                  # P(b | a)
    if cpos[ib] >= 0: right[ia, cpos[ib]] += cond
    if cpos[ia] >= 0: left[ib, cpos[ia]] += p[ia] * cond / p[ib]   # P(a | b follows), up to normalisation
def hellinger(m):
    m = np.sqrt(m / np.maximum(m.sum(axis=1, keepdims=True), 1e-30))
    return m
x = np.hstack([hellinger(right), hellinger(left)])
keep = np.array([w not in ("<s>", "</s>") and x[i].any() for i, w in enumerate(words)])
rows = np.nonzero(keep)[0]
x = x[rows]
x -= x.mean(axis=0)
rng = np.random.default_rng(1)
# randomized SVD (Halko et al. 2011) to 96 dimensions
k = 96
q = x @ rng.standard_normal((x.shape[1], k + 32)).astype(np.float32)
for _ in range(2):
    q, _r = np.linalg.qr(q); q = x @ (x.T @ q)
q, _r = np.linalg.qr(q)
u, s, vt = np.linalg.svd(q.T @ x, full_matrices=False)
emb = (x @ vt[:k].T).astype(np.float32)
emb /= np.maximum(np.linalg.norm(emb, axis=1, keepdims=True), 1e-9)
weight = p[rows]

def kmeans(points, kk, w, seed, iters=30):
    r = np.random.default_rng(seed)
    # k-means++-like start weighted by frequency: the most frequent points first spread the centres
    cent = points[r.choice(len(points), kk, replace=False, p=w / w.sum())].copy()
    for _ in range(iters):
        assign = np.empty(len(points), dtype=np.int64)
        for s0 in range(0, len(points), 8192):
            assign[s0:s0 + 8192] = np.argmax(points[s0:s0 + 8192] @ cent.T, axis=1)
        for c in range(kk):
            members = points[assign == c]
            if len(members):
                v = members.sum(axis=0); cent[c] = v / max(np.linalg.norm(v), 1e-9)
    return assign, cent

a1024, c1024 = kmeans(emb, 1024, np.sqrt(weight), 1)
a256c, c256 = kmeans(c1024, 256, np.ones(1024), 2)
a64c, c64 = kmeans(c256, 64, np.ones(256), 3)
a16c, _c16 = kmeans(c64, 16, np.ones(64), 4)
with gzip.open(out_path, "wt", encoding="utf-8", compresslevel=9) as out:
    out.write("# word\tcluster16\tcluster64\tcluster256\tcluster1024 (see README)\n")
    order = sorted(range(len(rows)), key=lambda i: words[rows[i]])
    for i in order:
        c = a1024[i]; c2 = a256c[c]; c3 = a64c[c2]; c4 = a16c[c3]
        out.write(f"{words[rows[i]]}\t{c4}\t{c3}\t{c2}\t{c}\n")
print(f"{len(rows)} words clustered", file=sys.stderr)
