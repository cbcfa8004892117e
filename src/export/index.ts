/**
 * `ticketkit/export`: the export behind `ticketkit export`, for a backend's own job system. `exportItems(client,
 * options)` walks a listing into rows with a checkpoint to resume from; the formatters turn pages of rows into NDJSON,
 * JSON or CSV text that a resumed run continues. See docs/cli.md, "The library function".
 
 * @packageDocumentation
 * @module ticketkit/export
 */
export { exportItems, parseSince, checkFields } from './run.js';
export type { ExportCheckpoint, ExportModels, ExportOptions, ExportPage, ExportRow, ExportRun } from './run.js';
export { EXPORT_RESOURCES, modelFields, selectablePaths, pickPaths } from './fields.js';
export type { ExportResource, FieldKind, ModelField } from './fields.js';
export {
  EXPORT_FORMATS,
  csvColumns,
  csvFormatter,
  escapeFormula,
  formatterFor,
  jsonFormatter,
  ndjsonFormatter,
} from './formats.js';
export type { CsvColumn, ExportFormat, FormulaPolicy, Formatter } from './formats.js';
