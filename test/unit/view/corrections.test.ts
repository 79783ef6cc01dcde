import { describe, expect, it } from 'vitest';
import type { NoticeEntry } from '../../../src/domain/dataset.ts';
import type { LedgerSite } from '../../../src/ledger/site.ts';
import type { LogEntry } from '../../../src/ledger/log.ts';
import { changeLabel, correctionBoxes, currentContent, markedParagraphs, resolveField, standsAlone } from '../../../src/view/corrections.ts';
import { noticeView } from '../../../src/view/notices/index.ts';
import { example } from '../../fixtures/examples.ts';
import { exampleDataset, plain } from '../../fixtures/example-dataset.ts';

const summary = '公示时间为 2026 年 6 月 2 日至 6 月 7 日。对公示对象有异议的,可在公示期间反映。';
const alone = exampleDataset({
  overrides: {
    'publicities/gs-1.yaml': { ...example('publicities'), summary },
    'corrections/gz-1.yaml': {
      ...example('corrections'),
      changes: [{ field: 'summary(公示时间)', from: '2026 年 6 月 2 日至 6 月 7 日', to: '2026 年 6 月 2 日至 6 月 8 日' }],
    },
  },
});
const publicity = (ds = alone) => ds.byKind.publicities.get('gs-1')! as NoticeEntry;
const correction = (ds = alone) => ds.byKind.corrections.get('gz-1')!;

/** A ledger holding `versions` of publicities/gs-1, the last one being the record as it is now. */
function ledger(versions: Partial<LogEntry>[], currentHash = 'h-now'): LedgerSite {
  const entries = versions.map((v, i) => ({ seq: i, key: 'publicities/gs-1', version: i + 1, hash: `h${i + 1}`, sealed: '2026-06-02', data: {}, ...v }) as LogEntry);
  return { entries, versions: new Map([['publicities/gs-1', entries]]), hashes: new Map([['publicities/gs-1', currentHash]]), sources: new Map(), tree: undefined as never, logFile: '', checkpoints: [], witnessed: [], ledgerDir: '' };
}

describe('where a correction points', () => {
  it('reads a field path with a note, and a field named by its label', () => {
    expect(resolveField('publicities', 'summary(公示时间)', publicity().data)).toEqual({ path: ['summary'], note: '公示时间' });
    expect(resolveField('publicities', '说明（公示时间）', publicity().data)).toEqual({ path: ['summary'], note: '公示时间' });
    expect(resolveField('publicities', '拟任职务', publicity().data)).toEqual({ path: ['candidates', 0, 'proposedPost'] });
  });

  it('names the field by its label, never by its key', () => {
    expect(changeLabel(alone, 'publicities', 'summary(公示时间)', publicity().data)).toBe('说明中的“公示时间”');
    expect(changeLabel(alone, 'publicities', 'candidates[0].proposedPost', publicity().data)).toBe('公示对象（林晓川） · 拟任职务');
    expect(changeLabel(alone, 'publicities', 'noSuch[3].thing', publicity().data)).toBe('其他内容');
  });
});

describe('a correction that leaves the record as published', () => {
  it('stands alone while the record still says the original words', () => {
    expect(standsAlone(publicity(), correction())).toBe(true);
    const fixed = exampleDataset({
      overrides: {
        'publicities/gs-1.yaml': { ...example('publicities'), summary: summary.replace('6 月 7 日', '6 月 8 日') },
        'corrections/gz-1.yaml': { ...example('corrections'), changes: [{ field: 'summary(公示时间)', from: '2026 年 6 月 2 日至 6 月 7 日', to: '2026 年 6 月 2 日至 6 月 8 日' }] },
      },
    });
    expect(standsAlone(publicity(fixed), correction(fixed))).toBe(false);
    expect(currentContent(fixed, publicity(fixed)).marked.size).toBe(0);
  });

  it('gives the current text with the corrected words, and both words for the page', () => {
    const { data, marked } = currentContent(alone, publicity());
    expect(data.summary).toBe(summary.replace('6 月 7 日', '6 月 8 日'));
    expect(publicity().data.summary).toBe(summary);
    expect(markedParagraphs(marked.get('summary')!)).toEqual([
      [
        { text: '公示时间为 ' },
        { text: '2026 年 6 月 2 日至 6 月 7 日', mark: 'del' },
        { text: '2026 年 6 月 2 日至 6 月 8 日', mark: 'ins' },
        { text: '。对公示对象有异议的,可在公示期间反映。' },
      ],
    ]);
  });

  it('puts the box on the notice, with the corrected text in the summary and links to the words as published', () => {
    const view = noticeView(alone, publicity(), ledger([{}], 'h1'));
    expect(view.summary?.paragraphs).toEqual([summary.replace('6 月 7 日', '6 月 8 日')]);
    expect(view.corrections).toHaveLength(1);
    expect(view.corrections[0]).toMatchObject({ applied: false, published: '2026-06-05', reason: '拟任职务表述有误', previous: { href: '/history/publicities/gs-1/1/' } });
    expect(view.corrections[0]!.changes).toEqual([{ label: '说明中的“公示时间”', from: '2026 年 6 月 2 日至 6 月 7 日', to: '2026 年 6 月 2 日至 6 月 8 日' }]);
  });
});

describe('a correction that came with a new version', () => {
  const ds = exampleDataset({
    overrides: { 'publicities/gs-1.yaml': { ...example('publicities'), candidates: [{ person: 'lin-xc', position: 'p1', proposedPost: '拟任市交通运输局党组成员、副局长' }] } },
  });

  it('links the version before it, and says the record now carries the correction', () => {
    const site = ledger([{}, { correction: 'corrections/gz-1' }], 'h2');
    const [box] = correctionBoxes(ds, publicity(ds), site);
    expect(box).toMatchObject({ applied: true, version: 2, previous: { href: '/history/publicities/gs-1/1/', text: '查看更正前的第1版' } });
    expect(plain(noticeView(ds, publicity(ds), site).sections)).toContain('拟任市交通运输局党组成员、副局长');
  });
});
