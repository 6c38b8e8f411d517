// The report layer's public face: it reads what the experiment layer wrote (summaries, the
// comparison, sweeps, sensitivity runs, a family trace) and writes pages, Markdown, charts and
// event logs. It never runs the model.

export { writeReport } from './report.js';
export { writeJourneyReport, writeSensitivityReport, writeSweepReport, writeWarmupReport } from './experimentReports.js';
export { EVENT_LOG_EPOCH, eventLogCsv, eventLogXes, eventsFromCsv, parseCsv, timestampOf } from './eventLog.js';
export { eventLogOcel, eventLogOcelJson } from './ocel.js';
export { comparisonCharts, type ChartDef, type VlSpec } from './charts.js';
export { journeyChart, journeyFacts } from './journey.js';
export { sweepChart, tornadoCharts } from './experimentCharts.js';
export { compileChart, renderPng, renderSvg } from './render.js';
export { headlineTable, HEADLINE_METRICS, WAIT_METRICS } from './headline.js';
export { summaryMarkdown } from './markdown.js';
export { labelsFor } from './labels.js';
export type { Estimate, JourneyInput, Lang, ReportInput, ReportOptions, ScenarioDiff, SensitivityResult, SweepResult } from './types.js';
export { uncertaintyCharts, uncertaintyMarkdown, withNoiseFrom } from './uncertainty.js';
export { uncertaintySection, writeUncertaintyReport } from './uncertaintyPage.js';
export { uncertaintyStatement, withStatements } from './uncertaintyText.js';
