"""The MMD permutation test written with numpy (Alibi Detect's formulas, float64), timed on the
benchmark's own embeddings for bench/stream.bench.ts. Usage: python3 bench/mmd_numpy_bench.py REF.f64 CUR.f64 DIM PERMS
"""

import json
import sys
import time

import numpy as np

dim, perms = int(sys.argv[3]), int(sys.argv[4])
ref = np.fromfile(sys.argv[1], dtype=np.float64).reshape(-1, dim)
cur = np.fromfile(sys.argv[2], dtype=np.float64).reshape(-1, dim)
start = time.perf_counter()
xy = np.vstack([ref, cur])
sq = (xy**2).sum(-1)
d2 = np.clip(sq[:, None] + sq[None, :] - 2 * xy @ xy.T, 1e-30, None)
n = len(ref)
sigma2 = 0.5 * np.sort(d2[:n, :n].ravel())[n + (n * n - n) // 2 - 1]
K = np.exp(-d2 / (2 * sigma2))
np.fill_diagonal(K, 0.0)


def mmd2(Kp, m=len(cur)):
    return Kp[:-m, :-m].sum() / (n * (n - 1)) + Kp[-m:, -m:].sum() / (m * (m - 1)) - 2.0 * Kp[-m:, :-m].mean()


stat = mmd2(K)
rng = np.random.default_rng(0)
permuted = [mmd2(K[idx][:, idx]) for idx in (rng.permutation(len(xy)) for _ in range(perms))]
p_value = float(np.mean(stat <= np.array(permuted)))
print(json.dumps({"seconds": time.perf_counter() - start, "mmd2": float(stat), "p_value": p_value}))
