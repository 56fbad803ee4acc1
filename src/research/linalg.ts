/**
 * The little dense linear algebra the calibration and the optimiser need, on
 * small symmetric matrices (one row per fitted parameter or lever): a
 * Cholesky factor, a triangular solve and Jacobi's eigen-decomposition. Only
 * + − × ÷ and Math.sqrt (correctly rounded everywhere), so every engine gives
 * the same digits. Matrices are arrays of rows.
 */

export type Matrix = number[][];

export const zeros = (n: number): Matrix => Array.from({ length: n }, () => new Array<number>(n).fill(0));
export const identity = (n: number): Matrix => zeros(n).map((row, i) => row.map((_, j) => (i === j ? 1 : 0)));

/** Lower-triangular L with L·Lᵀ = a; a small ridge is added when a is not positive definite (a degenerate population). */
export function cholesky(a: Matrix): Matrix {
  const n = a.length;
  for (let ridge = 0; ; ridge = ridge === 0 ? 1e-12 : ridge * 10) {
    const l = zeros(n);
    let ok = true;
    for (let i = 0; i < n && ok; i++) {
      for (let j = 0; j <= i; j++) {
        let s = a[i][j] + (i === j ? ridge : 0);
        for (let k = 0; k < j; k++) s -= l[i][k] * l[j][k];
        if (i === j) {
          if (!(s > 0)) ok = false;
          else l[i][i] = Math.sqrt(s);
        } else l[i][j] = s / l[j][j];
      }
    }
    if (ok) return l;
    if (ridge > 1) throw new RangeError('cholesky: matrix is not positive definite');
  }
}

/** x with L·x = b, L lower triangular. */
export function solveLower(l: Matrix, b: readonly number[]): number[] {
  const x = new Array<number>(b.length);
  for (let i = 0; i < b.length; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i][k] * x[k];
    x[i] = s / l[i][i];
  }
  return x;
}

/** L·z */
export function mulLower(l: Matrix, z: readonly number[]): number[] {
  return l.map((row, i) => {
    let s = 0;
    for (let k = 0; k <= i; k++) s += row[k] * z[k];
    return s;
  });
}

/**
 * Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations:
 * values[k] and vectors' column k (vectors[i][k]), a = V·diag(values)·Vᵀ.
 */
export function symmetricEigen(a: Matrix): { values: number[]; vectors: Matrix } {
  const n = a.length;
  const m = a.map((row) => [...row]);
  const v = identity(n);
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += m[p][q] * m[p][q];
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (m[p][q] === 0) continue;
        const theta = (m[q][q] - m[p][p]) / (2 * m[p][q]);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const mkp = m[k][p];
          const mkq = m[k][q];
          m[k][p] = c * mkp - s * mkq;
          m[k][q] = s * mkp + c * mkq;
        }
        for (let k = 0; k < n; k++) {
          const mpk = m[p][k];
          const mqk = m[q][k];
          m[p][k] = c * mpk - s * mqk;
          m[q][k] = s * mpk + c * mqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k][p];
          const vkq = v[k][q];
          v[k][p] = c * vkp - s * vkq;
          v[k][q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: m.map((row, i) => row[i]), vectors: v };
}
