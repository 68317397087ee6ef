/**
 * axe-core in the page under test: its source is sent as the body of the
 * function TestPage.evaluate runs (so no page CSP, the extension's popup's
 * included, can refuse it: evaluate's code is not the page's), then
 * axe.run() audits the extension's UI host with its open shadow tree, or a
 * whole extension page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { TestPage } from '../driver/types';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
// axe's own source (node_modules), evaluated in the browser under test.
const installAxe = new Function(`${AXE_SOURCE}\n;return typeof window.axe === 'object';`) as () => boolean;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** The first few offending nodes, as selectors with axe's summary. */
  nodes: string[];
}

/**
 * Every axe rule that is not experimental (WCAG 2.0, 2.1 and 2.2 A and AA,
 * and best practices), run on `scope`: 'card' for the extension's UI host
 * (the card in its shadow root and the live region), 'document' for the
 * whole page. Returns the violations.
 */
export async function axeAudit(page: TestPage, scope: 'card' | 'document'): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    expect(await page.evaluate(installAxe)).toBe(true);
  }
  return page.evaluate(async (where: string) => {
    interface AxeResult {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
    }
    const axe = (window as unknown as { axe: { run(context: unknown, options: object): Promise<AxeResult> } }).axe;
    let context: unknown = document;
    if (where === 'card') {
      context = [...document.querySelectorAll('summit-lens-ui'), ...document.documentElement.children].find((el) => el.shadowRoot?.querySelector('.card'));
      if (!context) throw new Error('No card is open.');
    }
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 4).map((n) => `${JSON.stringify(n.target)}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`),
    }));
  }, scope);
}
