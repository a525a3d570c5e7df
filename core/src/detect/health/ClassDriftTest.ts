/** Class counts by label. */
export type ClassCounts = Readonly<Record<string, number>>;

/** A class-distribution drift test's verdict, after Evidently: score, threshold, drift or not. */
export interface ClassDriftResult {
  detected: boolean;
  score: number;
  threshold: number;
}

/**
 * The seam the class-distribution check calls: `max-shift` here, and the data-drift module's
 * chi-square and Jensen-Shannon stat checks through an adapter (`statClassDriftTest`).
 */
export interface ClassDriftTest {
  /** The threshold used when the configuration gives none. */
  defaultThreshold: number;
  /** What the score means, for evidence and docs. */
  scoreMeaning: string;
  run(reference: ClassCounts, current: ClassCounts, threshold: number): ClassDriftResult;
}
