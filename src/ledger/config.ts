/**
 * The ledger's configuration as content/site.yaml states it: the log's origin (from the site's
 * address), the operator's public key and the witnesses' public keys. Verification pins these
 * keys; it never takes a key from the checkpoint it checks. Pure and browser-safe.
 */
import { originOf } from './checkpoint.ts';
import { parseVkey, type Vkey } from './note.ts';

/** A witness as configured: who it is, in words, and its cosignature vkey. */
export interface WitnessConfig {
  /** The body that witnesses, e.g. 中共望川市纪委 望川市监委. */
  name: string;
  key: Vkey;
  /** The vkey as written. */
  text: string;
}

/** What verification is pinned to. */
export interface LedgerConfig {
  origin: string;
  /** The operator's checkpoint key; absent when the site publishes unsigned checkpoints. */
  key?: Vkey;
  keyText?: string;
  witnesses: WitnessConfig[];
}

/** The configuration in site data as written (site.yaml's `url` and `ledger`); undefined without a usable url. */
export function ledgerConfigOf(site: unknown): LedgerConfig | undefined {
  const s = site as { url?: unknown; ledger?: { key?: unknown; witnesses?: unknown } } | null;
  if (typeof s?.url !== 'string') return undefined;
  let origin: string;
  try {
    origin = originOf(s.url);
  } catch {
    return undefined;
  }
  const keyText = typeof s.ledger?.key === 'string' ? s.ledger.key : undefined;
  const key = keyText ? parseVkey(keyText) : undefined;
  const list = Array.isArray(s.ledger?.witnesses) ? (s.ledger.witnesses as { name?: unknown; key?: unknown }[]) : [];
  const witnesses: WitnessConfig[] = [];
  for (const w of list) {
    const k = typeof w?.key === 'string' ? parseVkey(w.key) : undefined;
    if (k && typeof w.name === 'string') witnesses.push({ name: w.name, key: k, text: w.key as string });
  }
  return { origin, ...(key ? { key, keyText } : {}), witnesses };
}
