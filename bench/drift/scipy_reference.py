#!/usr/bin/env python3
"""scipy / Evidently-formula side of bench/drift.bench.ts. `gen DIR` writes the shared data;
`CASE DIR` times one case on it and prints {"seconds": [...], "maxrss_kb": n} as JSON.
Each case runs in its own process so maxrss is that case's peak."""
import json
import resource
import sys
import time

import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial import distance

N = 1_000_000
ROWS = 100_000
NUM_COLS, CAT_COLS = 40, 10


def gen(d):
    rng = np.random.default_rng(2024)
    rng.normal(0, 1, N).astype("<f8").tofile(f"{d}/ref.f64")
    rng.normal(0.01, 1.02, N).astype("<f8").tofile(f"{d}/cur.f64")
    rng.integers(0, 10_000, N).astype("<i4").tofile(f"{d}/cat_ref.i32")
    rng.integers(0, 10_000, N).astype("<i4").tofile(f"{d}/cat_cur.i32")
    (rng.normal(0, 1, (NUM_COLS, ROWS))).astype("<f8").tofile(f"{d}/preset_num_ref.f64")
    (rng.normal(0.02, 1, (NUM_COLS, ROWS))).astype("<f8").tofile(f"{d}/preset_num_cur.f64")
    rng.integers(0, 20, (CAT_COLS, ROWS)).astype("<i4").tofile(f"{d}/preset_cat_ref.i32")
    rng.integers(0, 20, (CAT_COLS, ROWS)).astype("<i4").tofile(f"{d}/preset_cat_cur.i32")


def binned(r, c, num):
    # Evidently's get_binned_data.
    if num and r.nunique() > 20:
        bins = np.histogram_bin_edges(np.asarray(pd.concat([r, c]).values), bins="sturges")
        return np.histogram(r, bins)[0] / len(r), np.histogram(c, bins)[0] / len(c)
    keys = list(set(r.dropna().unique()) | set(c.dropna().unique()))
    rc = {**dict.fromkeys(keys, 0), **dict(r.value_counts())}
    cc = {**dict.fromkeys(keys, 0), **dict(c.value_counts())}
    return np.array([rc[k] / len(r) for k in keys]), np.array([cc[k] / len(c) for k in keys])


def fill(p):
    m = min(p[p != 0])
    np.place(p, p == 0, m / 10**6 if m <= 0.0001 else 0.0001)
    return p


def main():
    case, d = sys.argv[1], sys.argv[2]
    if case == "gen":
        gen(d)
        return
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    if case in ("ks", "wasserstein", "psi", "jensenshannon"):
        r = pd.Series(np.fromfile(f"{d}/ref.f64", dtype="<f8"))
        c = pd.Series(np.fromfile(f"{d}/cur.f64", dtype="<f8"))
    if case == "chisquare":
        r = pd.Series(["c%d" % v for v in np.fromfile(f"{d}/cat_ref.i32", dtype="<i4")], dtype=object)
        c = pd.Series(["c%d" % v for v in np.fromfile(f"{d}/cat_cur.i32", dtype="<i4")], dtype=object)
    if case == "preset":
        num_r = np.fromfile(f"{d}/preset_num_ref.f64", dtype="<f8").reshape(NUM_COLS, ROWS)
        num_c = np.fromfile(f"{d}/preset_num_cur.f64", dtype="<f8").reshape(NUM_COLS, ROWS)
        cat_r = np.fromfile(f"{d}/preset_cat_ref.i32", dtype="<i4").reshape(CAT_COLS, ROWS)
        cat_c = np.fromfile(f"{d}/preset_cat_cur.i32", dtype="<i4").reshape(CAT_COLS, ROWS)
        ref = pd.DataFrame({**{f"n{i}": num_r[i] for i in range(NUM_COLS)}, **{f"c{i}": ["k%d" % v for v in cat_r[i]] for i in range(CAT_COLS)}})
        cur = pd.DataFrame({**{f"n{i}": num_c[i] for i in range(NUM_COLS)}, **{f"c{i}": ["k%d" % v for v in cat_c[i]] for i in range(CAT_COLS)}})

    def run():
        if case == "ks":
            return stats.ks_2samp(r, c)[1]
        if case == "wasserstein":
            return stats.wasserstein_distance(r, c) / max(float(np.std(r)), 0.001)
        if case == "psi":
            a, b = binned(r, c, True)
            a, b = fill(a), fill(b)
            return float(np.sum((a - b) * np.log(a / b)))
        if case == "jensenshannon":
            a, b = binned(r, c, True)
            return distance.jensenshannon(a, b)
        if case == "chisquare":
            keys = list(set(r.dropna().unique()) | set(c.dropna().unique()))
            rc = {**dict.fromkeys(keys, 0), **dict(r.value_counts())}
            cc = {**dict.fromkeys(keys, 0), **dict(c.value_counts())}
            k = c.shape[0] / r.shape[0]
            return stats.chisquare([cc[x] for x in keys], [rc[x] * k for x in keys])[1]
        if case == "preset":
            drifted = 0
            for name in ref.columns:
                num = name.startswith("n")
                a = ref[name].replace([-np.inf, np.inf], np.nan).dropna()
                b = cur[name].replace([-np.inf, np.inf], np.nan).dropna()
                n_values = pd.concat([a, b]).nunique()
                if num and n_values > 5:
                    score = stats.wasserstein_distance(a, b) / max(float(np.std(a)), 0.001)
                else:
                    p, q = binned(a, b, num)
                    score = distance.jensenshannon(p, q)
                drifted += score >= 0.1
            return drifted / len(ref.columns)
        raise SystemExit(f"unknown case {case}")

    seconds = []
    value = None
    for _ in range(repeats):
        t = time.perf_counter()
        value = run()
        seconds.append(time.perf_counter() - t)
    print(json.dumps({"seconds": seconds, "value": float(value), "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))


if __name__ == "__main__":
    main()
