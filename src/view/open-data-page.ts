/** The /data/ and /schemas/ pages' tables in display form. */
import { ledgerUi } from '../i18n/zh-cn-ledger.ts';
import { openDataText } from '../i18n/zh-cn-open-data.ts';
import { KINDS } from '../schemas/common.ts';
import { KIND_LABELS } from '../i18n/zh-cn-schema-labels.ts';
import type { Dataset } from '../domain/dataset.ts';
import type { Column, Inline } from './display.ts';
import type { TableSpec } from './open-data.ts';

const t = ledgerUi.data;

/** Columns of the kinds table. */
export const DATA_KIND_COLUMNS: Column[] = [{ label: t.kindsColumns.label }, { label: t.kindsColumns.kind }, { label: t.kindsColumns.count, numeric: true }, { label: t.kindsColumns.schema }];

/** One row per record kind: name, folder, number of records, its schema. */
export function dataKindRows(ds: Dataset): Inline[][] {
  return KINDS.map((k) => [KIND_LABELS[k], { code: k }, String(ds.byKind[k].size), { href: `/schemas/${k}.json`, text: `${k}.json` }]);
}

/** Columns of a table's column documentation. */
export const TABLE_COLUMN_COLUMNS: Column[] = [{ label: t.columnHeaders.label }, { label: t.columnHeaders.note }];

/** One row per column of `table`: its header and what it means. */
export function tableColumnRows(table: TableSpec): Inline[][] {
  return table.columns.map((c) => [c.label, c.note]);
}

/** Columns of the schema list. */
export const SCHEMA_LIST_COLUMNS: Column[] = [{ label: ledgerUi.schemas.columns.file }, { label: ledgerUi.schemas.columns.describes }];

/** One row per published schema file. */
export function schemaListRows(): Inline[][] {
  return [
    ...KINDS.map((k): Inline[] => [{ href: `/schemas/${k}.json`, text: `${k}.json` }, openDataText.schemas.records(KIND_LABELS[k], k === 'site' ? 'site.yaml' : `${k}/`)]),
    [{ href: '/schemas/compiled-round.json', text: 'compiled-round.json' }, openDataText.schemas.compiledRound],
    [{ href: '/schemas/catalog.json', text: 'catalog.json' }, '/data/catalog.json'],
  ];
}
