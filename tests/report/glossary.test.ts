// The glossary explains the terms the report's notes lean on, and says that a 95% interval holds
// within the model, under the scenario's assumptions: a policy reader otherwise takes "95% certain"
// for a statement about the real chain.

import { describe, expect, it } from 'vitest';
import { labelsFor } from '../../src/report/labels.js';
import { uncertaintyWords } from '../../src/report/uncertaintyLabels.js';

describe('the glossary', () => {
  for (const lang of ['nl', 'en'] as const) {
    const labels = labelsFor(lang);
    const u = uncertaintyWords(lang);
    const terms = labels.glossary.map(([term]) => term.toLowerCase());
    const has = (word: string) => terms.some((t) => t.includes(word.toLowerCase()));

    it(`explains the terms the notes and the uncertainty section use (${lang})`, () => {
      // each as the report itself writes it, so a renamed word leaves its entry behind loudly
      expect(has(labels.comparison.costs.providerYears), labels.comparison.costs.providerYears).toBe(true);
      expect(has(u.range90), u.range90).toBe(true);
      // the summary names it as a worsening, by its label
      expect(has(labels.metrics.selfHelpUnservedDomains!.name), 'self-delivered help left undone').toBe(true);
      // named in the cost note, the table notes and the uncertainty section's opening line
      const used = {
        Fieller: labels.comparison.costs.note,
        [lang === 'nl' ? 'gepaard' : 'paired']: labels.comparison.tableNote,
        'Latin hypercube': u.intro(8, 1, 79, 4, null),
        [lang === 'nl' ? 'plausibele wereld' : 'plausible world']: u.intro(8, 1, 79, 4, null),
      };
      for (const [word, text] of Object.entries(used)) {
        expect(text.toLowerCase(), `the report says ${word}`).toContain(word.toLowerCase());
        expect(has(word), `the glossary explains ${word}`).toBe(true);
      }
    });

    it(`says a 95% interval holds in the model, under the scenario's assumptions (${lang})`, () => {
      const ci = labels.glossary.find(([term]) => term.includes(labels.ci))?.[1];
      expect(ci).toContain(lang === 'nl' ? 'in het model, onder de aannames van het scenario' : 'within the model, under the scenario’s assumptions');
      expect(ci).toContain(u.title.toLowerCase());
    });
  }
});
