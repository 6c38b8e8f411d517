// Reads the headline tables of summary.md back, to hold them against comparison.json.

import { expect } from 'vitest';
import type { Comparison } from '../../src/experiment/types.js';
import { parseFormatted } from '../../src/report/format.js';
import { labelsFor } from '../../src/report/labels.js';
import type { Lang } from '../../src/report/types.js';
import { defined } from '../helpers/defined.js';

export interface MarkdownTable {
  header: string[];
  rows: string[][];
}

/** The first table after the heading line `heading`. */
export function tableAfter(markdown: string, heading: string): MarkdownTable {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.trim() === heading);
  if (start < 0) throw new Error(`no heading "${heading}"`);
  const table: string[][] = [];
  for (const raw of lines.slice(start + 1)) {
    const line = raw.trim();
    if (!line.startsWith('|')) {
      if (table.length > 0) break;
      continue;
    }
    // split on pipes that are not escaped
    table.push(line.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim()));
  }
  const [header, , ...rows] = table;
  if (header === undefined) throw new Error(`no table after the heading "${heading}"`);
  return { header, rows };
}

export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_[\]|#~])/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

const CELL = /^(\*\*)?(\S+) \((?:([▼▲]) )?(\S+) \[(\S+) (?:tot|to) (\S+)\]\)(\*\*)?$/;

/** |printed − exact| within half a unit of the last printed digit. */
function agrees(lang: Lang, printed: string, exact: number): boolean {
  const labels = labelsFor(lang);
  const decimals = printed.includes(labels.decimal) ? printed.split(labels.decimal)[1]!.replace(/\D/g, '').length : 0;
  return Math.abs(parseFormatted(labels, printed) - exact) <= 0.5 * 10 ** -decimals + 1e-9;
}

const TAGS = / \(((basis|baseline|niet stabiel|not settled)(, )?)+\)$/;

/**
 * Checks one table of summary.md against the comparison; returns the scenario names it lists.
 * Rows show titles: `nameOf` maps a title back to its name (the identity when scenarios have none).
 */
export function checkTable(lang: Lang, markdown: string, heading: string, metrics: readonly string[], comparison: Comparison, nameOf: (title: string) => string = (t) => t): string[] {
  const { header, rows } = tableAfter(markdown, heading);
  expect(header).toHaveLength(metrics.length + 1);
  const names: string[] = [];
  for (const [label, ...cells] of rows) {
    const first = defined(label, `a row of the table after "${heading}"`);
    const tags = TAGS.exec(first)?.[0] ?? '';
    const isBaseline = /basis|baseline/.test(tags);
    const name = nameOf(unescapeMarkdown(first.slice(0, first.length - tags.length)));
    names.push(name);
    metrics.forEach((metric, i) => {
      const cell = defined(cells[i], `${name} ${metric}: its cell`);
      if (isBaseline) {
        const baseline = Object.values(comparison.scenarios)[0]?.[metric]?.baseline;
        if (baseline !== undefined) expect(agrees(lang, cell, baseline), `${name} ${metric}: ${cell} vs ${baseline}`).toBe(true);
        return;
      }
      const d = defined(comparison.scenarios[name]?.[metric], `${name} ${metric} in the comparison`);
      if (d.difference === 0 && d.ci95[0] === 0 && d.ci95[1] === 0) {
        // the same in every replication: the value alone
        expect(agrees(lang, cell, d.scenario), `${name} ${metric}: ${cell} vs ${d.scenario}`).toBe(true);
        return;
      }
      const m = CELL.exec(cell);
      expect(m, `${name} ${metric}: "${cell}"`).not.toBeNull();
      const [, boldOpen, value, arrow, difference, low, high, boldClose] = m!;
      const where = `${name} ${metric}: ${cell}`;
      // the groups of CELL that are not optional are there once it matched
      expect(agrees(lang, value!, d.scenario), where).toBe(true);
      expect(agrees(lang, difference!, d.difference), where).toBe(true);
      expect(agrees(lang, low!, d.ci95[0]), where).toBe(true);
      expect(agrees(lang, high!, d.ci95[1]), where).toBe(true);
      const clear = d.significant && d.difference !== 0;
      expect(Boolean(boldOpen && boldClose), where).toBe(clear);
      expect(arrow, where).toBe(clear ? (d.difference < 0 ? '▼' : '▲') : undefined);
    });
  }
  return names;
}

