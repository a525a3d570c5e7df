/** scipy's `rankdata(values, method="average")`, plus the tie-group sizes. */
export function rankAverage(values: Float64Array): { ranks: Float64Array; ties: number[] } {
  const order = Array.from(values.keys()).sort((x, y) => (values[x] as number) - (values[y] as number));
  const ranks = new Float64Array(values.length);
  const ties: number[] = [];
  let i = 0;
  while (i < order.length) {
    let j = i;
    const v = values[order[i] as number] as number;
    while (j + 1 < order.length && values[order[j + 1] as number] === v) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k] as number] = rank;
    ties.push(j - i + 1);
    i = j + 1;
  }
  return { ranks, ties };
}
