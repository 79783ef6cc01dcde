/**
 * Sealed-record protection cannot be switched off by deleting ledger/. With no ledger on disk, a
 * project whose ledger was ever committed (git history) or published (the previous dist/) is
 * refused. Why not a marker in content/site.yaml: site.yaml is itself sealed content, so adding one
 * changes a sealed record, and whoever deletes ledger/ can delete a marker in the same commit; the
 * version history and the published site are records the deleter does not rewrite by accident.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../domain/problem.ts';
import { inputMessages } from '../i18n/zh-cn-input.ts';
import { CHECKPOINT_FILE, LOG_FILE } from '../ledger/log.ts';
import type { Ledger } from '../ledger/store.ts';

/** The problem of a missing ledger at `root` that once existed; none while the ledger is there or never was. */
export function ledgerDeletion(root: string, ledger: Pick<Ledger, 'exists' | 'checkpoint'>): Problem[] {
  if (ledger.exists || ledger.checkpoint) return [];
  const evidence = committedOn(root) ?? (existsSync(join(root, 'dist', CHECKPOINT_FILE)) ? inputMessages.site.ledgerInDist : undefined);
  return evidence ? [{ rule: 'E1', file: LOG_FILE, path: '', message: inputMessages.site.ledgerMissing(evidence) }] : [];
}

/** When the ledger was last committed at `root`, per git; undefined outside a repository or if it never was. */
function committedOn(root: string): string | undefined {
  const r = spawnSync('git', ['log', '-1', '--format=%cs', '--', LOG_FILE, CHECKPOINT_FILE], { cwd: root, encoding: 'utf8', timeout: 10_000 });
  const date = r.status === 0 ? r.stdout.trim() : '';
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? inputMessages.site.ledgerInHistory(date) : undefined;
}
