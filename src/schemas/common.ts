/**
 * Shared field types for every record kind. Their messages are codes (src/schemas/messages.ts),
 * worded for the clerks in src/i18n/zh-cn-schema-messages.ts; each says what a valid value looks like.
 */
import { z } from 'zod';
import { findForbiddenChar } from './text-safety.ts';
import { coded, say, type SchemeSlip } from './messages.ts';

/** Record IDs are file names: lower-case ASCII words joined by hyphens, stable forever once published. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every collection the dataset knows, by its folder under content/. */
export const KINDS = [
  'site',
  'calendar',
  'units',
  'bodies',
  'people',
  'qualifications',
  'plans',
  'rounds',
  'pre-announcements',
  'recommendations',
  'inspection-notices',
  'inspection-reports',
  'examinations',
  'decisions',
  'publicities',
  'publicity-outcomes',
  'appointments',
  'integrity-summaries',
  'corrections',
  'supervision-reports',
] as const;
export type Kind = (typeof KINDS)[number];

/** Metadata that marks a string field as a reference to a record of another kind. */
export interface RefMeta {
  /** Target collection; 'any' means a "kind/id" path to a record of any kind. */
  ref: Kind | 'any' | 'position';
}
/** Registry of reference fields, read by the dataset to resolve and check every reference. */
export const refRegistry = z.registry<RefMeta>();

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Astro's YAML parser turns bare dates into Date objects; take them back to the ISO string the clerk wrote. */
function fromDate(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}

/** A calendar date in Asia/Shanghai, written `YYYY-MM-DD`, that exists (no 2月30日). */
export const isoDate = z.preprocess(
  fromDate,
  z
    .string({ error: say('dateType') })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: say('dateFormat') })
    .refine((s) => isRealDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))), { error: say('dateUnreal') }),
);

/** A month, written `YYYY-MM` (birth month, party-joining month, work start). */
export const isoMonth = z
  .string({ error: say('monthType') })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: say('monthFormat') });

/**
 * Non-empty trimmed text in Unicode NFC, bounded so a slip of the paste cannot publish a novel.
 * Control and invisible format characters are refused with their position before trimming, so a
 * leading zero-width character is reported, not silently dropped. Long fields (500 characters or
 * more) are prose and may hold line breaks and tabs; shorter ones are names and labels, one line.
 */
export const text = (max = 2000, multiline = max >= 500) =>
  z
    .string({ error: say('textType') })
    .refine((s) => findForbiddenChar(s, multiline) === undefined, {
      abort: true,
      error: say('forbiddenChar', (input) => ({ char: findForbiddenChar(String(input), multiline)!, multiline })),
    })
    .trim()
    .normalize('NFC')
    .min(1, { error: say('notEmpty') })
    .max(max, { error: say('textTooLong', { max }) });

/**
 * An absolute web address for a browser to open: http or https only, with a host and without
 * user name or password, so `javascript:`, `data:`, `file:` and addresses that disguise their
 * host (https://gov.cn@evil.example) never reach a link or a feed.
 */
export const httpUrl = (example: string) =>
  z
    .string({ error: say('urlType', { example }) })
    .refine((s) => findForbiddenChar(s, false) === undefined && !/\s/.test(s), {
      abort: true,
      error: say('urlSpace', { example }),
    })
    .regex(/^https?:\/\//, {
      abort: true,
      error: say('urlScheme', (input) => ({ example, slip: schemeOf(String(input)) })),
    })
    .refine((s) => isWebAddress(s), { abort: true, error: say('urlInvalid', { example }) });

/** What is wrong with the start of `s`, an address that does not start with http:// or https:// (`javascript:`, a relative path …). */
export function schemeOf(s: string): SchemeSlip {
  const m = /^\s*([a-z][a-z0-9+.-]*):/i.exec(s);
  if (!m) return { slip: 'relative' };
  const scheme = m[1]!.toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') return { slip: 'notWeb', scheme };
  return m[1] !== scheme ? { slip: 'upperCase', scheme } : { slip: 'noSlashes', scheme };
}

function isWebAddress(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '' && u.username === '' && u.password === '' && /^https?:\/\/[^/?#@\\]+(?:[/?#]|$)/i.test(s);
  } catch {
    return false;
  }
}

/** A non-negative whole number (counts of people, votes, ballots). */
export const count = z.number({ error: say('integer') }).int({ error: say('integer') }).min(0, { error: say('notNegative') });

/** A reference to a record of `kind`, by its ID (the file name without `.yaml`). */
export function ref(kind: RefMeta['ref']) {
  const schema = z.string({ error: say('refType', { position: kind === 'position' }) }).regex(
    kind === 'any' ? /^[a-z-]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/ : ID_PATTERN,
    { error: say(kind === 'any' ? 'refPath' : 'idFormat') },
  );
  refRegistry.add(schema, { ref: kind });
  return schema;
}

/** Rule IDs from the public rule catalog (RULES.md), e.g. I3. */
export const ruleId = z.string().regex(/^[PRIXDGACE]\d{1,2}$/, { error: say('ruleId') });

/** A declared procedural exception: the rule it departs from and why, shown publicly beside the record. */
export const ExceptionSchema = z.strictObject({
  /** Rule ID from the catalog, e.g. `I3`. */
  rule: ruleId.meta({ title: '规则编号', description: '所偏离的规则在规则目录（/rules/）中的编号，例如 I3；只有允许例外的规则才能声明' }),
  /** Why the procedure departs from the rule; published verbatim. */
  reason: text(1000).meta({ title: '例外理由', description: '为什么没有按这条规则办，照原样公开在记录旁边和合规面板上' }),
});
export type Exception = z.output<typeof ExceptionSchema>;

/** A period between two dates, both inclusive. */
export const period = z
  .strictObject({
    from: isoDate.meta({ title: '开始日期', description: '第一天（含当天），格式 YYYY-MM-DD' }),
    to: isoDate.meta({ title: '结束日期', description: '最后一天（含当天），格式 YYYY-MM-DD，不能早于开始日期' }),
  })
  .refine((p) => p.from <= p.to, { params: coded('periodOrder'), path: ['to'] });

/**
 * Fields every published notice carries: what the public sees as its heading and date, and the
 * exceptions it declares.
 */
export const noticeBase = {
  /** Heading as published, e.g. 关于张某某同志任前公示的公告. */
  title: text(200).meta({ title: '标题', description: '公告标题，照发布原文填写，例如 关于张某某同志任前公示的公告' }),
  /** Date of publication on the statutory website. */
  published: isoDate.meta({ title: '发布日期', description: '在法定网站上发布的日期，格式 YYYY-MM-DD；晚于构建日期的记录到期才公开' }),
  /** Issuing unit; defaults to the organisation department named in site.yaml. */
  issuer: ref('units').meta({ title: '发布单位', description: '发布这份公告的单位；不填即为 site.yaml 中的组织部门（departmentUnit）' }).optional(),
  /** Optional lead paragraph shown above the structured facts. */
  summary: text(4000).meta({ title: '导语', description: '显示在结构化内容之前的一段说明文字，可分段；可不填' }).optional(),
  /** Declared procedural exceptions, each shown publicly next to the record. */
  exceptions: z
    .array(ExceptionSchema.meta({ title: '程序例外', description: '一条例外：偏离的规则和理由' }))
    .meta({ title: '程序例外', description: '本记录声明的程序例外，每条写明规则编号和理由，公开显示；没有就不写' })
    .optional(),
};

/** Fields of a notice that belongs to one selection round. */
export const roundNoticeBase = {
  ...noticeBase,
  /** The selection round (一次选拔任用工作) this notice belongs to. */
  round: ref('rounds').meta({ title: '选拔任用工作', description: '本公告所属的选拔任用工作（一次选拔）的编号' }),
};

/** A person named with unit and post but not (necessarily) a person record, e.g. a recommender. */
export const signature = z.strictObject({
  /** Full name as signed. */
  name: text(40).meta({ title: '姓名', description: '签名人的姓名，照签名填写' }),
  /** Unit (工作单位). */
  unit: text(100).meta({ title: '工作单位', description: '签名人的工作单位全称' }),
  /** Post (职务). */
  post: text(100).meta({ title: '职务', description: '签名人的职务' }),
});
