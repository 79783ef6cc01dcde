/** The ledger site of the project Astro is building, with the written content the loader stored. */
export { ledgerSite } from './astro-dataset.ts';
