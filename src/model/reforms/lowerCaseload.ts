// A lower caseload norm: a guardian holds fewer children. Benefit: more contact per family, lower
// work pressure and turnover. Cost: to give the same children a guardian the positions grow by
// old cap ÷ new cap (counted as guardian FTE); without that the waiting list grows instead.

import type { ReformModule } from './types.js';

export const lowerCaseload: ReformModule<'lowerCaseload'> = {
  key: 'lowerCaseload',
  effects: (s) => ({ caseloadCap: { children: s.caseloadCapChildren, keepCapacity: s.keepCapacity } }),
};
