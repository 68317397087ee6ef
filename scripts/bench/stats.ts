/**
 * Pure number helpers for the benchmark: medians, quantiles, a least-squares
 * slope, ratios and the way numbers are printed. No I/O.
 */

/** Median of the finite values; null when there are none. */
export function median(values: readonly (number | null | undefined)[]): number | null {
  return quantile(values, 0.5);
}

/**
 * The q-quantile (0..1) of the finite values, interpolating linearly between
 * order statistics (the same as numpy's default); null when there are none.
 */
export function quantile(values: readonly (number | null | undefined)[], q: number): number | null {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile: q must be in [0, 1], got ${q}`);
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const pos = (xs.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return xs[lo]! + (xs[hi]! - xs[lo]!) * (pos - lo);
}

export function max(values: readonly (number | null | undefined)[]): number | null {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return xs.length === 0 ? null : Math.max(...xs);
}

export function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

export interface LinearFit {
  /** y per unit of x. */
  slope: number;
  intercept: number;
  /** Coefficient of determination (1 = a perfect line); 1 when all y are equal. */
  r2: number;
}

/** Least-squares line through (x, y) points; null with fewer than two distinct x. */
export function linearFit(points: readonly { x: number; y: number }[]): LinearFit | null {
  const pts = points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  const n = pts.length;
  if (n < 2) return null;
  const mx = sum(pts.map((p) => p.x)) / n;
  const my = sum(pts.map((p) => p.y)) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const p of pts) {
    sxx += (p.x - mx) ** 2;
    sxy += (p.x - mx) * (p.y - my);
    syy += (p.y - my) ** 2;
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  return { slope, intercept, r2 };
}

/**
 * Whether cost grows (at most) linearly with size: the cost per unit of size
 * at the largest point is within `tolerance` (default 1.5x) of the cost per
 * unit at the next smaller point. A fixed start-up cost only makes small
 * points dearer per unit, so it never fails this test; a super-linear
 * algorithm does. Null when it cannot be judged (fewer than two points).
 */
export function isLinear(points: readonly { x: number; y: number }[], tolerance = 1.5): boolean | null {
  const pts = points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y) && p.x > 0).sort((a, b) => a.x - b.x);
  if (pts.length < 2) return null;
  const a = pts[pts.length - 2]!;
  const b = pts[pts.length - 1]!;
  if (a.x === b.x) return null;
  return b.y / b.x <= tolerance * (a.y / a.x);
}

/** a / b, or null when either is missing or b is not positive. */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (typeof a !== 'number' || typeof b !== 'number' || !Number.isFinite(a) || !Number.isFinite(b) || b <= 0) return null;
  return a / b;
}

/**
 * A number for a table: about three significant digits, no exponent,
 * thousands not separated; '—' for a missing value.
 */
export function fmt(value: number | null | undefined, digits?: number): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  if (digits !== undefined) return value.toFixed(digits);
  const abs = Math.abs(value);
  if (abs === 0) return '0';
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  if (abs >= 0.01) return value.toFixed(3);
  return value.toPrecision(2);
}

/** "2.4x" style ratio; '—' when missing. */
export function fmtRatio(value: number | null | undefined): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  return `${value >= 10 ? value.toFixed(0) : value.toFixed(2)}x`;
}

/** A Markdown table; cells are escaped for pipes and newlines. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('l' | 'r')[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const width = header.length;
  for (const [i, r] of rows.entries()) {
    if (r.length !== width) throw new Error(`markdownTable: row ${i} has ${r.length} cells, expected ${width}`);
  }
  const sep = header.map((_, i) => ((align?.[i] ?? 'l') === 'r' ? '---:' : '---'));
  const line = (cells: readonly string[]) => `| ${cells.map(esc).join(' | ')} |`;
  return [line(header), line(sep), ...rows.map(line)].join('\n');
}

/** A deterministic pseudo-random generator (mulberry32): same seed, same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
