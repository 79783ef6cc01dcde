/** One wording of a date: the ledger's and /verify/'s cnDate reads as the pages' formatDate, both from dateText. */
import { describe, expect, it } from 'vitest';
import { dateText } from '../../../src/i18n/zh-cn-dates.ts';
import { cnDate } from '../../../src/i18n/zh-cn-verify.ts';
import { formatDate } from '../../../src/view/format.ts';

describe('the Chinese long date', () => {
  it('reads 2026年3月5日, without leading zeros', () => {
    expect(cnDate('2026-03-05')).toBe('2026年3月5日');
    expect(cnDate('2026-03-05')).toBe(dateText.date(2026, 3, 5));
  });

  it('is the same in verification and on the pages, every day of a leap year', () => {
    const differ: string[] = [];
    for (let t = Date.UTC(2028, 0, 1); t < Date.UTC(2029, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      if (cnDate(iso) !== formatDate(iso)) differ.push(iso);
    }
    expect(differ).toEqual([]);
  });
});
