/**
 * Minimum-cost assignment (the Hungarian method with potentials, O(rows² · cols)).
 * `cost` is row-major, rows ≤ cols; returns the column given to each row.
 */
export function assignMinCost(cost: Float64Array, rows: number, cols: number): Int32Array {
  const u = new Float64Array(rows + 1);
  const v = new Float64Array(cols + 1);
  const owner = new Int32Array(cols + 1); // owner[j]: the row (1-based) holding column j, 0 for none
  const way = new Int32Array(cols + 1);
  const minv = new Float64Array(cols + 1);
  const used = new Uint8Array(cols + 1);
  for (let i = 1; i <= rows; i++) {
    owner[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = owner[j0]!;
      let delta = Infinity;
      let j1 = 0;
      const base = (i0 - 1) * cols;
      for (let j = 1; j <= cols; j++) {
        if (used[j]) continue;
        const reduced = cost[base + j - 1]! - u[i0]! - v[j]!;
        if (reduced < minv[j]!) {
          minv[j] = reduced;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= cols; j++) {
        if (used[j]) {
          u[owner[j]!]! += delta;
          v[j]! -= delta;
        } else minv[j]! -= delta;
      }
      j0 = j1;
    } while (owner[j0] !== 0);
    do {
      const j1 = way[j0]!;
      owner[j0] = owner[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const result = new Int32Array(rows).fill(-1);
  for (let j = 1; j <= cols; j++) if (owner[j]) result[owner[j]! - 1] = j - 1;
  return result;
}
