/**
 * The verify page's script: wires its three forms to the checks in verify-site.ts and reports each
 * check in a live region. No framework; the page's text comes from data attributes, so this bundle
 * carries no dictionary.
 */
import type { LedgerConfig } from '../ledger/config.ts';
import { parseVkey } from '../ledger/note.ts';
import { verifyFullLog } from '../ledger/verify-history.ts';
import { verifyExtends, verifyLog, verifyRecord, type Fetcher, type Report } from '../ledger/verify-site.ts';

/** Reads the site's published files relative to the verify page (works under a sub-path too). */
const fetcher: Fetcher = async (path) => {
  const res = await fetch(new URL(path, new URL('../', location.href)), { cache: 'no-store' });
  if (res.status === 404) return undefined;
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
};

/** The keys this page pins, as the build wrote them from site.yaml into the page (never from a checkpoint). */
function pinnedConfig(el: HTMLElement): LedgerConfig {
  const { origin = '', key = '', witnesses = '[]' } = el.dataset;
  const vkey = key ? parseVkey(key) : undefined;
  const list = JSON.parse(witnesses) as { name: string; key: string }[];
  return {
    origin,
    ...(vkey ? { key: vkey, keyText: key } : {}),
    witnesses: list.flatMap((w) => {
      const k = parseVkey(w.key);
      return k ? [{ name: w.name, key: k, text: w.key }] : [];
    }),
  };
}

function show(out: HTMLElement, report: Report): void {
  const { passed = '', failed = '' } = out.dataset;
  const list = document.createElement('ul');
  list.className = 'verify__checks';
  for (const c of report.checks) {
    const li = document.createElement('li');
    li.className = c.ok ? 'verify__ok' : 'verify__fail';
    li.textContent = `${c.ok ? '✓' : '✗'} ${c.message}`;
    list.append(li);
  }
  const verdict = document.createElement('p');
  verdict.className = `tag ${report.ok ? 'tag--ok' : 'tag--alert'}`;
  verdict.textContent = report.ok ? passed : failed;
  out.replaceChildren(verdict, list);
}

function wire(form: HTMLFormElement, run: (data: FormData) => Promise<Report>): () => void {
  const out = form.querySelector<HTMLElement>('output')!;
  const go = async () => {
    const button = form.querySelector('button');
    button?.setAttribute('disabled', '');
    out.textContent = out.dataset.running ?? '';
    try {
      show(out, await run(new FormData(form)));
    } catch (err) {
      out.textContent = `${out.dataset.error ?? ''}${err instanceof Error ? err.message : String(err)}`;
    } finally {
      button?.removeAttribute('disabled');
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void go();
  });
  return () => void go();
}

/** Attach the page's forms; a `?record=kind/id` address checks that record at once. */
export function startVerifyPage(): void {
  const pins = document.getElementById('verify-config');
  if (!pins) return;
  const config = pinnedConfig(pins);
  const byId = (id: string) => document.getElementById(id) as HTMLFormElement | null;
  const logForm = byId('verify-log');
  if (logForm)
    wire(logForm, async (data) => {
      const log = await verifyLog(fetcher, config);
      if (!data.get('full') || !log.leaves || !log.ok) return log;
      const full = await verifyFullLog(fetcher, log.leaves);
      return { ok: full.ok, checks: [...log.checks, ...full.checks] };
    });
  const recordForm = byId('verify-record');
  if (recordForm) {
    const query = new URLSearchParams(location.search);
    // The record page names the log entries of the record's versions; without them the whole log is read to find them.
    const entries = (query.get('entries') ?? '').split(',').filter((n) => /^\d+$/.test(n)).map(Number);
    const wanted = query.get('record');
    const run = wire(recordForm, (data) => {
      const key = String(data.get('record') ?? '').trim();
      return verifyRecord(fetcher, config, key, key === wanted && entries.length ? entries : undefined);
    });
    const input = recordForm.querySelector<HTMLInputElement>('input[name="record"]');
    if (wanted && input) {
      input.value = wanted;
      run();
    }
  }
  const extendsForm = byId('verify-extends');
  if (extendsForm) wire(extendsForm, (data) => verifyExtends(fetcher, config, String(data.get('checkpoint') ?? '')));
}
