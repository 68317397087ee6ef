#!/usr/bin/env node
/**
 * Draws the Summit Lens toolbar icon — a magnifying lens (ring + handle)
 * over a small stylised globe — and writes icons/icon-{16,32,48,128}.png.
 *
 * Plain Node, no dependencies: shapes are signed-distance functions sampled
 * on a supersampled grid (anti-aliasing), composited with "over", and the PNG
 * is encoded by hand (signature, IHDR, IDAT via zlib.deflateSync, IEND,
 * CRC32). Output is byte-for-byte deterministic.
 *
 * Colours were picked to read on both light (#f1f3f4, #ffffff) and dark
 * (#202124, #2b2a33) toolbars: a deep-blue ring with a light glass inside
 * gives a dark-on-light silhouette, the pale glass and the amber handle give
 * a light-on-dark one.
 *
 * Usage: node scripts/draw-icons.mjs [outDir]   (default: <repo>/icons)
 */
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZES = [16, 32, 48, 128];
/** Samples per pixel along each axis (SS × SS per pixel). */
const SS = 8;

// ---------------------------------------------------------------- colours
const hex = (h) => [
  parseInt(h.slice(1, 3), 16),
  parseInt(h.slice(3, 5), 16),
  parseInt(h.slice(5, 7), 16),
];
const C = {
  ring: hex('#1d4ed8'), // deep blue
  ringEdge: hex('#172f7a'), // darker rim, keeps the ring crisp on light bars
  glass: hex('#e8f3ff'), // pale glass
  ocean: hex('#2f9e8f'), // teal globe
  oceanDark: hex('#23786d'),
  grid: hex('#e8f3ff'), // meridians / parallels, same as glass
  handle: hex('#f59e0b'), // amber
  handleEdge: hex('#b45309'),
  glint: hex('#ffffff'),
};

// ---------------------------------------------------------------- geometry
// Signed distance functions; negative inside. Units: icon pixels.
const len = (x, y) => Math.sqrt(x * x + y * y);
const sdCircle = (px, py, cx, cy, r) => len(px - cx, py - cy) - r;
const sdRing = (px, py, cx, cy, r, w) => Math.abs(len(px - cx, py - cy) - r) - w / 2;
function sdSegment(px, py, ax, ay, bx, by, r) {
  const pax = px - ax;
  const pay = py - ay;
  const bax = bx - ax;
  const bay = by - ay;
  const h = Math.max(0, Math.min(1, (pax * bax + pay * bay) / (bax * bax + bay * bay)));
  return len(pax - bax * h, pay - bay * h) - r;
}
/** Approximate distance to the outline of an axis-aligned ellipse, stroked w wide. */
function sdEllipseStroke(px, py, cx, cy, rx, ry, w) {
  const nx = (px - cx) / rx;
  const ny = (py - cy) / ry;
  const k = len(nx, ny);
  if (k === 0) return Math.min(rx, ry) - w / 2;
  // first-order correction: divide by gradient magnitude of the implicit fn
  const gx = nx / rx;
  const gy = ny / ry;
  const g = len(gx, gy) / k;
  return Math.abs(k - 1) / g - w / 2;
}

/**
 * The design, per size, in that size's own pixels. The large size is the
 * master drawing (on a 128 grid); the small ones are re-drawn rather than
 * scaled: centres sit on pixel centres and ring edges on pixel edges, so the
 * 1 px globe lines and the ring stay crisp, and strokes are thicker relative
 * to the canvas so that a 16 px ring is a full 2 px.
 */
const DESIGNS = {
  // cx/cy: lens centre; rOuter: outer edge of the ring; ring: ring width;
  // rim: darker edge inside the ring/handle; handle: handle width; handleEnd:
  // centre of the handle's far cap; globeR: globe radius; grid: line width
  // of meridian/equator (0 = none); prime: straight central meridian;
  // lat: draw two parallels; glint: glass
  // highlight; shine: lighter cap on the globe (small sizes, instead of lines).
  16: { cx: 6, cy: 6, rOuter: 6, ring: 2, rim: 0, handle: 3, handleEnd: 14.4, globeR: 3.25, grid: 0, prime: false, lat: false, glint: false, shine: true },
  32: { cx: 13.5, cy: 13.5, rOuter: 12.5, ring: 3, rim: 0, handle: 5.2, handleEnd: 28.6, globeR: 7.5, grid: 1, prime: false, lat: false, glint: false, shine: false },
  48: { cx: 19.5, cy: 19.5, rOuter: 17.5, ring: 4, rim: 0.75, handle: 7.4, handleEnd: 43.4, globeR: 11, grid: 1.25, prime: true, lat: true, glint: true, shine: false },
  128: { cx: 52, cy: 52, rOuter: 45, ring: 10, rim: 1.6, handle: 19, handleEnd: 116.5, globeR: 29, grid: 3, prime: true, lat: true, glint: true, shine: false },
};

function designFor(size) {
  const t = DESIGNS[size];
  const ringMid = t.rOuter - t.ring / 2;
  const rInner = t.rOuter - t.ring;
  const hk = ringMid; // handle starts under the middle of the ring
  return {
    ...t,
    size,
    s: size / 128,
    ringMid,
    rInner,
    hax: t.cx + hk * Math.SQRT1_2,
    hay: t.cy + hk * Math.SQRT1_2,
    hbx: t.handleEnd,
    hby: t.handleEnd,
  };
}

/**
 * Colour at a point, layers composited bottom to top with "over";
 * returns premultiplied [r, g, b, a] in 0..1.
 */
function shade(d, px, py) {
  const { cx, cy, ringMid, rInner, globeR: gr } = d;
  let r = 0;
  let g = 0;
  let b = 0;
  let a = 0;
  const over = (col, alpha = 1) => {
    r = (col[0] / 255) * alpha + r * (1 - alpha);
    g = (col[1] / 255) * alpha + g * (1 - alpha);
    b = (col[2] / 255) * alpha + b * (1 - alpha);
    a = alpha + a * (1 - alpha);
  };

  // Handle: amber capsule, with a darker rim on the larger sizes.
  const dh = sdSegment(px, py, d.hax, d.hay, d.hbx, d.hby, d.handle / 2);
  if (dh < 0) over(dh > -d.rim ? C.handleEdge : C.handle);

  // Glass (slightly under the ring so no background shows between them).
  if (sdCircle(px, py, cx, cy, rInner + 0.25) < 0) {
    over(C.glass);
    // Globe, centred in the glass.
    if (sdCircle(px, py, cx, cy, gr) < 0) {
      // two-tone shading: the lower-right crescent is darker
      const shadow = sdCircle(px, py, cx - gr * 0.35, cy - gr * 0.35, gr * 1.05) > 0;
      over(shadow ? C.oceanDark : C.ocean);
      if (d.shine && sdCircle(px, py, cx - gr * 0.38, cy - gr * 0.38, gr * 0.42) < 0) {
        over(C.grid, 0.55);
      }
      if (d.grid > 0) {
        const w = d.grid;
        const onGrid =
          sdEllipseStroke(px, py, cx, cy, gr * 0.45, gr, w) < 0 || // meridian
          (d.prime && Math.abs(px - cx) - w / 2 < 0) || // prime meridian
          Math.abs(py - cy) - w / 2 < 0 || // equator
          (d.lat && Math.abs(Math.abs(py - cy) - gr * 0.58) - w / 2 < 0); // parallels
        if (onGrid) over(C.grid, 0.92);
      }
    }
    // Glint on the glass, upper left.
    if (d.glint) {
      const gd = sdRing(px, py, cx, cy, rInner - d.ring * 0.5, d.ring * 0.26);
      const ang = Math.atan2(py - cy, px - cx);
      if (gd < 0 && ang > -2.8 && ang < -1.95) over(C.glint);
    }
  }

  // Ring, with a thin darker rim on both edges.
  const dRing = sdRing(px, py, cx, cy, ringMid, d.ring);
  if (dRing < 0) over(dRing > -d.rim ? C.ringEdge : C.ring);

  return [r, g, b, a];
}

/** Renders one size to straight-alpha RGBA bytes. */
export function render(size) {
  const d = designFor(size);
  const out = new Uint8Array(size * size * 4);
  const inv = 1 / (SS * SS);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const px = x + (sx + 0.5) / SS;
          const py = y + (sy + 0.5) / SS;
          const c = shade(d, px, py);
          r += c[0];
          g += c[1];
          b += c[2];
          a += c[3];
        }
      }
      r *= inv;
      g *= inv;
      b *= inv;
      a *= inv;
      const i = (y * size + x) * 4;
      if (a > 0) {
        out[i] = Math.round(Math.min(1, r / a) * 255);
        out[i + 1] = Math.round(Math.min(1, g / a) * 255);
        out[i + 2] = Math.round(Math.min(1, b / a) * 255);
        out[i + 3] = Math.round(Math.min(1, a) * 255);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- PNG
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typeBuf = Buffer.from(type, 'latin1');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([typeBuf, data])));
  return Buffer.concat([len, typeBuf, data, crc]);
}

/** Encodes 8-bit RGBA pixels as a PNG (colour type 6, no interlace, filter 0). */
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------- main
const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? join(here, '..', 'icons'));
  mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = join(outDir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, render(size)));
    console.log(`wrote ${file}`);
  }
}
