/**
 * A person: candidate profile or official. Public fields only — the schema is strict, so an ID
 * number, a personal phone or a home address cannot even be written down.
 */
import { z } from 'zod';
import { say } from './messages.ts';

/** Gender as written in the records. */
export const GENDERS = ['男', '女'] as const;
import { isoMonth, ref, text } from './common.ts';

/** One line of a résumé (简历). */
export const ResumeLineSchema = z.strictObject({
  from: isoMonth.meta({ title: '起始年月', description: '开始担任的年月，格式 YYYY-MM' }),
  /** Omitted while the post is held. */
  to: isoMonth.meta({ title: '截止年月', description: '结束的年月，格式 YYYY-MM；至今的不填' }).optional(),
  /** Post held, e.g. 青川市交通运输局副局长. */
  post: text(200).meta({ title: '单位及职务', description: '所在单位和职务，例如 望川市交通运输局副局长' }),
});

/** A post held now, with the date it was taken up (任现职时间). */
export const CurrentPostSchema = z.strictObject({
  unit: ref('units').meta({ title: '单位', description: '现任职务所在的单位' }),
  /** Title of the post, e.g. 党组成员、副局长. */
  title: text(100).meta({ title: '职务', description: '现任职务，例如 党组成员、副局长' }),
  since: isoMonth.meta({ title: '任现职时间', description: '任现职的年月，格式 YYYY-MM' }),
  /** Rank (职级) and since when, e.g. 一级调研员, if published. */
  rank: text(40).meta({ title: '职级', description: '职级，例如 一级调研员；不公开的不填' }).optional(),
});

export const PersonSchema = z
  .strictObject({
    /** Full name. */
    name: text(20).meta({ title: '姓名', description: '姓名全称' }),
    /** Former or other name, if published (曾用名). */
    formerName: text(20).meta({ title: '曾用名', description: '曾用名；没有或不公开的不填' }).optional(),
    gender: z.enum(GENDERS, { error: say('gender', { values: GENDERS }) }).meta({ title: '性别', description: '男或女' }).optional(),
    /** Ethnicity, e.g. 汉族. */
    ethnicity: text(10).meta({ title: '民族', description: '民族，例如 汉族' }).optional(),
    /** Birth month, e.g. 1981-06 (publicity notices give month only). */
    birthMonth: isoMonth.meta({ title: '出生年月', description: '出生年月，格式 YYYY-MM，例如 1981-06；只写到月，不写日' }).optional(),
    /** Native place (籍贯), e.g. 青川市安宁县. */
    nativePlace: text(40).meta({ title: '籍贯', description: '籍贯，例如 望川市安宁县；不写家庭住址' }).optional(),
    /** Party membership: month joined, or 群众 / another party's name. */
    partyJoined: isoMonth.meta({ title: '入党时间', description: '加入中国共产党的年月，格式 YYYY-MM' }).optional(),
    /** Non-CPC affiliation shown instead of partyJoined, e.g. 九三学社 or 无党派. */
    affiliation: text(20).meta({ title: '党派', description: '非中共党员的，写所属党派或 无党派、群众，代替入党时间' }).optional(),
    /** Month the person started work. */
    workStarted: isoMonth.meta({ title: '参加工作时间', description: '参加工作的年月，格式 YYYY-MM' }).optional(),
    /** Education (学历学位), e.g. 大学、工学学士 / 在职研究生、管理学硕士. */
    education: z
      .strictObject({
        fullTime: text(60).meta({ title: '全日制教育', description: '全日制学历学位，例如 大学、工学学士' }),
        partTime: text(60).meta({ title: '在职教育', description: '在职学历学位，例如 在职研究生、管理学硕士' }).optional(),
      })
      .meta({ title: '学历学位', description: '全日制和在职教育的学历学位' })
      .optional(),
    /** Professional title (专业技术职务), if any. */
    professionalTitle: text(40).meta({ title: '专业技术职务', description: '专业技术职务，例如 高级工程师；没有的不填' }).optional(),
    /** Posts held now. */
    currentPosts: z
      .array(CurrentPostSchema.meta({ title: '现任职务', description: '一项现任职务' }))
      .default([])
      .meta({ title: '现任职务', description: '现在担任的全部职务及任现职时间' }),
    /** Résumé in order. */
    resume: z
      .array(ResumeLineSchema.meta({ title: '简历', description: '简历中的一段经历' }))
      .default([])
      .meta({ title: '简历', description: '按时间顺序列出的工作经历' }),
    /** Main achievements (主要工作业绩) as published. */
    achievements: text(4000).meta({ title: '主要工作业绩', description: '公开的主要工作业绩，可分段' }).optional(),
  })
  .meta({ title: '人员', description: '人员（人选或领导干部）的公开信息。没有身份证号、私人电话、家庭住址的字段，也不能写这些信息。' });
export type Person = z.output<typeof PersonSchema>;
