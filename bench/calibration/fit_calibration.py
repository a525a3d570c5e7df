"""Platt scaling of the injection score: fits scoreEvidence's CALIBRATION with scikit-learn.

score = sigmoid(a * (evidence - 0.5) + b * margin + c), margin = attack - benign similarity.
Reads the features exportFeatures.ts writes; prints the unregularised logistic-regression fit and
what the current and the fitted coefficients give on the development set (expected calibration
error over 10 bins, and the detection rates at the default threshold 0.7).

  npx tsc -b && npx tsx bench/calibration/exportFeatures.ts > /tmp/features.jsonl
  /usr/bin/python3 bench/calibration/fit_calibration.py /tmp/features.jsonl 7.4 5.9 1.5

(apt-get install python3-sklearn; the last three arguments are the coefficients in use.)
"""
import json
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression

rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
X = np.array([[r["evidence"] - 0.5, r["margin"]] for r in rows])
y = np.array([r["attack"] for r in rows])
hard = np.array([r["hardNegative"] for r in rows])


def report(name, a, b, c):
    s = 1 / (1 + np.exp(-(a * X[:, 0] + b * X[:, 1] + c)))
    bins = np.minimum((s * 10).astype(int), 9)
    ece = sum(abs(s[bins == k].mean() - y[bins == k].mean()) * (bins == k).sum() for k in range(10) if (bins == k).any())
    flagged = s >= 0.7
    recall, fpr = flagged[y == 1].mean(), flagged[y == 0].mean()
    print(
        f"{name}: a={a:.1f} b={b:.1f} c={c:.1f}  ECE {ece / len(s):.3f}  balanced accuracy {(recall + 1 - fpr) / 2:.3f}"
        f"  recall {recall:.3f}  FPR {fpr:.3f}  hard-negative FPR {flagged[(y == 0) & hard].mean():.3f}"
    )


if len(sys.argv) == 5:
    report("in use ", *map(float, sys.argv[2:5]))
fit = LogisticRegression(penalty=None).fit(X, y)
report("fitted ", round(fit.coef_[0][0], 1), round(fit.coef_[0][1], 1), round(fit.intercept_[0], 1))
