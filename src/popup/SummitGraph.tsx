/**
 * The picture of who met whom: draws the layout of core/summit-graph.ts.
 * Leaders are buttons (click, Enter or Space opens the card); edges are
 * decoration here, the list under the picture says the same in words.
 */
import { Flag } from '../common/ui/Flag';
import type { GraphNode, SummitGraph as Graph } from '../core/summit-graph';
import { byId, flagFor } from './data';
import { plural, t } from '../common/ui/strings';

export const NODE_R = 17;
const FLAG_W = 20;
const FLAG_H = 13.5;
/** Line height of a two-line edge label (matches the layout's estimate). */
const LINE_H = 14;

function Node({ node, onOpen }: { node: GraphNode; onOpen: (id: string) => void }) {
  const e = byId.get(node.id);
  const flag = e ? flagFor(e) : undefined;
  const role = e?.role?.text ?? '';
  const held = node.meetings === 0 ? t('summit_meetings_none') : plural('summit_meetings_one', 'summit_meetings_other', node.meetings);
  const meetings = node.announced === 0 ? held : `${held}, ${plural('summit_announced_one', 'summit_announced_other', node.announced)}`;
  const label = t('summit_node_label', node.name, role, meetings);
  const onKeyDown = (ev: KeyboardEvent) => {
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      onOpen(node.id);
    }
  };
  return (
    <g class="node" data-node={node.id} role="button" tabindex={0} aria-label={label} onClick={() => onOpen(node.id)} onKeyDown={onKeyDown}>
      <title>{label}</title>
      <circle class="node__focus" cx={node.x} cy={node.y} r={NODE_R + 4} />
      <circle class="node__disc" cx={node.x} cy={node.y} r={NODE_R} />
      {flag ? (
        <foreignObject x={node.x - FLAG_W / 2} y={node.y - FLAG_H / 2} width={FLAG_W} height={FLAG_H} aria-hidden="true">
          <Flag flag={flag} decorative class="node__flag" />
        </foreignObject>
      ) : null}
      <text class="node__label" x={node.label.x} y={node.label.y} dy="0.35em" text-anchor="middle" aria-hidden="true">
        {node.shortName}
      </text>
    </g>
  );
}

export function SummitGraph({ graph, onOpen, titleId }: { graph: Graph; onOpen: (id: string) => void; titleId: string }) {
  const at = new Map(graph.nodes.map((n) => [n.id, n]));
  return (
    <svg
      class="graph"
      viewBox={`0 0 ${graph.box.width} ${graph.box.height}`}
      width={graph.box.width}
      height={graph.box.height}
      role="group"
      aria-labelledby={titleId}
    >
      <g class="edges" aria-hidden="true">
        {graph.edges.map((edge) => {
          const p = at.get(edge.a);
          const q = at.get(edge.b);
          if (!p || !q) return null;
          return (
            <line
              key={`${edge.a}-${edge.b}`}
              class={`edge edge--${edge.kind}`}
              data-edge={`${edge.a} ${edge.b}`}
              x1={p.x}
              y1={p.y}
              x2={q.x}
              y2={q.y}
            />
          );
        })}
      </g>
      <g class="edge-labels" aria-hidden="true">
        {graph.edges.map((edge) =>
          edge.label ? (
            <text
              key={`${edge.a}-${edge.b}`}
              class={`edge-label edge-label--${edge.kind}`}
              x={edge.label.x}
              y={edge.label.y - ((edge.labelLines.length - 1) * LINE_H) / 2}
              text-anchor="middle"
            >
              {edge.labelLines.map((line, i) => (
                <tspan key={i} x={edge.label!.x} dy={i === 0 ? '0.35em' : LINE_H}>
                  {line}
                </tspan>
              ))}
            </text>
          ) : null,
        )}
      </g>
      <g class="nodes">
        {graph.nodes.map((n) => (
          <Node key={n.id} node={n} onOpen={onOpen} />
        ))}
      </g>
    </svg>
  );
}
