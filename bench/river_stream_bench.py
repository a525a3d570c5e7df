"""River's ADWIN and PageHinkley on the benchmark's own stream, for bench/stream.bench.ts.

Usage: PYTHONPATH=<dir with the river package> python3 bench/river_stream_bench.py STREAM.f64 N
Reads the first N float64 values written by the TypeScript bench, feeds them to River's detectors
and prints one JSON line per detector: updates per second and detections.
"""

import json
import sys
import time

import numpy as np
from river import drift

values = np.fromfile(sys.argv[1], dtype=np.float64)[: int(sys.argv[2])].tolist()
for name, make in [("adwin", drift.ADWIN), ("page_hinkley", drift.PageHinkley)]:
    detector = make()
    detections = 0
    start = time.perf_counter()
    for x in values:
        detector.update(x)
        if detector.drift_detected:
            detections += 1
    seconds = time.perf_counter() - start
    print(json.dumps({"detector": name, "n": len(values), "seconds": seconds, "per_second": len(values) / seconds, "drifts": detections}))
