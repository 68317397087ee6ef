import type { Flag as FlagData, FlagShape } from '../../core/dataset-types';

export interface FlagProps {
  flag: FlagData;
  /**
   * When the country's name is written right next to the flag, the label
   * would only be read twice: hide the flag from assistive tools instead.
   */
  decorative?: boolean;
  /** Extra class on the <svg> ("flag" is always set). */
  class?: string;
}

/**
 * Paint values we accept from the dataset: hex, rgb()/hsl(), or a colour
 * keyword. Anything else (a url(), say) falls back to a neutral grey rather
 * than reaching the renderer.
 */
const SAFE_FILL = /^(#[0-9a-f]{3,8}|(rgb|rgba|hsl|hsla)\([0-9.,%\s/+-]+\)|[a-z]{3,20})$/i;

function safeFill(fill: string): string {
  const f = fill.trim();
  return SAFE_FILL.test(f) ? f : '#8c959f';
}

function Shape({ shape }: { shape: FlagShape }) {
  switch (shape.type) {
    case 'rect':
      return <rect x={shape.x} y={shape.y} width={shape.width} height={shape.height} fill={safeFill(shape.fill)} />;
    case 'circle':
      return <circle cx={shape.cx} cy={shape.cy} r={shape.r} fill={safeFill(shape.fill)} />;
    case 'path':
      return <path d={shape.d} fill={safeFill(shape.fill)} />;
  }
}

/** The flag's shapes, for an <svg> or a <symbol> with a 30 × 20 viewBox. */
export function FlagShapes({ flag }: { flag: FlagData }) {
  return (
    <>
      {flag.shapes.map((shape, i) => (
        <Shape key={i} shape={shape} />
      ))}
    </>
  );
}

/**
 * A flag drawn from `Flag.shapes` as an inline SVG (30 × 20 viewBox). Sized
 * by CSS (`.flag`); the element is built node by node, never from markup.
 */
export function Flag({ flag, decorative = false, class: className }: FlagProps) {
  const cls = className ? `flag ${className}` : 'flag';
  return (
    <svg
      class={cls}
      viewBox="0 0 30 20"
      preserveAspectRatio="none"
      focusable="false"
      {...(decorative ? { 'aria-hidden': 'true' } : { role: 'img', 'aria-label': flag.label })}
    >
      {decorative ? null : <title>{flag.label}</title>}
      <FlagShapes flag={flag} />
    </svg>
  );
}
