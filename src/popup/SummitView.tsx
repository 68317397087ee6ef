/**
 * "The summit at a glance": the meetings picture, its legend, and the same
 * meetings as a list (what a screen reader reads; the picture's edges are
 * decoration).
 */
import { useMemo } from 'preact/hooks';
import { formatLongDate, formatShortDay } from '../common/ui/format';
import { buildSummitGraph, type EdgeKind } from '../core/summit-graph';
import { cardData, dataset } from './data';
import { t, type StringKey } from '../common/ui/strings';
import { NODE_R, SummitGraph } from './SummitGraph';

/** The legend: each kind of edge, drawn as in the picture, and what it means. */
const LEGEND: readonly [EdgeKind, StringKey][] = [
  ['met', 'summit_legend_met'],
  ['announced', 'summit_legend_announced'],
  ['no-meeting', 'summit_legend_no'],
];

/** The picture's box: the popup's width less its padding. */
export const GRAPH_BOX = { width: 328, height: 290 };

export function SummitView({ onOpen }: { onOpen: (id: string) => void }) {
  const graph = useMemo(
    () =>
      buildSummitGraph(dataset, GRAPH_BOX, {
        nodeRadius: NODE_R,
        formatDay: formatShortDay,
        noMeetingLabel: t('summit_no_meeting'),
        announcedLabel: t('summit_announced'),
      }),
    [],
  );
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  // In words: by day, and each pair in the dataset's order (Xi and Putin, not Putin and Xi).
  const rank = new Map(dataset.entities.map((e, i) => [e.id, i]));
  const pair = (e: { a: string; b: string }) => {
    const [first, second] = (rank.get(e.a) ?? 0) <= (rank.get(e.b) ?? 0) ? [e.a, e.b] : [e.b, e.a];
    return t('summit_pair', names.get(first) ?? first, names.get(second) ?? second);
  };
  const byDay = (kind: 'met' | 'announced') =>
    graph.edges
      .filter((e) => e.kind === kind)
      .map((e) => ({ e, text: pair(e) }))
      .sort((x, y) => (x.e.dates[0] ?? '~').localeCompare(y.e.dates[0] ?? '~') || Math.min(rank.get(x.e.a)!, rank.get(x.e.b)!) - Math.min(rank.get(y.e.a)!, rank.get(y.e.b)!));
  const met = byDay('met');
  const announced = byDay('announced');
  const noMeeting = graph.edges.filter((e) => e.kind === 'no-meeting');
  const titleId = 'summit-title';

  return (
    <>
      <h2 class="view__title" id={titleId}>
        {t('summit_title')}
      </h2>
      <p class="hint">{t('summit_intro', cardData.report.publisher, formatLongDate(cardData.report.date))}</p>
      <div class="graph-wrap">
        <SummitGraph graph={graph} onOpen={onOpen} titleId={titleId} />
      </div>
      <ul class="legend" aria-hidden="true">
        {LEGEND.map(([kind, label]) => (
          <li key={kind}>
            <svg viewBox="0 0 24 8" class="legend__line">
              <line class={`edge edge--${kind}`} x1="1" y1="4" x2="23" y2="4" />
            </svg>
            {t(label)}
          </li>
        ))}
      </ul>
      <p class="hint">{t('summit_hint')}</p>

      <h3 class="subhead">{t('summit_meetings_title')}</h3>
      <ul class="meetings">
        {met.map(({ e, text }) => (
          <li key={`${e.a}-${e.b}`}>
            <span class="meetings__day">{e.dayLabel}</span>
            <span>{text}</span>
          </li>
        ))}
        {announced.map(({ e, text }) => (
          <li key={`${e.a}-${e.b}`} class="meetings__announced">
            <span class="meetings__day">{e.dayLabel}</span>
            <span>
              {text}
              <span class="meetings__note">{t('summit_legend_announced')}</span>
            </span>
          </li>
        ))}
        {noMeeting.map((e) => (
          <li key={`${e.a}-${e.b}`} class="meetings__none">
            <span class="meetings__day" aria-hidden="true">
              —
            </span>
            <span>
              {pair(e)}
              <span class="meetings__note">{t('summit_no_meeting')}</span>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
