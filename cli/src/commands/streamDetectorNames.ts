/** The detectors `airr stream` offers, by River's snake_case names (kept apart so `--help` loads no core). */
export const DETECTORS = ["adwin", "page_hinkley", "kswin", "ddm", "eddm", "hddm_a", "hddm_w"] as const;
