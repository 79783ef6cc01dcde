/** Recommendation pre-announcement (推荐预告, seed 二(一)1): vacancies, standards and qualifications before recommendation opens. */
import { z } from 'zod';
import { period, roundNoticeBase, text } from './common.ts';

export const PreAnnouncementSchema = z.strictObject({
  ...roundNoticeBase,
  /** When recommendations are accepted. */
  recommendation: period,
  /** How to recommend: 会议推荐、谈话推荐、个人署名推荐 etc. */
  howToRecommend: text(1000),
});
export type PreAnnouncement = z.output<typeof PreAnnouncementSchema>;
