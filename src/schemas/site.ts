/** Jurisdiction settings: who publishes, how to report, and the rule parameters in force. */
import { z } from 'zod';
import { ref, text } from './common.ts';

/** Reporting channels shown on every notice (seed 二(二)1; 12380 practice). */
export const ChannelsSchema = z.strictObject({
  /** Local reporting telephone of the organisation department, e.g. 0000-12380. */
  phone: z.string().regex(/^[0-9-]{5,20}$/, { error: '电话只能含数字和连字符,例如 0739-12380' }),
  /** Reporting e-mail address (an institutional mailbox, never a personal one). */
  email: z.email({ error: '应为电子邮箱地址,例如 jubao@example.gov.cn' }),
  /** Postal address for letters (来信). */
  postalAddress: text(200),
  /** Postcode of the postal address. */
  postcode: z.string().regex(/^\d{6}$/, { error: '邮政编码应为 6 位数字' }),
  /** The 12380 reporting website. */
  website: z.url({ error: '应为网址,例如 https://www.12380.gov.cn' }),
  /** The 12380 SMS number. */
  sms: z.string().regex(/^\d{5,15}$/, { error: '短信号码只能含数字' }),
  /** When the phone is staffed, e.g. 工作日 8:30—12:00、14:30—17:30. */
  hours: text(100).optional(),
});
export type Channels = z.output<typeof ChannelsSchema>;

/** Rule parameters (RULES.md defaults); a jurisdiction may tighten them. */
export const RuleParamsSchema = z.strictObject({
  /** I3: inspectees per position (1:N 差额考察). */
  differentialRatio: z.number().int().min(1).default(2),
  /** G2: minimum publicity window in working days. */
  publicityWorkingDays: z.number().int().min(5, { error: '任前公示期不得少于 5 个工作日' }).default(5),
  /** I7: days after feedback within which an inspectee may appeal. */
  appealDays: z.number().int().min(1).default(7),
  /** D2: quorum as a fraction of members. */
  quorum: z.number().gt(0).max(1).default(2 / 3),
  /** D3: a candidate passes when yes votes exceed this fraction of members. */
  passThreshold: z.number().gt(0).lt(1).default(0.5),
  /** C3: debts at or above this many yuan need a repayment plan. */
  debtThreshold: z.number().int().min(0).default(5000),
  /** A1: the longest deferral of an appointment, in months. */
  deferralMonths: z.number().int().min(1).default(3),
  /** R4: days a recommendation stays valid for starting an inspection. */
  recommendationValidityDays: z.number().int().min(1).default(365),
  /** I9: minimum inspection team size. */
  minTeamSize: z.number().int().min(2).default(2),
  /** X2: tolerance when recomputing a final score. */
  scoreTolerance: z.number().min(0).max(1).default(0.01),
  /** A2: probation length in months. */
  probationMonths: z.number().int().min(1).default(12),
});
export type RuleParams = z.output<typeof RuleParamsSchema>;

const vkey = z.string().regex(/^[^\s+]+\+[0-9a-f]{8}\+[A-Za-z0-9+/]{44}$/, { error: '应为 npm run ledger:keygen 输出的公钥，形如 名称+8 位十六进制密钥号+公钥' });

/** Public keys of the ledger (private keys never go in content): the operator's and each witness's. */
export const LedgerKeysSchema = z.strictObject({
  /** The organisation department's checkpoint key (tlog-checkpoint); its name is the log's origin. */
  key: vkey,
  /** Bodies that cosign checkpoints (tlog-cosignature), e.g. the discipline commission. */
  witnesses: z.array(z.strictObject({ name: text(40), key: vkey })).default([]),
});

/** content/site.yaml — one per jurisdiction. */
export const SiteSchema = z.strictObject({
  /** Portal name shown in the header, e.g. 青川市干部选拔任用公示网. */
  name: text(60),
  /** Jurisdiction (city, county, province). */
  jurisdiction: text(40),
  /** Publishing department, e.g. 中共青川市委组织部. */
  department: text(60),
  /** The department as a unit record (default issuer of notices). */
  departmentUnit: ref('units'),
  /** Absolute URL the site is deployed at (feeds and permalinks use it). */
  url: z.url({ error: '应为网站地址,例如 https://gongshi.example.gov.cn' }),
  /** Reporting channels. */
  channels: ChannelsSchema,
  /** Rule parameters in force. */
  rules: RuleParamsSchema.default(RuleParamsSchema.parse({})),
  /** Public keys that verification pins (README: 封存、见证与核验). */
  ledger: LedgerKeysSchema.optional(),
});
export type Site = z.output<typeof SiteSchema>;
