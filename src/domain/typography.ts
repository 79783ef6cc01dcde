/**
 * Chinese typography of one piece of text, checked and fixed by zhlint (a maintained Chinese
 * copywriting linter) with the house rules: full-width ，。：；？！（）“” as GB/T 15834 asks, and no
 * space between Chinese and digits or Latin letters, as official documents are set
 * (“2026年9月28日”, “12380举报网站”). Every check and fixer (content, UI strings) calls this one
 * function, so the rule is written once.
 */
import { run } from 'zhlint';
import { typographyUi } from '../i18n/zh-cn-typography.ts';

/** The house rules handed to zhlint: its default preset, with brackets full-width and mixed text unspaced. */
const RULES = {
  preset: 'default',
  halfwidthPunctuation: '',
  fullwidthPunctuation: '，。：；？！“”‘’（）',
  adjustedFullwidthPunctuation: '',
  spaceBetweenMixedwidthContent: false,
  spaceOutsideHalfwidthBracket: false,
  // A string may end in a space on purpose (it is joined to the next piece); only spacing rules judge it.
  trimSpace: false,
} as const;

/** A file path, URL or file name: a run with a slash, or a name with a file extension. */
const PATH = /(?:[a-z]+:\/\/)?[\w.{}\p{Script=Han}~-]*\/[\w./{}\p{Script=Han}~-]*|[\w{}-]*\.(?:json|jsonl|csv|xml|xsl|ics|yaml|html|txt)\b/gu;
/**
 * Stands for a substitution (`${…}`) when text with holes is checked (build/typography-source.ts): a rare
 * Chinese character, so punctuation between two substitutions is judged as Chinese text, as the reader sees it.
 */
export const HOLE = '龘';
/**
 * A YAML fragment a clerk is told to type (`status: deferred`, `received: 0`, `type: ${…}`, `- level: 班子成员`)
 * and YAML's special numbers (`.nan`): the colon and dot are YAML's and stay half-width. The key is ASCII, so a
 * Chinese label with a half-width colon (“公示期: 5天”) is still corrected.
 */
const YAML = new RegExp(`(?<![\\w-])[A-Za-z_][\\w-]*: (?:${HOLE}|[\\w.-]+|\\p{Script=Han}{1,8}(?!\\p{Script=Han}))|(?<!\\w)\\.(?:nan|inf)\\b`, 'gu');
/** A ratio whose second number is a substitution (`1:${ratio}`): the colon is a ratio sign, not punctuation. */
const RATIO = new RegExp(`\\d:(?=${HOLE})`, 'gu');
/** Latin letters around an index stand for a masked path; zhlint never changes letters. */
const MASK = 'QXPATHQX';

/** What zhlint would change in `text`, in Chinese. */
export interface TypographyIssue {
  /** 0-based offset in the text. */
  index: number;
  message: string;
}

/** Whether `text` holds any Chinese character; only such text is judged. */
export function hasChinese(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

/**
 * The text set by the house rules, and what was wrong with it. Text without Chinese is returned
 * unchanged: identifiers, URLs and numbers are not prose.
 */
export function checkTypography(text: string): { fixed: string; issues: TypographyIssue[] } {
  if (!hasChinese(text)) return { fixed: text, issues: [] };
  // Paths, addresses and YAML fragments are code: zhlint would turn `{编号}.json` into `{编号}。json`.
  const kept: string[] = [];
  const mask = (m: string) => `${MASK}${kept.push(m) - 1}${MASK}`;
  const masked = text.replace(PATH, mask).replace(YAML, mask).replace(RATIO, mask);
  // zhlint's default parsers (Markdown among them) stay on: without them 0.8.2 repeats the last character.
  const out = run(masked, { rules: RULES } as never);
  const linted = out.result.replace(new RegExp(`${MASK}(\\d+)${MASK}`, 'g'), (_: string, i: string) => kept[Number(i)]!);
  // zhlint leaves a comma or semicolon after a half-width sign (“60%,面试”); a Chinese clause follows, so it is Chinese punctuation.
  const fixed = linted.replace(/(?<=\S)[,;](?=\p{Script=Han})/gu, (c) => (c === ',' ? '，' : '；'));
  if (fixed === text) return { fixed, issues: [] };
  const issues = out.validations.map((v: { index: number; target: string; message: string }) => ({ index: v.index, message: messageOf(v) }));
  if (fixed !== linted) issues.push({ index: 0, message: typographyUi.punctuation });
  // zhlint changed the text without naming why (it happens for unified punctuation); still say so.
  if (issues.length === 0) issues.push({ index: 0, message: typographyUi.unnamed });
  return { fixed, issues };
}

/** zhlint's message for the spacing rule says "needs a space" even when set to remove it; say what is meant. */
function messageOf(v: { target: string; message: string }): string {
  if (/中英文内容之间/.test(v.message)) return typographyUi.spacing;
  if (/全角/.test(v.message)) return typographyUi.punctuation;
  return v.message;
}

/** One line for a clerk: the excerpt as written and as it should be. */
export function describeFix(text: string, fixed: string, issues: readonly TypographyIssue[]): string {
  return typographyUi.describe(excerpt(text, fixed), excerpt(fixed, text), issues.map((i) => i.message));
}

/** The part of `a` that differs from `b`, with a few characters of context. */
function excerpt(a: string, b: string): string {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const from = Math.max(0, start - 6);
  const to = Math.min(a.length, endA + 6);
  return `${from > 0 ? '…' : ''}${a.slice(from, to)}${to < a.length ? '…' : ''}`;
}
