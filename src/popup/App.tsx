import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { EntityCard } from '../common/ui/EntityCard';
import { buildMembersIndex, kindLabel } from '../common/ui/format';
import { Flag } from '../common/ui/Flag';
import { isPageSummary, type PageSummary } from '../common/messages';
import type { Entity } from '../core/dataset-types';
import { dataset } from '../data/entities';

const byId = new Map(dataset.entities.map((e) => [e.id, e]));
const members = buildMembersIndex(dataset.entities);

function flagFor(e: Entity) {
  return e.flag ?? (e.country ? byId.get(e.country)?.flag : undefined);
}

/** Asks the active tab's content script what it found; null when it cannot answer. */
async function loadPageSummary(): Promise<PageSummary | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    const answer: unknown = await browser.tabs.sendMessage(tab.id, { type: 'summit-lens/get-page-summary' });
    return isPageSummary(answer) ? answer : null;
  } catch {
    return null;
  }
}

export function App() {
  const [history, setHistory] = useState<string[]>([]);
  const [summary, setSummary] = useState<PageSummary | null | undefined>(undefined);
  useEffect(() => {
    void loadPageSummary().then(setSummary);
  }, []);
  const groups = useMemo(() => {
    const kinds = ['leader', 'country', 'organization', 'place'] as const;
    return kinds.map((k) => ({ kind: k, items: dataset.entities.filter((e) => e.kind === k) }));
  }, []);

  const openId = history[history.length - 1];
  const open = openId ? byId.get(openId) : undefined;
  if (open) {
    return (
      <main class="popup">
        <EntityCard
          entity={open}
          lookup={(id) => byId.get(id)}
          source={dataset.source}
          onOpenEntity={(id) => setHistory([...history, id])}
          onBack={() => setHistory(history.slice(0, -1))}
          members={members.get(open.id)}
          variant="panel"
        />
      </main>
    );
  }

  const row = (e: Entity, count?: number) => {
    const flag = flagFor(e);
    return (
      <li key={e.id}>
        <button type="button" class="row" data-entity={e.id} onClick={() => setHistory([e.id])}>
          {flag ? <Flag flag={flag} decorative /> : <span class="flag-space" />}
          <span class="name">{e.name}</span>
          <span class="meta">{count !== undefined ? `${count}×` : (e.role ?? kindLabel(e.kind))}</span>
        </button>
      </li>
    );
  };

  return (
    <main class="popup">
      <h1>Summit Lens</h1>
      <section aria-labelledby="on-page">
        <h2 id="on-page">On this page</h2>
        {summary === undefined ? (
          <p class="muted">Looking…</p>
        ) : summary === null ? (
          <p class="muted">Summit Lens cannot read this page.</p>
        ) : summary.counts.length === 0 ? (
          <p class="muted">No summit names on this page.</p>
        ) : (
          <ul class="list">{summary.counts.map(([id, n]) => (byId.has(id) ? row(byId.get(id)!, n) : null))}</ul>
        )}
      </section>
      {groups.map((g) => (
        <section key={g.kind} aria-label={kindLabel(g.kind)}>
          <h2>{kindLabel(g.kind)}</h2>
          <ul class="list">{g.items.map((e) => row(e))}</ul>
        </section>
      ))}
    </main>
  );
}
