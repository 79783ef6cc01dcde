/** Recommendation pre-announcement (推荐预告, seed 二(一)1): vacancies, standards and qualifications before recommendation opens. */
import { z } from 'zod';
import { period, roundNoticeBase, text } from './common.ts';

export const PreAnnouncementSchema = z
  .strictObject({
    ...roundNoticeBase,
    /** When recommendations are accepted. */
    recommendation: period.meta({ title: '推荐时间', description: '接受推荐的起止日期，均含当天' }),
    /** How to recommend: 会议推荐、谈话推荐、个人署名推荐 etc. */
    howToRecommend: text(1000).meta({ title: '推荐方式', description: '怎样推荐，例如 会议推荐、谈话推荐、个人署名推荐，以及提交方式' }),
  })
  .meta({ title: '推荐预告', description: '推荐开始前公布的职位、选任标准和任职条件（见所属选拔任用工作）及推荐方式。' });
export type PreAnnouncement = z.output<typeof PreAnnouncementSchema>;
