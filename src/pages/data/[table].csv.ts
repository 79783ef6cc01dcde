/** /data/{table}.csv: the open-data tables (tallies, examination scores, publicity windows). */
import type { GetStaticPaths } from 'astro';
import { getDataset } from '../../pipeline/astro-dataset.ts';
import { tableCsv, TABLES } from '../../view/open-data.ts';

export const getStaticPaths = (() => TABLES.map((t) => ({ params: { table: t.file.replace(/\.csv$/, '') }, props: { file: t.file } }))) satisfies GetStaticPaths;

/** One table as CSV. */
export async function GET({ props }: { props: { file: string } }): Promise<Response> {
  const table = TABLES.find((t) => t.file === props.file)!;
  return new Response(tableCsv(table, await getDataset()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
