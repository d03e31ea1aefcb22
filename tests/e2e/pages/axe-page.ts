import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** One rule axe-core found broken, with the elements it names, in words a test failure can show. */
export interface AxeFinding {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical';
  help: string;
  targets: string[];
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core run in the page as it is now. Its source goes in through `evaluate`, which the page's
 * Content-Security-Policy does not govern (an injected <script> element would be refused).
 */
export class AxePage {
  constructor(readonly page: Page) {}

  async findings(): Promise<AxeFinding[]> {
    const loaded = await this.page.evaluate(() => 'axe' in window);
    if (!loaded) await this.page.evaluate(AXE_SOURCE);
    return this.page.evaluate(async () => {
      type Axe = { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> };
      const axe = (window as unknown as { axe: Axe }).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact as AxeFinding['impact'], help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
    });
  }

  /** Findings of serious or critical impact, as "rule: help (first elements)" lines. */
  async seriousFindings(): Promise<string[]> {
    return (await this.findings()).filter((f) => f.impact === 'serious' || f.impact === 'critical').map(describe);
  }

  /** Every finding, as "impact rule: help (first elements)" lines. */
  async allFindings(): Promise<string[]> {
    return (await this.findings()).map((f) => `${f.impact} ${describe(f)}`);
  }
}

function describe(f: AxeFinding): string {
  return `${f.id}: ${f.help} (${f.targets.length}: ${f.targets.slice(0, 3).join(' | ')})`;
}
