// The one CSV writer: every table jbsim writes (results.csv, sweep.csv, event logs) goes through
// it, so they all read the same way. RFC 4180 (comma, CRLF, quotes doubled where needed), a
// header row, no value for a figure without data (NaN), and text that a spreadsheet would run
// as a formula (it starts with =, +, -, @, a tab or a carriage return: a scenario may be called
// "-10% admin") prefixed with ' so Excel shows it as text. Numbers are never prefixed.

import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number;

export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  return stringify([header, ...rows] as CsvCell[][], {
    record_delimiter: 'windows',
    escape_formulas: true,
    // csv-stringify quotes a field holding the whole record delimiter, not a lone \n or \r;
    // spaces at either end are kept by any reader when quoted
    quoted_match: [/[\r\n]/, /^\s|\s$/],
    cast: { number: (n) => (Number.isNaN(n) ? '' : String(n)) },
  });
}
