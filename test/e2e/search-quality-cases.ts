/**
 * The search-quality suite: queries as citizens type them, each with what must come back. A case
 * names either one page that must be within the first `within` results, or a rule every one of the
 * first `within` results must meet (a kind of page, a publication month), or that nothing is found.
 * The pages are the sample's (content/); the suite runs in Chromium over the sample build.
 */
import { referenceCode } from '../../src/domain/reference-code.ts';

export type Expectation =
  | { page: string; within: 1 | 3 }
  | { allUnder: string; within: number }
  | { allPublished: string; within: number }
  | { none: true };

export interface QualityCase {
  group: '人名' | '简称' | '拼音' | '繁体' | '类别' | '职务' | '日期' | '查询码' | '组合' | '无结果';
  query: string;
  expect: Expectation;
}

const code = (kind: Parameters<typeof referenceCode>[0], id: string) => referenceCode(kind, id);

export const QUALITY_CASES: QualityCase[] = [
  { group: '人名', query: '林晓川', expect: { page: '/people/lin-xiaochuan/', within: 1 } },
  { group: '人名', query: '林晓川', expect: { page: '/publicities/2026-jtj-fjz-gs/', within: 3 } },
  { group: '人名', query: '林书瑶', expect: { page: '/people/lin-shuyao/', within: 1 } },
  { group: '人名', query: '姚振邦', expect: { page: '/people/yao-zhenbang/', within: 1 } },
  { group: '人名', query: '姚振邦', expect: { page: '/publicities/2026-hbj-fjz-gs/', within: 3 } },
  { group: '人名', query: '韦嘉禾', expect: { page: '/people/wei-jiahe/', within: 1 } },
  { group: '拼音', query: 'linxiaochuan', expect: { page: '/people/lin-xiaochuan/', within: 1 } },
  { group: '拼音', query: 'LinXiaochuan', expect: { page: '/people/lin-xiaochuan/', within: 1 } },
  { group: '拼音', query: 'lxc', expect: { page: '/people/lin-xiaochuan/', within: 3 } },
  { group: '拼音', query: 'yaozhenbang', expect: { page: '/people/yao-zhenbang/', within: 1 } },
  { group: '拼音', query: 'gyr', expect: { page: '/people/gu-yiran/', within: 3 } },
  { group: '繁体', query: '林曉川', expect: { page: '/people/lin-xiaochuan/', within: 1 } },
  { group: '繁体', query: '顧怡然', expect: { page: '/people/gu-yiran/', within: 1 } },
  { group: '繁体', query: '羅清妍', expect: { page: '/people/luo-qingyan/', within: 1 } },
  { group: '繁体', query: '曉東', expect: { page: '/people/ren-xiaodong/', within: 1 } },
  { group: '繁体', query: '審計局', expect: { page: '/units/sjj/', within: 1 } },
  { group: '繁体', query: '交通運輸局', expect: { page: '/units/jtj/', within: 1 } },
  { group: '简称', query: '交通局', expect: { page: '/units/jtj/', within: 1 } },
  { group: '简称', query: '交通运输局', expect: { page: '/units/jtj/', within: 1 } },
  { group: '简称', query: '财政局', expect: { page: '/units/czj/', within: 1 } },
  { group: '简称', query: '疾控中心', expect: { page: '/units/cdc/', within: 1 } },
  { group: '简称', query: '交投集团', expect: { page: '/units/jttz/', within: 1 } },
  { group: '简称', query: '卫健委', expect: { page: '/units/wjw/', within: 1 } },
  { group: '简称', query: '市应急局', expect: { page: '/units/yjj/', within: 1 } },
  { group: '类别', query: '任前公示', expect: { allUnder: '/publicities/', within: 3 } },
  { group: '类别', query: '公示', expect: { allUnder: '/publicities/', within: 3 } },
  { group: '类别', query: '公示结果', expect: { allUnder: '/publicity-outcomes/', within: 3 } },
  { group: '类别', query: '任职结果', expect: { allUnder: '/appointments/', within: 3 } },
  { group: '类别', query: '考察预告', expect: { allUnder: '/inspection-notices/', within: 3 } },
  { group: '职务', query: '预算科科长', expect: { page: '/rounds/2026-czj-jzsg/', within: 1 } },
  { group: '职务', query: '县长', expect: { page: '/rounds/2026-apx-xz/', within: 3 } },
  { group: '职务', query: '卫生健康委员会副主任', expect: { page: '/rounds/2026-wjw-fzr/', within: 1 } },
  { group: '日期', query: '2026年9月', expect: { allPublished: '2026-09', within: 3 } },
  { group: '日期', query: '2025年5月', expect: { allPublished: '2025-05', within: 3 } },
  { group: '日期', query: '2026年9月28日', expect: { page: '/publicities/2026-jtj-fjz-gs/', within: 3 } },
  { group: '查询码', query: code('publicities', '2026-jtj-fjz-gs'), expect: { page: '/publicities/2026-jtj-fjz-gs/', within: 1 } },
  { group: '查询码', query: code('publicity-outcomes', '2026-hbj-fjz-gsjg').toLowerCase(), expect: { page: '/publicity-outcomes/2026-hbj-fjz-gsjg/', within: 1 } },
  { group: '查询码', query: code('rounds', '2026-jtj-fjz'), expect: { page: '/rounds/2026-jtj-fjz/', within: 1 } },
  { group: '组合', query: '林晓川 任前公示', expect: { page: '/publicities/2026-jtj-fjz-gs/', within: 1 } },
  { group: '组合', query: '交通局 副局长', expect: { page: '/rounds/2026-jtj-fjz/', within: 3 } },
  { group: '无结果', query: '火星探测', expect: { none: true } },
  { group: '无结果', query: 'qwxzv', expect: { none: true } },
];
