/**
 * No forbidden characters in the built site's XML and calendars: the feeds, the sitemap and the
 * iCalendar file must parse in every reader. The schemas refuse control characters in content and
 * the views drop them (src/view/xml-text.ts); this check proves the output, whatever produced it.
 */
import type { CheckContext, CheckIssue } from './built-site.ts';
import { runPass, type FileCheck } from './pass.ts';
import { checksUi } from '../../i18n/zh-cn-checks.ts';

/** Files that must be well-formed XML 1.0, or iCalendar, whose TEXT forbids the same controls. */
const CHECKED = ['.xml', '.rss', '.atom', '.svg', '.ics', '.html'];

// XML 1.0 §2.2 Char, with the u flag so a lone surrogate is one code point.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Line and column of the first character of `text` that XML 1.0 forbids, with its code, or undefined. */
export function firstForbiddenXmlChar(text: string): { line: number; column: number; code: string } | undefined {
  const m = NOT_XML_CHAR.exec(text);
  if (!m) return undefined;
  const before = text.slice(0, m.index);
  const line = before.split('\n').length;
  const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
  return { line, column, code: `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` };
}

/** Check every built XML, HTML and calendar file for characters XML 1.0 forbids. */
export function checkXmlChars(ctx: CheckContext): CheckIssue[] {
  return runPass(ctx, [xmlCharsCheck()])[0]!;
}

/** The check as part of the shared pass (pass.ts). */
export function xmlCharsCheck(): FileCheck {
  const issues: CheckIssue[] = [];
  return {
    wants: (lower) => CHECKED.some((e) => lower.endsWith(e)),
    visit: ({ file, text }) => {
      const bad = firstForbiddenXmlChar(text);
      if (bad)
        issues.push({
          check: 'xml-chars',
          file,
          message: checksUi.xmlChars.forbidden(bad.line, bad.column, bad.code),
        });
    },
    finish: () => issues,
  };
}
