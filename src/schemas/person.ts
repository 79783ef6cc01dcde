/**
 * A person: candidate profile or official. Public fields only — the schema is strict, so an ID
 * number, a personal phone or a home address cannot even be written down.
 */
import { z } from 'zod';
import { isoMonth, ref, text } from './common.ts';

/** One line of a résumé (简历). */
export const ResumeLineSchema = z.strictObject({
  from: isoMonth,
  /** Omitted while the post is held. */
  to: isoMonth.optional(),
  /** Post held, e.g. 青川市交通运输局副局长. */
  post: text(200),
});

/** A post held now, with the date it was taken up (任现职时间). */
export const CurrentPostSchema = z.strictObject({
  unit: ref('units'),
  /** Title of the post, e.g. 党组成员、副局长. */
  title: text(100),
  since: isoMonth,
  /** Rank (职级) and since when, e.g. 一级调研员, if published. */
  rank: text(40).optional(),
});

export const PersonSchema = z.strictObject({
  /** Full name. */
  name: text(20),
  /** Former or other name, if published (曾用名). */
  formerName: text(20).optional(),
  gender: z.enum(['男', '女'], { error: '性别应为“男”或“女”' }).optional(),
  /** Ethnicity, e.g. 汉族. */
  ethnicity: text(10).optional(),
  /** Birth month, e.g. 1981-06 (publicity notices give month only). */
  birthMonth: isoMonth.optional(),
  /** Native place (籍贯), e.g. 青川市安宁县. */
  nativePlace: text(40).optional(),
  /** Party membership: month joined, or 群众 / another party's name. */
  partyJoined: isoMonth.optional(),
  /** Non-CPC affiliation shown instead of partyJoined, e.g. 九三学社 or 无党派. */
  affiliation: text(20).optional(),
  /** Month the person started work. */
  workStarted: isoMonth.optional(),
  /** Education (学历学位), e.g. 大学、工学学士 / 在职研究生、管理学硕士. */
  education: z.strictObject({ fullTime: text(60), partTime: text(60).optional() }).optional(),
  /** Professional title (专业技术职务), if any. */
  professionalTitle: text(40).optional(),
  /** Posts held now. */
  currentPosts: z.array(CurrentPostSchema).default([]),
  /** Résumé in order. */
  resume: z.array(ResumeLineSchema).default([]),
  /** Main achievements (主要工作业绩) as published. */
  achievements: text(4000).optional(),
});
export type Person = z.output<typeof PersonSchema>;
