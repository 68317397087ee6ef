/**
 * Flags of the countries in the dataset, drawn as a few SVG shapes in a
 * 30 x 20 viewBox. Simplified but recognisable: emblems are reduced to a few
 * shapes, the US stars to small circles. Colours are hex.
 */
import type { Flag, FlagShape } from '../core/dataset-types';

const W = 30;
const H = 20;

/** Round to 2 decimals so the generated path strings stay short. */
const r2 = (n: number): number => Math.round(n * 100) / 100;

const rect = (x: number, y: number, width: number, height: number, fill: string): FlagShape => ({
  type: 'rect',
  x,
  y,
  width,
  height,
  fill,
});

const circle = (cx: number, cy: number, r: number, fill: string): FlagShape => ({
  type: 'circle',
  cx,
  cy,
  r,
  fill,
});

/** Horizontal bands of equal height, top to bottom. */
const bands = (...fills: string[]): FlagShape[] =>
  fills.map((fill, i) => rect(0, (i * H) / fills.length, W, H / fills.length, fill));

/**
 * A star with `points` tips as a closed path. The first tip points in
 * direction `angleDeg` (0 = right, -90 = up, in screen coordinates).
 */
function star(
  cx: number,
  cy: number,
  outer: number,
  inner: number,
  points: number,
  fill: string,
  angleDeg = -90,
): FlagShape {
  const parts: string[] = [];
  for (let i = 0; i < points * 2; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = ((angleDeg + (i * 180) / points) * Math.PI) / 180;
    const x = r2(cx + radius * Math.cos(angle));
    const y = r2(cy + radius * Math.sin(angle));
    parts.push(`${i === 0 ? 'M' : 'L'}${x} ${y}`);
  }
  return { type: 'path', d: `${parts.join(' ')} Z`, fill };
}

/** A star whose first tip points from (cx, cy) towards (tx, ty). */
const starToward = (
  cx: number,
  cy: number,
  outer: number,
  inner: number,
  tx: number,
  ty: number,
  fill: string,
): FlagShape => star(cx, cy, outer, inner, 5, fill, (Math.atan2(ty - cy, tx - cx) * 180) / Math.PI);

/**
 * A crescent: the disc (cx1, cy1, R) minus the disc (cx2, cy2, r), as one
 * closed path of two arcs. The second disc must overlap the first one's edge.
 */
function crescent(
  cx1: number,
  cy1: number,
  R: number,
  cx2: number,
  cy2: number,
  r: number,
  fill: string,
): FlagShape {
  const dx = cx2 - cx1;
  const dy = cy2 - cy1;
  const d = Math.hypot(dx, dy);
  const ux = dx / d;
  const uy = dy / d;
  const a = (R * R - r * r + d * d) / (2 * d);
  const h = Math.sqrt(R * R - a * a);
  const px = cx1 + a * ux;
  const py = cy1 + a * uy;
  const x1 = r2(px - h * uy);
  const y1 = r2(py + h * ux);
  const x2 = r2(px + h * uy);
  const y2 = r2(py - h * ux);
  // Outer arc: the long way round, away from the second disc (clockwise on screen).
  // Inner arc: back along the second disc's edge, inside the first disc.
  const innerLarge = a > d ? 1 : 0;
  return {
    type: 'path',
    d: `M${x1} ${y1} A${R} ${R} 0 1 1 ${x2} ${y2} A${r} ${r} 0 ${innerLarge} 0 ${x1} ${y1} Z`,
    fill,
  };
}

/** Stars of the US canton as small circles: 9 rows, alternately 6 and 5. */
function usStars(cantonWidth: number, cantonHeight: number): FlagShape[] {
  const stars: FlagShape[] = [];
  const rowStep = cantonHeight / 10;
  const colStep = cantonWidth / 12;
  for (let row = 0; row < 9; row++) {
    const count = row % 2 === 0 ? 6 : 5;
    for (let col = 0; col < count; col++) {
      const x = colStep * (row % 2 === 0 ? 1 + 2 * col : 2 + 2 * col);
      stars.push(circle(r2(x), r2(rowStep * (row + 1)), 0.32, '#FFFFFF'));
    }
  }
  return stars;
}

function usStripes(): FlagShape[] {
  const stripe = H / 13;
  const shapes: FlagShape[] = [rect(0, 0, W, H, '#B22234')];
  for (let i = 1; i < 13; i += 2) shapes.push(rect(0, i * stripe, W, stripe, '#FFFFFF'));
  return shapes;
}

export const flags = {
  china: {
    label: 'Flag of China',
    shapes: [
      rect(0, 0, W, H, '#EE1C25'),
      star(5, 5, 3, 1.15, 5, '#FFFF00'),
      starToward(10, 2, 1, 0.38, 5, 5, '#FFFF00'),
      starToward(12, 4, 1, 0.38, 5, 5, '#FFFF00'),
      starToward(12, 7, 1, 0.38, 5, 5, '#FFFF00'),
      starToward(10, 9, 1, 0.38, 5, 5, '#FFFF00'),
    ],
  },
  russia: {
    label: 'Flag of Russia',
    shapes: bands('#FFFFFF', '#0039A6', '#D52B1E'),
  },
  india: {
    label: 'Flag of India',
    shapes: [
      ...bands('#FF9933', '#FFFFFF', '#138808'),
      circle(15, 10, 2.9, '#000080'),
      circle(15, 10, 2.4, '#FFFFFF'),
      circle(15, 10, 0.6, '#000080'),
    ],
  },
  pakistan: {
    label: 'Flag of Pakistan',
    shapes: [
      rect(0, 0, 7.5, H, '#FFFFFF'),
      rect(7.5, 0, 22.5, H, '#01411C'),
      crescent(18.5, 10.5, 5, 19.9, 9.1, 4.3, '#FFFFFF'),
      starToward(21.7, 7.3, 1.4, 0.55, 30, 0, '#FFFFFF'),
    ],
  },
  uzbekistan: {
    label: 'Flag of Uzbekistan',
    shapes: [
      rect(0, 0, W, 6.4, '#0099B5'),
      rect(0, 6.4, W, 0.4, '#CE1126'),
      rect(0, 6.8, W, 6.4, '#FFFFFF'),
      rect(0, 13.2, W, 0.4, '#CE1126'),
      rect(0, 13.6, W, 6.4, '#1EB53A'),
      crescent(5, 3.3, 2.4, 5.9, 3.3, 2.1, '#FFFFFF'),
      ...[12, 13.5, 15].map((x) => circle(x, 1.6, 0.35, '#FFFFFF')),
      ...[10.5, 12, 13.5, 15].map((x) => circle(x, 3.3, 0.35, '#FFFFFF')),
      ...[9, 10.5, 12, 13.5, 15].map((x) => circle(x, 5, 0.35, '#FFFFFF')),
    ],
  },
  kazakhstan: {
    label: 'Flag of Kazakhstan',
    shapes: [
      rect(0, 0, W, H, '#00AFCA'),
      rect(1.2, 0, 1.2, H, '#FEC50C'),
      star(15, 8.5, 4.6, 3.6, 32, '#FEC50C'),
      circle(15, 8.5, 3, '#FEC50C'),
      { type: 'path', d: 'M9 15 Q15 11.5 21 15 Q15 13.5 9 15 Z', fill: '#FEC50C' },
    ],
  },
  kyrgyzstan: {
    label: 'Flag of Kyrgyzstan',
    shapes: [
      rect(0, 0, W, H, '#E8112D'),
      star(15, 10, 6, 4.3, 40, '#FFEF00'),
      circle(15, 10, 3.6, '#FFEF00'),
      circle(15, 10, 2.6, '#E8112D'),
      circle(15, 10, 2.1, '#FFEF00'),
    ],
  },
  tajikistan: {
    label: 'Flag of Tajikistan',
    shapes: [
      rect(0, 0, W, (H * 2) / 7, '#CC0000'),
      rect(0, (H * 2) / 7, W, (H * 3) / 7, '#FFFFFF'),
      rect(0, (H * 5) / 7, W, (H * 2) / 7, '#006600'),
      { type: 'path', d: 'M13.2 11.6 L13.2 9.9 L14.1 10.7 L15 9.5 L15.9 10.7 L16.8 9.9 L16.8 11.6 Z', fill: '#F8C300' },
      ...[0, 1, 2, 3, 4, 5, 6].map((i) => {
        const angle = ((160 - (i * 140) / 6) * Math.PI) / 180;
        return circle(r2(15 + 3.2 * Math.cos(angle)), r2(11 - 3.2 * Math.sin(angle)), 0.35, '#F8C300');
      }),
    ],
  },
  turkey: {
    label: 'Flag of Turkey',
    shapes: [
      rect(0, 0, W, H, '#E30A17'),
      crescent(10, 10, 5, 11.25, 10, 4, '#FFFFFF'),
      star(17.4, 10, 2.5, 1, 5, '#FFFFFF', 180),
    ],
  },
  azerbaijan: {
    label: 'Flag of Azerbaijan',
    shapes: [
      ...bands('#00B5E2', '#EF3340', '#509E2F'),
      crescent(13.6, 10, 2.8, 14.4, 10, 2.3, '#FFFFFF'),
      star(17.2, 10, 1.3, 0.65, 8, '#FFFFFF'),
    ],
  },
  armenia: {
    label: 'Flag of Armenia',
    shapes: bands('#D90012', '#0033A0', '#F2A800'),
  },
  iran: {
    label: 'Flag of Iran',
    shapes: [
      ...bands('#239F40', '#FFFFFF', '#DA0000'),
      crescent(14.3, 10, 2, 15.2, 10, 1.7, '#DA0000'),
      crescent(15.7, 10, 2, 14.8, 10, 1.7, '#DA0000'),
      rect(14.8, 8, 0.4, 4, '#DA0000'),
    ],
  },
  ukraine: {
    label: 'Flag of Ukraine',
    shapes: bands('#0057B7', '#FFD700'),
  },
  'united-states': {
    label: 'Flag of the United States',
    shapes: [...usStripes(), rect(0, 0, 12, (H * 7) / 13, '#3C3B6E'), ...usStars(12, (H * 7) / 13)],
  },
  taiwan: {
    label: 'Flag of Taiwan',
    shapes: [
      rect(0, 0, W, H, '#FE0000'),
      rect(0, 0, 15, 10, '#000095'),
      star(7.5, 5, 3.75, 2.2, 12, '#FFFFFF'),
      circle(7.5, 5, 2.1, '#000095'),
      circle(7.5, 5, 1.8, '#FFFFFF'),
    ],
  },
} satisfies Record<string, Flag>;
