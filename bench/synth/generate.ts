/**
 * A synthetic jurisdiction of about N records for benchmarks and federation tests: a city with its
 * counties, their departments, decision bodies with rosters, officials with qualifications, annual
 * plans, and selection rounds taken through every stage with dates on the official working-day
 * calendar, scores that recompute, tallies above quorum and threshold. Deterministic for a seed:
 * the same options give the same records in the same order. Pure: no I/O, no clock.
 */
import type { z } from 'zod';
import type { Calendar } from '../../src/schemas/calendar.ts';
import type { Kind } from '../../src/schemas/common.ts';
import type { SCHEMAS } from '../../src/schemas/index.ts';
import { addDays, addMonths } from '../../src/domain/dates.ts';
import { CalendarGapError, createWorkingCalendar, type WorkingCalendar } from '../../src/domain/working-days.ts';
import * as W from './names.ts';
import { createRng, type Rng } from './prng.ts';

/** Kinds the generator writes (calendars are copied from content/calendar, never invented). */
export type SynthKind = Exclude<Kind, 'calendar'>;

/** One generated record, typed as the clerk would write it (the schema's input). */
export type SynthRecord = { [K in SynthKind]: { kind: K; id: string; data: z.input<(typeof SCHEMAS)[K]> } }[SynthKind];

/** Reference date the fixtures are made for; the tests and the bench build with GONGSHI_TODAY set to it. */
export const SYNTH_TODAY = '2026-11-20';

/** What to generate. */
export interface SynthOptions {
  /** About how many records (files under content/, calendars included) to produce. */
  records: number;
  /** Seed: equal seeds give equal output. */
  seed: string | number;
  /** The official calendars on file; every working-day date falls in their years. */
  calendars: readonly Calendar[];
  /** Nothing is dated after this day (default SYNTH_TODAY). */
  today?: string;
  /** The city, e.g. { name: '云岚', slug: 'yunlan' }; by default one is chosen from the seed. */
  city?: { name: string; slug: string };
}

type Method = 'individual' | 'competitive' | 'open';
type Level = '正处级' | '副处级' | '正科级' | '副科级';

interface UnitRef {
  id: string;
  name: string;
  head: string;
  deputy: string;
  sections: readonly string[];
}

interface Area {
  code: string;
  /** Full name, e.g. 云岚市 or 竹坪县. */
  name: string;
  /** 市, 县 or 区: forms 市委, 县长 and the like. */
  suffix: string;
  county: boolean;
  orgUnit: string;
  partyUnit: string;
  /** Units whose posts are filled by rounds. */
  units: UnitRef[];
  standing: { id: string; name: string; members: string[] };
  full: { id: string; name: string; members: string[] };
  orgHead: string;
  inspectors: string[];
  plans: Map<number, { id: string; published: string }>;
  /** Inspectees not chosen in earlier rounds: they may be recommended again. */
  runnersUp: string[];
  meetings: Map<string, number>;
  documents: Map<number, number>;
}

interface PositionSpec {
  unit: UnitRef;
  head: boolean;
  fullCommittee: boolean;
  /** Recommended candidates (at least 3, so two can be inspected with one to spare). */
  candidates: number;
}

interface Timeline {
  pre: string;
  recFrom: string;
  recTo: string;
  recDate: string;
  recPublished: string;
  exam?: { date: string; published: string };
  preReview: string;
  noticePublished: string;
  inspFrom: string;
  inspTo: string;
  feedback: string;
  appeal?: { filed: string; resolved: string };
  reportPublished: string;
  meeting: string;
  decisionPublished: string;
  windowFrom: string;
  windowTo: string;
  outcomePublished: string;
  effective: string;
  appointmentPublished: string;
  correction?: string;
  /** A deferred appointment: when the pending report was cleared, and the final appointment. */
  deferral?: { resolved: string; effective: string; published: string };
}

/** How a round ends: appointed; deferred then appointed; withdrawn; or still in its publicity window. */
type Ending = 'appointed' | 'deferred' | 'withdrawn' | 'open';

interface RoundSpec {
  area: Area;
  year: number;
  method: Method;
  level: Level;
  positions: PositionSpec[];
  reuse: number;
  appeal: boolean;
  corrected: boolean;
  /** One inspectee per position, with a declared I3 exception. */
  single: boolean;
  ending: Ending;
  timeline: Timeline;
  records: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const month = (y: number, m: number) => `${y}-${pad(m)}`;
const CN_NUM = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Records of one round spec: fixed by its shape, so pass one can stop at the requested total. */
function countRecords(s: Omit<RoundSpec, 'records' | 'timeline'>): number {
  const p = s.positions.length;
  const people = s.positions.reduce((n, x) => n + x.candidates, 0) - s.reuse;
  const ending = s.ending === 'open' ? -2 : s.ending === 'deferred' ? 1 : 0;
  // round, pre-announcement, inspection notice, decision, publicity, outcome, appointment
  return 7 + ending + p * (s.method === 'individual' ? 1 : 2) + (s.single ? 2 : 4) * p + people + (s.corrected ? 1 : 0);
}

/** Generate the jurisdiction record by record, in an order that never names a record before it exists. */
export function* synthesize(options: SynthOptions): Generator<SynthRecord> {
  const rng = createRng(`gongshi-synth/${String(options.seed)}`);
  const today = options.today ?? SYNTH_TODAY;
  const cal = createWorkingCalendar([...options.calendars]);
  const years = cal.years();
  if (years.length === 0) throw new Error('synthesize needs at least one calendar year');
  const target = Math.max(0, Math.floor(options.records));
  let produced = options.calendars.length;

  const after = (date: string, n: number) => cal.addWorkingDays(addDays(date, 1), n);
  const onOrAfter = (date: string) => cal.addWorkingDays(date, 1);
  const later = (a: string, b: string) => (a > b ? a : b);

  const [cityName, citySlug] = options.city ? [options.city.name, options.city.slug] : rng.pick(W.CITY_NAMES);
  const city = `${cityName}市`;

  // People: one counter keeps IDs unique however names repeat.
  let personSeq = 0;
  const names = new Map<string, string>();
  const drawName = (r: Rng): { name: string; slug: string; gender: '男' | '女' } => {
    const [sur, surPy] = r.pick(W.SURNAMES);
    const chars = r.chance(0.75) ? r.sample(W.GIVEN, 2) : [r.pick(W.GIVEN)];
    return {
      name: sur + chars.map((c) => c[0]).join(''),
      slug: `${surPy}-${chars.map((c) => c[1]).join('')}`,
      gender: r.chance(0.7) ? '男' : '女',
    };
  };
  const newId = (slug: string) => `${slug}-${pad(++personSeq, 4)}`;

  /** A person record with a full public profile and a résumé ending in `post`. */
  const person = (
    r: Rng,
    post: { unit: string; title: string; unitName: string },
    born: [number, number],
    since: [number, number],
  ): Extract<SynthRecord, { kind: 'people' }> => {
    const n = drawName(r);
    const id = newId(n.slug);
    names.set(id, n.name);
    const birthYear = r.int(born[0], born[1]);
    const workYear = birthYear + r.int(21, 24);
    const sinceYear = Math.max(workYear + 2, r.int(since[0], since[1]));
    const sinceMonth = month(sinceYear, r.int(1, 12));
    const resume: { from: string; to?: string; post: string }[] = [];
    const steps = Math.max(1, Math.min(3, Math.floor((sinceYear - workYear) / 4)));
    let from = month(workYear, r.int(7, 8));
    const early = [`${city}${r.pick(['财政局', '发展和改革委员会', '统计局', '民政局'])}科员`, `${r.pick(['政策研究室', '办公室', '综合科'])}副主任科员`, `${post.unitName}${r.pick(['综合科', '办公室'])}副科长`];
    for (let i = 0; i < steps; i++) {
      const toYear = workYear + Math.round(((sinceYear - workYear) * (i + 1)) / (steps + 1));
      const to = month(Math.min(toYear, sinceYear), r.int(1, 12));
      const end = to < sinceMonth ? to : sinceMonth;
      if (end <= from) continue;
      resume.push({ from, to: end, post: early[i]! });
      from = end;
    }
    resume.push({ from: sinceMonth, post: `${post.unitName}${post.title}` });
    const partTime = r.chance(0.3) ? r.pick(W.EDUCATION_PART) : undefined;
    return {
      kind: 'people',
      id,
      data: {
        name: n.name,
        gender: n.gender,
        ethnicity: r.pick(W.ETHNICITIES),
        birthMonth: month(birthYear, r.int(1, 12)),
        nativePlace: `${city}${r.pick(W.PLACE_FIRST)}${r.pick(W.PLACE_SECOND)}${r.chance(0.5) ? '县' : '区'}`,
        partyJoined: month(Math.min(birthYear + r.int(19, 27), 2024), r.int(1, 12)),
        workStarted: resume[0]!.from,
        education: partTime ? { fullTime: r.pick(W.EDUCATION_FULL), partTime } : { fullTime: r.pick(W.EDUCATION_FULL) },
        ...(r.chance(0.1) ? { professionalTitle: r.pick(W.PROFESSIONAL_TITLES) } : {}),
        currentPosts: [{ unit: post.unit, title: post.title, since: sinceMonth }],
        resume,
        achievements: r.sample(W.ACHIEVEMENTS, 2).join(''),
      },
    };
  };

  /** A name, unit and post for a signature by someone without a person record (recommenders, examiners). */
  const signature = (r: Rng, area: Area) => {
    const u = r.pick(area.units);
    return { name: drawName(r).name, unit: u.name, post: r.pick([u.deputy, `${r.pick(u.sections)}科长`, '一级主任科员', u.head]) };
  };

  // ---- The jurisdiction: site, areas with units, officials, bodies, qualifications ----
  yield {
    kind: 'site',
    id: 'site',
    data: {
      name: `${city}干部选拔任用公示网`,
      jurisdiction: city,
      department: `中共${city}委组织部`,
      departmentUnit: 's-zzb',
      url: `https://gongshi.${citySlug}.example`,
      channels: {
        phone: '0000-12380',
        email: `jubao@${citySlug}.example`,
        postalAddress: `${city}${rng.pick(['人民', '建设', '明德', '新华'])}路 ${rng.int(1, 200)} 号市委组织部干部监督科`,
        postcode: `999${pad(rng.int(0, 999), 3)}`,
        website: 'https://www.12380.gov.cn',
        sms: '12380',
        hours: '工作日 8:30—12:00、14:30—17:30',
      },
      supervisionMeasures: { title: `${city}干部选拔任用工作全程监督实施办法`, number: `${city.slice(0, 2)}组发〔2025〕1号` },
    },
  };
  produced++;

  const countyCount = Math.min(W.PLACE_FIRST.length * W.PLACE_SECOND.length, Math.round(target / 2500));
  const countyNames = rng
    .sample(W.PLACE_FIRST.flatMap((a) => W.PLACE_SECOND.map((b) => a + b)), countyCount)
    .map((n, i) => n + (i % 4 === 3 ? '区' : '县'));
  const areas: Area[] = [];

  for (let a = 0; a <= countyCount; a++) {
    const r = rng.fork(`area-${a}`);
    const county = a > 0;
    const name = county ? countyNames[a - 1]! : city;
    const suffix = name.slice(-1);
    const code = county ? `a${pad(a)}` : 's';
    const u = (c: string) => `${code}-${c}`;
    const area: Area = {
      code,
      name,
      suffix,
      county,
      orgUnit: u('zzb'),
      partyUnit: u('dw'),
      units: [],
      standing: { id: `${code}-cwh`, name: `中共${name}委常委会`, members: [] },
      full: { id: `${code}-qwh`, name: `中共${name}委全体会议`, members: [] },
      orgHead: '',
      inspectors: [],
      plans: new Map(),
      runnersUp: [],
      meetings: new Map(),
      documents: new Map(),
    };
    const core: [string, string, string, string?][] = [
      ['dw', `中共${name}委`, '党委部门'],
      ['zf', `${name}人民政府`, '政府部门'],
      ['zzb', `中共${name}委组织部`, '党委部门', u('dw')],
      ['jw', `中共${name}纪律检查委员会`, '党委部门', u('dw')],
    ];
    for (const [c, unitName, type, parent] of core) {
      yield { kind: 'units', id: u(c), data: { name: unitName, type: type as '党委部门', ...(parent ? { parent } : {}) } };
      produced++;
    }
    // A county has fewer departments, but always the party ones its standing committee members head.
    const kinds = county ? W.UNIT_KINDS.filter((k, i) => i < 14 || k.type === '党委部门') : W.UNIT_KINDS;
    for (const k of kinds) {
      const unitName =
        k.type === '党委部门' ? `中共${name}委${k.name}` : k.code === 'tw' ? `共青团${name}委` : `${name}${k.name}`;
      const parent = k.type === '党委部门' ? u('dw') : k.type === '政府部门' ? u('zf') : undefined;
      yield { kind: 'units', id: u(k.code), data: { name: unitName, type: k.type, ...(parent ? { parent } : {}) } };
      produced++;
      area.units.push({ id: u(k.code), name: unitName, head: k.head, deputy: k.deputy, sections: k.sections });
    }
    if (county) {
      const towns = r.sample(W.PLACE_FIRST.flatMap((x) => W.PLACE_SECOND.map((y) => x + y)), r.int(5, 8));
      for (const [i, t] of towns.entries()) {
        const id = u(`z${pad(i + 1)}`);
        const unitName = `${name}${t}${r.chance(0.8) ? '镇' : '乡'}`;
        yield { kind: 'units', id, data: { name: unitName, type: '乡镇街道', parent: u('zf') } };
        produced++;
        area.units.push({ id, name: unitName, head: unitName.endsWith('镇') ? '镇长' : '乡长', deputy: unitName.endsWith('镇') ? '副镇长' : '副乡长', sections: ['党政综合办公室', '经济发展办公室'] });
      }
    }

    // Officials: the standing committee, then the other full-committee members (heads of departments).
    const s = suffix;
    const standingPosts: [role: string, title: string, unit: string][] = [
      ['书记', `${s}委书记`, 'dw'],
      ['副书记', `${s}委副书记、${s}长`, 'zf'],
      ['副书记', `${s}委副书记`, 'dw'],
      ['常委', `${s}委常委、组织部部长`, 'zzb'],
      ['常委', `${s}委常委、纪委书记、监委主任`, 'jw'],
      ['常委', `${s}委常委、宣传部部长`, 'xcb'],
      ['常委', `${s}委常委、政法委书记`, 'zfw'],
      ['常委', `${s}委常委、常务副${s}长`, 'zf'],
      ['常委', `${s}委常委、办公室主任`, 'dw'],
      ['常委', `${s}委常委、统战部部长`, 'dw'],
      ['常委', `${s}委常委、副${s}长`, 'zf'],
    ].slice(0, county ? r.int(9, 11) : 11) as [string, string, string][];
    const unitName = (c: string) => (c === 'dw' ? `中共${name}委` : c === 'zf' ? `${name}人民政府` : c === 'zzb' ? `中共${name}委组织部` : c === 'jw' ? `中共${name}纪律检查委员会` : area.units.find((x) => x.id === u(c))?.name ?? `中共${name}委`);
    const roles = new Map<string, string>();
    const officials: string[] = [];
    for (const [role, title, c] of standingPosts) {
      const p = person(r, { unit: u(c), title, unitName: unitName(c) }, [1966, 1976], [2020, 2023]);
      yield p;
      produced++;
      roles.set(p.id, role);
      officials.push(p.id);
      area.standing.members.push(p.id);
      if (c === 'zzb') area.orgHead = p.id;
    }
    const fullExtra = area.units.slice(0, county ? 12 : 20);
    for (const unit of fullExtra) {
      const p = person(r, { unit: unit.id, title: `党组书记、${unit.head}`.replace('党组书记、书记', '书记'), unitName: unit.name }, [1966, 1978], [2019, 2023]);
      yield p;
      produced++;
      roles.set(p.id, '委员');
      officials.push(p.id);
    }
    area.full.members = [...officials];
    const termFrom = county ? '2021-09-28' : '2021-09-15';
    for (const body of [area.standing, area.full]) {
      yield {
        kind: 'bodies',
        id: body.id,
        data: {
          name: body.name,
          type: body === area.standing ? 'standing-committee' : 'full-committee',
          unit: area.partyUnit,
          members: body.members.map((p) => ({ person: p, role: body === area.standing ? roles.get(p)! : roles.get(p) === '委员' ? '委员' : roles.get(p) === '书记' ? '书记' : '常委', from: termFrom })),
        },
      };
      produced++;
    }
    // Inspectors: the organisation department's cadre sections.
    const ks = county ? '股' : '科';
    const inspectorTitles = [`干部一${ks}${ks}长`, `干部监督${ks}${ks}长`, `干部二${ks}${ks}长`, `干部一${ks}副${ks}长`, `干部监督${ks}副${ks}长`, '一级主任科员', '二级主任科员', '四级主任科员', '一级科员', '二级科员'];
    for (const title of inspectorTitles.slice(0, county ? 6 : 10)) {
      const p = person(r, { unit: area.orgUnit, title, unitName: `中共${name}委组织部` }, [1975, 1995], [2019, 2024]);
      yield p;
      produced++;
      area.inspectors.push(p.id);
    }
    for (const [i, p] of officials.entries()) {
      yield {
        kind: 'qualifications',
        id: `${p}-yr`,
        data: {
          person: p,
          type: 'decision-maker',
          certificate: `${citySlug.toUpperCase().slice(0, 3)}-YR-2024-${code.toUpperCase()}${pad(i + 1, 3)}`,
          basis: '2024 年《党政领导干部选拔任用工作条例》专题培训考试合格',
          issued: `2024-${pad(r.int(3, 11))}-${pad(r.int(1, 28))}`,
        },
      };
      produced++;
    }
    for (const [i, p] of area.inspectors.entries()) {
      yield {
        kind: 'qualifications',
        id: `${p}-kc`,
        data: {
          person: p,
          type: 'inspector',
          certificate: `${citySlug.toUpperCase().slice(0, 3)}-KC-2024-${code.toUpperCase()}${pad(i + 1, 3)}`,
          basis: '2024 年干部考察工作专题培训考核合格，取得考察资格证书',
          issued: `2024-${pad(r.int(3, 11))}-${pad(r.int(1, 28))}`,
        },
      };
      produced++;
    }
    areas.push(area);
  }

  // ---- Pass one: the shape and dates of every round, until the requested total is reached ----
  const firstYear = years[0]!;
  const lastYear = years.at(-1)!;
  const startOf = (y: number) => onOrAfter(`${y}-01-20`);
  const planDate = (y: number, r: Rng) => after(`${y}-01-05`, r.int(1, 4));
  // Supervision: an announcement, findings and a feedback report per area and year, when dated by today.
  const supervisionDates = (y: number) => ({ announcement: onOrAfter(`${y}-08-25`), from: onOrAfter(`${y}-09-08`), to: onOrAfter(`${y}-10-20`), findings: onOrAfter(`${y}-11-03`), feedback: onOrAfter(`${y}-11-12`) });
  const tail = areas.length * years.reduce((n, y) => {
    const d = supervisionDates(y);
    return n + (d.announcement <= today ? 1 : 0) + (d.findings <= today ? 1 : 0) + (d.feedback <= today ? 1 : 0);
  }, 0);
  const span: string[] = [];
  for (let y = firstYear; y <= lastYear; y++) for (let d = startOf(y); d.startsWith(`${y}-`) && d <= today; d = addDays(d, 1)) span.push(d);

  const specs: RoundSpec[] = [];
  const planCount = new Set<string>();
  let planned = 0;
  const budget = () => target - produced - tail - planCount.size - planned;
  let guard = 0;
  while (span.length > 0 && guard++ < 1_000_000) {
    const r = rng.fork(`spec-${specs.length}`);
    // The city's own departments fill about a third of the posts; the counties the rest.
    const area = areas.length === 1 || r.chance(0.3) ? areas[0]! : r.pick(areas.slice(1));
    const method: Method = r.chance(0.7) ? 'individual' : r.chance(0.67) ? 'competitive' : 'open';
    const nPos = r.chance(0.75) ? 1 : r.chance(0.8) ? 2 : 3;
    const head = nPos === 1 && r.chance(0.3);
    const level: Level = area.county ? (head ? '正科级' : '副科级') : head ? '正处级' : '副处级';
    const fullCommittee = head && !area.county && r.chance(0.5);
    const units = r.sample(area.units, nPos);
    const positions = units.map((unit) => ({ unit, head, fullCommittee, candidates: method === 'individual' ? r.int(3, 4) : r.int(3, 6) }));
    const single = nPos === 1 && r.chance(0.02);
    const roll = r.next();
    // The first round drawn is left open on the reference date, the second deferred and the third
    // withdrawn, so every set, however small, has an open window and each rarer ending.
    const forced: Ending | undefined = (['open', 'deferred', 'withdrawn'] as const)[specs.length];
    const ending: Ending = forced ?? (roll < 0.01 ? 'open' : roll < 0.02 ? 'deferred' : roll < 0.025 ? 'withdrawn' : 'appointed');
    const shape = { area, year: 0, method, level, positions, reuse: r.chance(0.15) ? 1 : 0, appeal: !single && r.chance(0.03), corrected: ending !== 'open' && r.chance(0.01), single, ending: ending as Ending };
    const records = countRecords(shape);
    if (budget() - records < 0 && specs.length > 0) break;
    let timeline = drawTimeline(r, span, shape);
    if (!timeline && shape.ending === 'open') {
      // No start puts the window over the reference date (a set ending before the calendar does): end normally.
      shape.ending = 'appointed';
      timeline = drawTimeline(r, span, shape);
    }
    if (!timeline) break;
    const year = Number(timeline.pre.slice(0, 4));
    const key = `${area.code}/${year}`;
    if (!planCount.has(key)) {
      if (budget() - records - 1 < 0 && specs.length > 0) break;
      planCount.add(key);
    }
    specs.push({ ...shape, year, timeline, records });
    planned += records;
  }

  function drawTimeline(r: Rng, days: readonly string[], shape: { method: Method; appeal: boolean; corrected: boolean; ending: Ending }): Timeline | undefined {
    const { method, appeal, corrected, ending } = shape;
    // An open round starts late enough for its publicity window to reach the reference date.
    const pool = ending === 'open' ? days.slice(-160) : days;
    for (let attempt = 0; attempt < (ending === 'open' ? 400 : 40); attempt++) {
      try {
        const pre = onOrAfter(r.pick(pool));
        const recFrom = after(pre, 2);
        const recTo = after(recFrom, 4);
        const recDate = method === 'individual' ? after(recFrom, r.int(1, 3)) : recTo;
        const recPublished = after(recTo, r.int(1, 3));
        const exam = method === 'individual' ? undefined : (() => {
          const date = after(recPublished, r.int(4, 8));
          return { date, published: after(date, 1) };
        })();
        const preReview = after(exam?.published ?? recPublished, r.int(2, 4));
        const noticePublished = after(preReview, 1);
        const inspFrom = after(noticePublished, r.int(2, 3));
        const inspTo = after(inspFrom, r.int(3, 6));
        const feedback = after(inspTo, r.int(1, 2));
        const appealRec = appeal
          ? (() => {
              const filed = addDays(feedback, r.int(1, 6));
              return { filed, resolved: after(filed, r.int(2, 4)) };
            })()
          : undefined;
        const reportPublished = after(later(feedback, appealRec?.resolved ?? feedback), 1);
        const meeting = after(reportPublished, r.int(2, 6));
        const decisionPublished = after(meeting, 1);
        let windowFrom = after(meeting, r.int(1, 2));
        const length = r.chance(0.8) ? 5 : 7;
        let windowTo = cal.addWorkingDays(windowFrom, length);
        // A make-up workday inside the window is legal but reported (G2); keep synthetic windows plain.
        while (cal.makeupWorkdaysBetween(windowFrom, windowTo).length > 0) {
          windowFrom = after(windowFrom, 1);
          windowTo = cal.addWorkingDays(windowFrom, length);
        }
        const outcomePublished = after(windowTo, r.int(1, 3));
        const effective = after(windowTo, r.int(1, 4));
        const appointmentPublished = after(later(effective, outcomePublished), r.int(0, 2) || 1);
        // Drawn even when unused, so marking a round corrected later does not shift other draws.
        const correctionDate = after(windowFrom, r.int(1, 2));
        const correction = corrected ? correctionDate : undefined;
        const resolved = after(outcomePublished, r.int(10, 25));
        const deferralEffective = after(resolved, r.int(1, 3));
        const deferral = ending === 'deferred' ? { resolved, effective: deferralEffective, published: after(deferralEffective, 1) } : undefined;
        const timeline = { pre, recFrom, recTo, recDate, recPublished, exam, preReview, noticePublished, inspFrom, inspTo, feedback, appeal: appealRec, reportPublished, meeting, decisionPublished, windowFrom, windowTo, outcomePublished, effective, appointmentPublished, correction, deferral };
        if (ending === 'open') {
          if (windowFrom <= today && today <= windowTo) return timeline;
          continue;
        }
        const last = [appointmentPublished, correction ?? '', deferral?.published ?? ''].reduce(later);
        if (last > today) continue;
        return timeline;
      } catch (err) {
        if (!(err instanceof CalendarGapError)) throw err;
      }
    }
    return undefined;
  }

  specs.sort((a, b) => a.timeline.pre.localeCompare(b.timeline.pre) || a.area.code.localeCompare(b.area.code));
  // Every kind appears at least once, however small the set: the oldest round gets a correction.
  const first = specs.find((s) => s.ending !== 'open');
  if (first && !specs.some((s) => s.corrected)) {
    first.corrected = true;
    first.records++;
    first.timeline.correction = after(first.timeline.windowFrom, 1);
  }

  // ---- Annual plans: what each area's rounds of a year fill ----
  for (const area of areas) {
    for (const y of years) {
      const mine = specs.filter((s) => s.area === area && s.year === y);
      if (mine.length === 0) continue;
      const r = rng.fork(`plan-${area.code}-${y}`);
      const published = planDate(y, r);
      const id = `${y}-${area.code}-jh`;
      area.plans.set(y, { id, published });
      const items = new Map<string, { unit: string; post: string; count: number; method: string }>();
      for (const s of mine)
        for (const p of s.positions) {
          const post = p.head ? p.unit.head : p.unit.deputy;
          const key = `${p.unit.id}/${post}/${s.method}`;
          const item = items.get(key);
          if (item) item.count++;
          else items.set(key, { unit: p.unit.id, post, count: 1, method: METHOD_LABEL[s.method] });
        }
      yield {
        kind: 'plans',
        id,
        data: {
          title: `${area.name}${y}年度干部选拔任用工作计划`,
          published,
          ...(area.county ? { issuer: area.orgUnit } : {}),
          year: y,
          summary: `经${area.name}委常委会研究，现将${y}年度干部选拔任用工作计划予以公布。计划所列职位按照《党政领导干部选拔任用工作条例》规定的程序组织实施。`,
          items: [...items.values()],
        },
      };
      produced++;
    }
  }

  // ---- Pass two: every round through every stage ----
  const seqs = new Map<string, number>();
  for (const [i, spec] of specs.entries()) {
    const r = rng.fork(`round-${i}`);
    const { area, timeline: t } = spec;
    const key = `${spec.year}-${area.code}`;
    const seq = (seqs.get(key) ?? 0) + 1;
    seqs.set(key, seq);
    const id = `${key}-${pad(seq, 3)}`;
    const issuer = area.county ? { issuer: area.orgUnit } : {};
    const positions = spec.positions.map((p, k) => {
      // A probation ends a year after taking office; keep its end inside the calendar years on file.
      const probation = !p.head && (t.deferral?.effective ?? t.effective) < `${lastYear}-01-01` && r.chance(0.5);
      return { ...p, pid: `p${k + 1}`, title: p.head ? p.unit.head : p.unit.deputy, probation };
    });
    const body = positions.some((p) => p.fullCommittee) ? area.full : area.standing;

    // Candidates: new people, and now and then a runner-up of an earlier round of the area.
    const candidates: string[][] = [];
    for (const p of positions) {
      const list: string[] = [];
      for (let c = 0; c < p.candidates; c++) {
        if (c === p.candidates - 1 && spec.reuse > 0 && area.runnersUp.length > 0 && candidates.flat().length + list.length > 0) {
          const reused = area.runnersUp.splice(r.int(0, area.runnersUp.length - 1), 1)[0]!;
          if (!candidates.flat().includes(reused) && !list.includes(reused)) {
            list.push(reused);
            continue;
          }
        }
        const from = r.pick(area.units);
        const title = spec.level === '正处级' || spec.level === '正科级' ? from.deputy : `${r.pick(from.sections)}${area.county ? '股长' : '科长'}`;
        const born: [number, number] = spec.level === '正处级' ? [1970, 1982] : spec.level === '副处级' ? [1975, 1987] : spec.level === '正科级' ? [1978, 1988] : [1984, 1994];
        const rec = person(r, { unit: from.id, title, unitName: from.name }, born, [2019, 2024]);
        yield rec;
        produced++;
        list.push(rec.id);
      }
      candidates.push(list);
    }
    const postName = (k: number) => `${positions[k]!.unit.name}${positions[k]!.title}`;
    const roundTitle = positions.length === 1 ? `${spec.year}年${postName(0)}选拔` : `${spec.year}年${area.name}${positions.map((p) => p.unit.name.replace(area.name, '').replace(`中共${area.name}委`, '')).join('、')}领导职位选拔`;

    yield {
      kind: 'rounds',
      id,
      data: {
        title: roundTitle.slice(0, 200),
        year: spec.year,
        plan: area.plans.get(spec.year)!.id,
        method: spec.method,
        decisionBody: body.id,
        positions: positions.map((p) => ({
          id: p.pid,
          unit: p.unit.id,
          title: p.title,
          level: spec.level,
          count: 1,
          fullCommitteeVote: p.fullCommittee,
          unitHead: p.head,
          probation: p.probation,
        })),
        standards: r.sample(W.STANDARDS, 3),
        qualifications: r.sample(W.QUALIFICATIONS_TEXT, 3),
        scope: `${area.name}${spec.level === '正处级' || spec.level === '正科级' ? '副职' : '正科级及以下'}干部`,
      },
    };
    yield {
      kind: 'pre-announcements',
      id: `${id}-yg`,
      data: {
        title: `关于${positions.map((_, k) => postName(k)).join('、')}职位推荐工作的预告`.slice(0, 200),
        published: t.pre,
        ...issuer,
        round: id,
        recommendation: { from: t.recFrom, to: t.recTo },
        howToRecommend:
          spec.method === 'individual'
            ? '采取会议推荐和个人署名推荐相结合的方式进行。署名推荐须写明推荐人姓名、工作单位、职务和联系电话，联系电话仅供核实，不予公开。'
            : '采取个人报名与组织推荐相结合的方式进行。推荐须署名，写明推荐人姓名、工作单位和职务。',
      },
    };
    produced += 2;

    // Recommendation: one record per position, differential (more candidates than posts).
    const votesOf = new Map<string, string>();
    for (const [k, p] of positions.entries()) {
      const meeting = spec.method === 'individual';
      const participants = r.int(45, 130);
      const issued = participants - r.int(0, 3);
      const valid = issued - r.int(0, 2);
      const votes = [...candidates[k]!.map(() => r.int(3, Math.floor(valid * 0.8)))].sort((a, b) => b - a);
      yield {
        kind: 'recommendations',
        id: `${id}-tj-${p.pid}`,
        data: {
          title: `${postName(k)}职位${meeting ? '民主推荐' : '推荐'}情况`.slice(0, 200),
          published: t.recPublished,
          ...issuer,
          round: id,
          position: p.pid,
          method: meeting ? 'meeting' : 'signed',
          date: t.recDate,
          ...(meeting ? { meeting: { participants, ballotsIssued: issued, ballotsValid: valid } } : {}),
          candidates: candidates[k]!.map((c, j) => {
            if (meeting) votesOf.set(c, `会议推荐得票${votes[j]}票（有效票${valid}张）`);
            return {
              person: c,
              ...(meeting ? { votes: votes[j]! } : {}),
              recommenders: Array.from({ length: r.int(1, 3) }, () => ({ ...signature(r, area), reason: r.pick(W.RECOMMEND_REASONS) })),
            };
          }),
        },
      };
      produced++;
    }

    // Examination (competitive and open selection): every examiner's score and a recomputable final.
    const perPosition = spec.single ? 1 : 2;
    const inspectees: string[][] = candidates.map((list) => list.slice(0, perPosition));
    if (t.exam) {
      for (const [k, p] of positions.entries()) {
        const nExaminers = r.chance(0.6) ? 5 : 7;
        const method = r.chance(0.7) ? 'trimmed-mean' : 'mean';
        const weights = spec.method === 'open' ? (r.chance(0.5) ? { written: 40, interview: 60 } : { written: 50, interview: 50 }) : undefined;
        const rows: { person: string; written?: number; scores: number[]; interview: number; final: number }[] = [];
        const finals = new Set<number>();
        for (const c of candidates[k]!) {
          for (;;) {
            const base = r.int(700, 900) / 10;
            const scores = Array.from({ length: nExaminers }, () => Math.min(100, Math.max(0, Math.round(base * 10 + r.int(-40, 40)) / 10)));
            const written = weights ? r.int(600, 900) / 10 : undefined;
            const interview = round2(aggregate(scores, method));
            const final = weights ? round2((written! * weights.written + interview * weights.interview) / 100) : interview;
            if (finals.has(final)) continue;
            finals.add(final);
            rows.push({ person: c, ...(written === undefined ? {} : { written }), scores, interview, final });
            break;
          }
        }
        const ranked = [...rows].sort((a, b) => b.final - a.final);
        inspectees[k] = ranked.slice(0, perPosition).map((x) => x.person);
        yield {
          kind: 'examinations',
          id: `${id}-ks-${p.pid}`,
          data: {
            title: `${postName(k)}${spec.method === 'open' ? '公开选拔' : '竞争上岗'}考试成绩公告`.slice(0, 200),
            published: t.exam.published,
            ...issuer,
            round: id,
            position: p.pid,
            date: t.exam.date,
            examiners: Array.from({ length: nExaminers }, () => ({ ...signature(r, area), noConflictDeclared: true })),
            aggregation: { method, decimals: 2, ...(weights ? { weights } : {}) },
            candidates: rows.map((row) => ({ ...row, rank: ranked.indexOf(row) + 1 })),
          },
        };
        produced++;
      }
    }

    // Inspection notice with the joint pre-review; a spare candidate may carry a finding.
    const team = r.sample(area.inspectors, r.int(2, 4));
    const spares = candidates.flatMap((list, k) => list.filter((c) => !inspectees[k]!.includes(c)));
    const finding = spares.length > 0 && r.chance(0.05) ? r.pick(spares) : undefined;
    const allInspectees = positions.flatMap((p, k) => inspectees[k]!.map((person) => ({ person, position: p.pid })));
    const noticeId = `${id}-kc`;
    yield {
      kind: 'inspection-notices',
      id: noticeId,
      data: {
        title: `关于对${allInspectees.map((x) => names.get(x.person)).join('、')}同志进行考察的预告`.slice(0, 200),
        published: t.noticePublished,
        ...issuer,
        ...(spec.single
          ? {
              exceptions: [
                {
                  rule: 'I3',
                  reason: `推荐中仅${names.get(allInspectees[0]!.person)}同志得票相对集中，其余人选不符合本职位公布的任职条件。经${area.name}委组织部部务会研究并报分管领导同意，本职位按1:1确定考察对象。`,
                },
              ],
            }
          : {}),
        round: id,
        period: { from: t.inspFrom, to: t.inspTo },
        inspectees: allInspectees,
        team: team.map((p, j) => ({ person: p, role: j === 0 ? '组长' : j === 1 && team.length > 3 ? '副组长' : '成员' })),
        preReview: {
          date: t.preReview,
          departments: [`中共${area.name}委组织部`, `${area.name}纪委监委`],
          conclusion: finding ? '经会审，一名人选存在需进一步核实的问题，不列为考察对象；其余人选未发现影响考察的问题。' : '经会审，未发现影响考察的问题。',
          findings: finding ? [{ person: finding, finding: '有反映其违规兼职的问题线索正在核查' }] : [],
        },
      },
    };
    produced++;

    // Reports and integrity summaries: one of each per inspectee.
    for (const [k, p] of positions.entries()) {
      for (const [j, who] of inspectees[k]!.entries()) {
        const participants = r.int(30, 120);
        const valid = participants - r.int(0, 3);
        const excellent = r.int(Math.floor(valid * 0.5), valid);
        const competent = r.int(0, valid - excellent);
        const basically = r.int(0, Math.min(3, valid - excellent - competent));
        const appeal = spec.appeal && k === 0 && j === 1 && t.appeal;
        yield {
          kind: 'inspection-reports',
          id: `${id}-kcbg-${p.pid}-${j + 1}`,
          data: {
            title: `${names.get(who)}同志考察评价结论`,
            published: t.reportPublished,
            ...issuer,
            round: id,
            inspectionNotice: noticeId,
            inspectee: who,
            position: p.pid,
            workReport: { date: t.inspFrom, form: r.chance(0.8) ? '会议述职' : '书面述职', audience: participants },
            evaluation: {
              date: t.inspFrom,
              participants,
              ballotsValid: valid,
              ratings: { excellent, competent, basicallyCompetent: basically, incompetent: 0 },
            },
            interviews: W.INTERVIEW_LEVELS.map((level) => ({ level, count: r.int(3, 25) })),
            achievements: r.sample(W.ACHIEVEMENTS, 2).join(''),
            health: '身体健康',
            qualificationCheck: '经审核，符合任职资格条件',
            recommendationVotes: votesOf.get(who) ?? '个人署名推荐',
            conclusion: r.pick(W.CONCLUSIONS),
            signatures: team.map((m) => ({ person: m, date: t.inspTo })),
            feedback: t.feedback,
            appeals: appeal ? [{ filed: appeal.filed, grounds: r.pick(W.APPEAL_GROUNDS), resolved: appeal.resolved, outcome: '经复核，考察程序符合规定，维持原考察结论，已向申诉人反馈。' }] : [],
          },
        };
        yield {
          kind: 'integrity-summaries',
          id: `${id}-lz-${p.pid}-${j + 1}`,
          data: {
            title: `${names.get(who)}同志廉政情况`,
            published: t.reportPublished,
            ...issuer,
            round: id,
            person: who,
            twoCircles: { reviewed: true, date: t.inspTo, conclusion: '考察组听取了社交圈、生活圈情况报告，未发现问题' },
            assetDeclaration: { submitted: true, date: t.inspFrom },
            debts: r.chance(0.1) ? { atOrAboveThreshold: true, repaymentPlanReported: true } : { atOrAboveThreshold: false },
            audit: p.head
              ? { kind: '任中审计', date: after(t.inspFrom, 1), conclusion: 'no-violation', summary: '经济责任审计未发现违纪违规问题' }
              : { kind: '不适用', conclusion: 'not-applicable' },
          },
        };
        produced += 2;
        if (j > 0 && who !== finding && r.chance(0.5)) area.runnersUp.push(who);
      }
    }

    // Decision: quorum, every present member votes, yes above half of all members.
    const members = body.members;
    const absentCount = r.int(0, members.length - Math.ceil((members.length * 2) / 3));
    const absent = r.sample(members.filter((m) => m !== area.orgHead && m !== members[0]), Math.min(absentCount, 2));
    const present = members.filter((m) => !absent.includes(m));
    const winners = positions.map((_, k) => inspectees[k]![0]!);
    const meetingNo = (area.meetings.get(body.id) ?? 0) + 1;
    area.meetings.set(body.id, meetingNo);
    const decisionId = `${id}-jd`;
    yield {
      kind: 'decisions',
      id: decisionId,
      data: {
        title: `${body.name}讨论决定${positions.map((_, k) => postName(k)).join('、')}人选`.slice(0, 200),
        published: t.decisionPublished,
        ...issuer,
        round: id,
        body: body.id,
        meeting: {
          date: t.meeting,
          session: body === area.full ? `中共${area.name}委第${CN_NUM[r.int(8, 10)]}届全体会议第${meetingNo}次会议` : `中共${area.name}委第${meetingNo}次常委会会议`,
        },
        present,
        absent: absent.map((m) => ({ person: m, reason: r.pick(['因公出差', '参加上级会议', '病假']) })),
        reportedBy: area.orgHead,
        procedureRecords: winners.map((w) => ({ person: w, completed: t.reportPublished, signedBy: area.orgHead })),
        ballots: { issued: present.length, returned: present.length },
        items: positions.map((p, k) => {
          const slack = present.length - (Math.floor(members.length / 2) + 1);
          const no = r.int(0, Math.min(1, slack));
          const abstain = r.int(0, Math.min(1, slack - no));
          return { person: winners[k]!, position: p.pid, yes: present.length - no - abstain, no, abstain, result: 'passed' as const };
        }),
      },
    };
    produced++;

    // Publicity, the handling of what it brought in, and the appointment.
    const publicityId = `${id}-gs`;
    const exceptional = r.chance(0.01);
    yield {
      kind: 'publicities',
      id: publicityId,
      data: {
        title: `关于${winners.map((w) => names.get(w)).join('、')}同志任前公示的公告`.slice(0, 200),
        published: t.windowFrom,
        ...issuer,
        round: id,
        summary: `经${area.name}委研究，拟任用下列同志。为广泛听取意见，现予公示。公示期间，如对公示对象有情况反映，请通过下列方式向${area.name}委组织部反映。反映人应当署真实姓名，并提供具体事实或线索。`,
        decision: decisionId,
        window: { from: t.windowFrom, to: t.windowTo },
        candidates: positions.map((p, k) => ({
          person: winners[k]!,
          position: p.pid,
          proposedPost: `拟任${postName(k)}`,
          ...(exceptional && k === 0 ? { exceptional: { circumstances: '任现职不满两年', reasons: '该同志专业能力突出，在重大项目中作出显著贡献，经报上级组织部门同意破格提拔' } } : {}),
          politicalReview: '政治素质考察合格',
          healthCheck: '体检合格',
        })),
      },
    };
    produced++;
    if (spec.ending === 'open') continue;
    const received = winners.map(() => (r.chance(0.7) ? 0 : r.int(1, 3)));
    // The round's ending concerns its first candidate: a report still being checked, or one found true.
    if (spec.ending !== 'appointed') received[0] = Math.max(1, received[0]!);
    yield {
      kind: 'publicity-outcomes',
      id: `${id}-gsjg`,
      data: {
        title: `${winners.map((w) => names.get(w)).join('、')}同志任前公示结果`.slice(0, 200),
        // A deferral's outcome reports the check that ended it, so it is published once that check is done (rule D10).
        published: t.deferral ? later(t.outcomePublished, t.deferral.resolved) : t.outcomePublished,
        ...issuer,
        round: id,
        publicity: publicityId,
        items: winners.map((w, k) => {
          const n = received[k]!;
          if (k === 0 && spec.ending === 'deferred')
            return { person: w, received: n, substantiated: 0, partlySubstantiated: 0, unsubstantiated: n - 1, pending: 1, conclusion: '有1件反映正在核查，核查清楚前暂缓任用；其余反映经核查不属实。', resolved: t.deferral!.resolved, feedbackToReporters: t.deferral!.resolved };
          if (k === 0 && spec.ending === 'withdrawn')
            return { person: w, received: n, substantiated: 1, partlySubstantiated: 0, unsubstantiated: n - 1, pending: 0, conclusion: '经核查，反映该同志违规插手工程项目的问题基本属实，决定不再任用，并移交有关部门处理。', feedbackToReporters: t.outcomePublished };
          const partly = n > 0 && r.chance(0.1) ? 1 : 0;
          return {
            person: w,
            received: n,
            substantiated: 0,
            partlySubstantiated: partly,
            unsubstantiated: n - partly,
            pending: 0,
            conclusion: n === 0 ? '公示期间未收到反映。' : partly ? '经核查，反映问题部分属实，情节轻微，已对本人进行提醒谈话，不影响任职。' : '经核查，反映问题不属实。',
            ...(n > 0 ? { feedbackToReporters: t.outcomePublished } : {}),
          };
        }),
      },
    };
    const docYear = Number(t.effective.slice(0, 4));
    yield {
      kind: 'appointments',
      id: `${id}-rz`,
      data: {
        title: `关于${winners.map((w) => names.get(w)).join('、')}同志任职的通知`.slice(0, 200),
        published: t.appointmentPublished,
        ...issuer,
        round: id,
        results: positions.map((p, k) => {
          if (k === 0 && spec.ending === 'deferred')
            return { person: winners[0]!, position: p.pid, status: 'deferred' as const, post: postName(0), reason: '公示期间收到的反映尚在核查', deferredUntil: addMonths(t.appointmentPublished, 2) };
          if (k === 0 && spec.ending === 'withdrawn')
            return { person: winners[0]!, position: p.pid, status: 'withdrawn' as const, post: postName(0), reason: '公示期间反映的问题经核查基本属实' };
          const doc = (area.documents.get(docYear) ?? 0) + 1;
          area.documents.set(docYear, doc);
          return {
            person: winners[k]!,
            position: p.pid,
            status: 'appointed' as const,
            post: postName(k),
            effective: t.effective,
            document: `${area.name.slice(0, 1)}组干〔${docYear}〕${doc}号`,
            ...(p.probation ? { probation: { from: t.effective, to: addDays(addMonths(t.effective, 12), -1) } } : {}),
          };
        }),
      },
    };
    produced += 2;
    if (t.deferral) {
      // The pending report cleared: the deferred candidate is appointed by a second notice.
      const doc = (area.documents.get(docYear) ?? 0) + 1;
      area.documents.set(docYear, doc);
      const p = positions[0]!;
      yield {
        kind: 'appointments',
        id: `${id}-rz-2`,
        data: {
          title: `关于${names.get(winners[0]!)}同志任职的通知`,
          published: t.deferral.published,
          ...issuer,
          round: id,
          summary: '公示期间反映的问题已核查清楚，不影响任职。',
          results: [
            {
              person: winners[0]!,
              position: p.pid,
              status: 'appointed' as const,
              post: postName(0),
              effective: t.deferral.effective,
              document: `${area.name.slice(0, 1)}组干〔${docYear}〕${doc}号`,
              ...(p.probation ? { probation: { from: t.deferral.effective, to: addDays(addMonths(t.deferral.effective, 12), -1) } } : {}),
            },
          ],
        },
      };
      produced++;
    }
    if (t.correction) {
      yield {
        kind: 'corrections',
        id: `${id}-gz`,
        data: {
          title: `关于更正${names.get(winners[0]!)}同志任前公示内容的说明`,
          published: t.correction,
          ...issuer,
          corrects: `publicities/${publicityId}`,
          reason: '拟任职务表述有误',
          changes: [{ field: '拟任职务', from: `拟任${positions[0]!.unit.name}${positions[0]!.title}职务`, to: `拟任${postName(0)}` }],
        },
      };
      produced++;
    }
  }

  // ---- Annual supervision: announced, found, fed back ----
  for (const area of areas) {
    for (const y of years) {
      const d = supervisionDates(y);
      if (d.announcement > today) continue;
      const r = rng.fork(`supervision-${area.code}-${y}`);
      const issuer = area.county ? { issuer: area.orgUnit } : {};
      const inspected = r.sample(area.units, Math.min(4, area.units.length)).map((u) => u.id);
      const announcementId = `${y}-${area.code}-jc-yg`;
      yield {
        kind: 'supervision-reports',
        id: announcementId,
        data: {
          title: `${area.name}${y}年度选人用人工作专项检查预告`,
          published: d.announcement,
          ...issuer,
          year: y,
          type: 'announcement',
          units: inspected,
          period: { from: d.from, to: d.to },
        },
      };
      produced++;
      if (d.findings <= today) {
        yield {
          kind: 'supervision-reports',
          id: `${y}-${area.code}-jc-jg`,
          data: {
            title: `${area.name}${y}年度选人用人工作专项检查结果`,
            published: d.findings,
            ...issuer,
            year: y,
            type: 'findings',
            units: inspected,
            period: { from: d.from, to: d.to },
            announcement: announcementId,
            findings: inspected.slice(0, 2).map((unit) => {
              const [finding, action] = r.pick(W.SUPERVISION_FINDINGS);
              return { unit, finding, action };
            }),
          },
        };
        produced++;
      }
      if (d.feedback <= today) {
        yield {
          kind: 'supervision-reports',
          id: `${y}-${area.code}-jc-fk`,
          data: {
            title: `${area.name}${y}年度选人用人工作监督检查情况反馈通报`,
            published: d.feedback,
            ...issuer,
            year: y,
            type: 'feedback',
            units: inspected,
            summary: `${y}年共检查单位 ${inspected.length} 个，发现问题已全部交办整改，整改情况将在下一年度检查中复核。`,
          },
        };
        produced++;
      }
    }
  }
}

const METHOD_LABEL: Record<Method, string> = { individual: '个别提拔', competitive: '竞争上岗', open: '公开选拔' };

/** The declared interview aggregation: plain mean, or mean without one highest and one lowest score. */
export function aggregate(scores: readonly number[], method: 'mean' | 'trimmed-mean'): number {
  const sorted = [...scores].sort((a, b) => a - b);
  const used = method === 'trimmed-mean' && sorted.length > 2 ? sorted.slice(1, -1) : sorted;
  return used.reduce((s, x) => s + x, 0) / used.length;
}

function round2(x: number): number {
  return Math.round((x + Number.EPSILON) * 100) / 100;
}

/** Every record of the jurisdiction, in generation order. */
export function generateJurisdiction(options: SynthOptions): SynthRecord[] {
  return [...synthesize(options)];
}
