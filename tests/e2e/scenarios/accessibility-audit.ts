/**
 * Screen readers (issue 14): an axe-core audit, in both themes, of an open
 * card (scoped to the extension's UI host: the card in its open shadow root
 * and the live region, not the test page) and of every view of the popup,
 * with zero violations; and, in Chromium, the accessibility tree the browser
 * gives screen readers for an open card: a dialog named by its heading,
 * headed sections, the controls a keyboard reaches, nothing said twice, and
 * the live region's words outside the dialog.
 */
import { expect, it } from 'vitest';
import { roleLine } from '../../../src/common/ui/format';
import { t } from '../../../src/common/ui/strings';
import { dataset } from '../../../src/data/entities';
import { accessibilityTree, newPageWithCdp, type AXNode } from '../driver/chromium-cdp';
import type { BrowserName, BrowserSession, TestPage } from '../driver/types';
import { waitFor, waitForHighlights, type BrowserUnderTest, type Server } from '../support/harness';
import { readerState } from '../support/a11y-probes';
import { axeAudit, type AxeViolation } from '../support/axe';
import { openPopup, searchFor, showView, clickOn, tabIdOf, thisPageRows } from './popup';
import { runCommand } from './keyboard-touch';

const putin = dataset.entities.find((e) => e.id === 'vladimir-putin')!;

/** Opens the demo with the keyboard's first name's card (Putin) open, one of its quotes shown. */
async function demoWithCard(session: BrowserSession, url: string, page?: TestPage): Promise<TestPage> {
  const p = page ?? (await session.newPage());
  await p.goto(url);
  await waitForHighlights(p);
  await runCommand(session, await tabIdOf(session, url), 'next-name');
  await waitFor(() => p.evaluate(readerState), (s) => s.card?.entity === putin.id && s.live !== '', { timeout: 5000, what: 'the card, announced' });
  // A quote shown, so that the audit covers it too.
  await p.evaluate(() => {
    const root = [...document.documentElement.children].find((e) => e.shadowRoot?.querySelector('.card'))?.shadowRoot;
    root?.querySelector<HTMLElement>('.quote-toggle')?.click();
  });
  return p;
}

function report(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`).join('\n');
}

export function accessibilityAuditScenarios(
  name: BrowserName,
  light: () => BrowserUnderTest,
  dark: () => BrowserUnderTest,
  server: () => Server,
): void {
  for (const theme of ['light', 'dark'] as const) {
    const browser = () => (theme === 'light' ? light() : dark());

    it(`axe finds nothing wrong with an open card (${theme})`, async () => {
      const s = browser().session;
      const page = await demoWithCard(s, `${server().url}/demo/?axe-${theme}`);
      try {
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(theme === 'dark');
        const violations = await axeAudit(page, 'card');
        expect(violations, report(violations)).toEqual([]);
        // A country's card, with its flag, after the related name is followed (Back shown).
        await page.evaluate(() => {
          const root = [...document.documentElement.children].find((e) => e.shadowRoot?.querySelector('.card'))?.shadowRoot;
          root?.querySelector<HTMLElement>('.links .chip')?.click();
        });
        await waitFor(() => page.evaluate(readerState), (st) => st.card?.entity === 'russia', { timeout: 3000, what: 'the card for Russia' });
        const again = await axeAudit(page, 'card');
        expect(again, report(again)).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it(`axe finds nothing wrong with any view of the popup (${theme})`, async () => {
      const s = browser().session;
      const url = `${server().url}/demo/?axe-popup-${theme}`;
      const demo = await s.newPage();
      await demo.goto(url);
      await waitForHighlights(demo);
      const popup = await openPopup(s, await tabIdOf(s, url));
      const found: Record<string, AxeViolation[]> = {};
      try {
        await clickOn(popup, 'input[type=search]');
        await searchFor(popup, 'pu');
        found.search = await axeAudit(popup, 'document');
        await popup.press('Enter');
        await waitFor(() => popup.evaluate(() => document.querySelector('#card [data-entity]') !== null), (ok) => ok, { timeout: 2000, what: 'the card' });
        found.card = await axeAudit(popup, 'document');
        await popup.press('Escape');
        await showView(popup, 'this-page');
        await waitFor(() => popup.evaluate(thisPageRows), (p) => p.rows.length > 0, { timeout: 5000, what: 'the page summary' });
        found['this page'] = await axeAudit(popup, 'document');
        await showView(popup, 'summit');
        found.summit = await axeAudit(popup, 'document');
        await showView(popup, 'settings');
        await waitFor(() => popup.evaluate(() => document.querySelector('#set-site') !== null), (ok) => ok, { timeout: 3000, what: 'the settings' });
        found.settings = await axeAudit(popup, 'document');
      } finally {
        await popup.close();
        await demo.close();
      }
      const text = Object.entries(found)
        .filter(([, v]) => v.length > 0)
        .map(([view, v]) => `${view}:\n  ${report(v)}`)
        .join('\n');
      expect(Object.keys(found)).toEqual(['search', 'card', 'this page', 'summit', 'settings']);
      expect(Object.values(found).flat(), text).toEqual([]);
    });
  }

  // Chromium only: Firefox has no protocol that hands out its accessibility tree (BiDi has none); axe covers it above.
  if (name !== 'chromium') return;
  it('Chromium gives screen readers a named dialog with headed sections, the controls the keyboard reaches, each said once', async () => {
    const session = light().session;
    const url = `${server().url}/demo/?ax-tree`;
    const { page, cdp } = await newPageWithCdp(session);
    try {
      await demoWithCard(session, url, page);
      const nodes = await accessibilityTree(cdp);
      const byId = new Map(nodes.map((n) => [n.nodeId, n]));
      const within = (root: AXNode): AXNode[] => {
        const out: AXNode[] = [];
        const walk = (n: AXNode) => {
          if (!n.ignored) out.push(n);
          for (const id of n.childIds ?? []) {
            const child = byId.get(id);
            if (child) walk(child);
          }
        };
        for (const id of root.childIds ?? []) walk(byId.get(id)!);
        return out;
      };
      const role = (n: AXNode) => n.role?.value ?? '';
      const nameOf = (n: AXNode) => n.name?.value ?? '';
      const prop = (n: AXNode, p: string) => n.properties?.find((x) => x.name === p)?.value.value;

      const dialogs = nodes.filter((n) => !n.ignored && role(n) === 'dialog');
      expect(dialogs.map(nameOf)).toEqual([putin.name]);
      const inside = within(dialogs[0]!);
      // Section titles are set in capitals by CSS (text-transform), which Chromium passes on: compared without case.
      const headings = inside.filter((n) => role(n) === 'heading').map((n) => `${prop(n, 'level')} ${nameOf(n).toLowerCase()}`);
      expect(headings[0]).toBe(`2 ${putin.name.toLowerCase()}`);
      const want = [`3 ${t('section_summit')}`, `3 ${t('section_background')}`, `4 ${t('group_met_with')}`].map((h) => h.toLowerCase());
      expect(headings).toEqual(expect.arrayContaining(want));
      const buttons = inside.filter((n) => role(n) === 'button');
      expect(buttons.map(nameOf)).toEqual(
        expect.arrayContaining([t('card_close_label'), t('mention_prev'), t('mention_next'), t('quote_show'), t('quote_hide'), 'Xi Jinping', 'Russia']),
      );
      // Each control is said once: no tooltip repeats its name as a description, none is nameless.
      for (const b of buttons) {
        expect(nameOf(b), 'a nameless button').not.toBe('');
        expect(b.description?.value ?? '', `${nameOf(b)}'s description`).toBe('');
      }
      // The quote buttons say whether their quote is shown.
      expect(buttons.filter((b) => nameOf(b) === t('quote_hide')).map((b) => prop(b, 'expanded'))).toEqual([true]);
      expect(inside.some((n) => role(n) === 'group' && nameOf(n) === t('mentions_group'))).toBe(true);
      // The place's flag beside "Russia" is not read out: the name follows it.
      expect(inside.filter((n) => role(n) === 'image').map(nameOf)).toEqual([]);
      // The live region: outside the dialog, saying the card's name and first line.
      const status = nodes.filter((n) => !n.ignored && role(n) === 'status');
      expect(status).toHaveLength(1);
      const words = within(status[0]!).map(nameOf).join(' ');
      expect(words).toContain(t('announce_card', putin.name, roleLine(putin)));
      expect(inside.map(nameOf).join(' ')).not.toContain(t('announce_card', putin.name, roleLine(putin)));
    } finally {
      await cdp.detach();
      await page.close();
    }
  });
}
