// The corpus of broken scenario files (tests/scenario/broken/) and the message each must give.

export interface Expected {
  /** The file the message names, when not the broken file itself. */
  file?: string;
  line: number;
  column?: number;
  path?: string;
  message: RegExp;
  hint?: RegExp;
}

/** One expected message per corpus file (the cli test reuses this table). */
export const CORPUS: Record<string, Expected> = {
  'typo-key.yaml': {
    line: 4,
    column: 3,
    path: 'guardians.caseloadCapChilderen',
    message: /unknown key "caseloadCapChilderen" in guardians/,
    hint: /did you mean caseloadCapChildren\?/,
  },
  'wrong-type.yaml': {
    line: 4,
    column: 17,
    path: 'guardians.hoursPerWeek',
    message: /expected a number above 0 and at most 60, got the text "thirty-six"/,
  },
  'out-of-range.yaml': { line: 4, column: 15, path: 'guardians.adminShare', message: /^expected a number between 0 and 1, got 1\.4$/ },
  'cycle-a.yaml': {
    file: 'cycle-b.yaml',
    line: 1,
    column: 10,
    path: 'extends',
    message: /goes round in a circle: .*cycle-a\.yaml → .*cycle-b\.yaml → .*cycle-a\.yaml/,
  },
  'cycle-b.yaml': { file: 'cycle-a.yaml', line: 2, column: 10, path: 'extends', message: /goes round in a circle/ },
  'missing-parent.yaml': { line: 2, column: 10, path: 'extends', message: /the file it extends does not exist: .*does-not-exist\.yaml/ },
  'empty.yaml': { line: 1, column: 1, message: /the file is empty/ },
  'comments-only.yaml': { line: 1, column: 1, message: /the file is empty/ },
  'binary.yaml': { line: 2, column: 1, message: /binary data/ },
  'alias-bomb.yaml': { line: 4, message: /more than 100 aliases/ },
  'proto-key.yaml': { line: 4, column: 3, message: /the key "__proto__" is not allowed/ },
  'constructor-key.yaml': { line: 4, column: 5, message: /the key "constructor" is not allowed/ },
  'custom-tag.yaml': { line: 4, column: 15, message: /tags \(`!!js\/function`\) are not allowed/ },
  'yaml11-directive.yaml': { line: 1, column: 1, message: /%YAML 1\.1 is not allowed/ },
  'admin-share-total.yaml': { line: 4, column: 15, path: 'guardians.adminShare', message: /leave no time for families/ },
  'cap-zero.yaml': { line: 4, column: 24, path: 'guardians.caseloadCapChildren', message: /caseload cap of 0/ },
  'no-guardian-positions.yaml': {
    line: 5,
    column: 5,
    path: 'gi.institutions',
    message: /no institution with a share has guardian positions/,
  },
  'negative-rate.yaml': {
    line: 4,
    column: 24,
    path: 'guardians.turnoverRatePerYear',
    message: /expected a number between 0 and 2, got -0\.1/,
  },
  'decimal-comma.yaml': {
    line: 4,
    column: 15,
    path: 'guardians.adminShare',
    message: /got the text "0,25"/,
    hint: /use a decimal point: 0\.25/,
  },
  'unknown-kind.yaml': {
    line: 4,
    column: 30,
    path: 'rvdk.investigationDays.kind',
    message: /unknown distribution kind "lognormaal"/,
    hint: /did you mean lognormal\?/,
  },
  'duplicate-key.yaml': { line: 5, column: 3, message: /appears twice/ },
  'tab-indent.yaml': { line: 4, column: 1, message: /tab/ },
  'top-level-list.yaml': { line: 2, column: 1, message: /must hold `key: value` lines.*holds a list/ },
  'wrong-section.yaml': {
    line: 4,
    column: 3,
    path: 'guardians.investigators',
    message: /unknown key "investigators"/,
    hint: /belongs under rvdk/,
  },
  'missing-name.yaml': { line: 2, column: 1, path: 'name', message: /`name` is missing/ },
  'bad-name.yaml': { line: 2, column: 7, path: 'name', message: /expected letters, digits.*got the text "reform: duos\/admin\?"/ },
  'extends-url.yaml': { line: 2, column: 10, path: 'extends', message: /not a web address/ },
  'broken.json': { line: 4, column: 1, message: /not valid JSON/ },
  'youth-typo.yaml': {
    line: 7,
    column: 24,
    path: 'region.municipalities[0].youthPopulation',
    message: /expected a whole number between 0 and 3500000, got 50000000/,
    hint: /whole country has about 3\.4 million young people/,
  },
  'duration-typo.yaml': {
    line: 5,
    column: 22,
    path: 'rvdk.investigationDays',
    message: /its mean is 8900, more than the 730 days allowed: .*73–101 days/,
  },
  'shares-sum.yaml': { line: 6, column: 5, path: 'gi.institutions', message: /the institutions' shares sum to 0\.7, not 1/ },
  'inherits-bad-value.yaml': {
    file: 'out-of-range.yaml',
    line: 4,
    column: 15,
    path: 'guardians.adminShare',
    message: /between 0 and 1, got 1\.4/,
  },
};
