import { detectEmbeddingDrift, EmbeddingDriftError } from "@airr/core";
import { describe, expect, it } from "vitest";

function errorOf(fn: () => unknown): EmbeddingDriftError {
  try {
    fn();
  } catch (error) {
    if (error instanceof EmbeddingDriftError) return error;
    throw error;
  }
  throw new Error("expected an EmbeddingDriftError");
}

const ok = [
  [0, 1],
  [1, 0],
];

describe("bad embeddings", () => {
  it.each([
    ["empty reference", [], ok, "reference"],
    ["wrong dimension", ok, [[1, 2, 3]], "current[0]"],
    ["non-numeric value", ok, [[1, "x"]], "current[0][1]"],
    [
      "NaN",
      [
        [Number.NaN, 1],
        [1, 1],
      ],
      ok,
      "reference[0][0]",
    ],
    ["row not an array", ok, [5], "current[0]"],
  ])("%s names the row", (_label, ref, cur, where) => {
    const error = errorOf(() => detectEmbeddingDrift("euclidean", ref, cur));
    expect(error.code).toBe("InvalidEmbeddings");
    expect(error.where).toBe(where);
  });

  it("MMD needs two rows per set", () => {
    expect(errorOf(() => detectEmbeddingDrift("mmd", [[1, 2]], ok)).where).toBe("reference");
  });

  it("rejects bad options and unknown methods", () => {
    expect(errorOf(() => detectEmbeddingDrift("mmd", ok, ok, { permutations: 0 })).where).toBe("permutations");
    expect(() => detectEmbeddingDrift("wasserstein", ok, ok)).toThrow(/unknown embedding drift method/);
  });
});
