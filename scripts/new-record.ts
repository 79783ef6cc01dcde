/**
 * `npm run new -- <kind> <id>`: write content/<kind>/<id>.yaml from the kind's schema, ready to fill
 * in, every field explained in Chinese; a publicity's window is computed from today on the official
 * calendar (content/calendar/) for the working days content/site.yaml requires.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ID_PATTERN, KINDS, type Kind } from '../src/schemas/common.ts';
import { scaffold, type ScaffoldContext } from '../src/domain/scaffold.ts';
import { referenceDate } from '../src/domain/dates.ts';
import { loadContent } from '../src/domain/load.ts';
import { createWorkingCalendar } from '../src/domain/working-days.ts';
import { cliUi } from '../src/i18n/zh-cn-cli.ts';

const [kind, id] = process.argv.slice(2);
const kinds = KINDS.filter((k) => k !== 'site');
if (!kind || !(kinds as readonly string[]).includes(kind) || !id) {
  console.error(cliUi.newRecord.usage(kinds));
  process.exit(1);
}
if (!ID_PATTERN.test(id)) {
  console.error(cliUi.newRecord.badId(id));
  process.exit(1);
}
const file = join('content', kind, `${id}.yaml`);
if (existsSync(file)) {
  console.error(cliUi.newRecord.exists(file));
  process.exit(1);
}
mkdirSync(join('content', kind), { recursive: true });
writeFileSync(file, scaffold(kind as Kind, referenceDate(), kind === 'publicities' ? jurisdiction() : {}));
console.log(cliUi.newRecord.created(file));

/** The calendar and the publicity rule of this jurisdiction, as far as the files that are valid give them. */
function jurisdiction(): ScaffoldContext {
  const { entries } = loadContent('content');
  const calendars = entries.flatMap((e) => (e.kind === 'calendar' ? [e.data] : []));
  const site = entries.find((e) => e.kind === 'site');
  let calendar: ScaffoldContext['calendar'];
  try {
    calendar = calendars.length ? createWorkingCalendar(calendars) : undefined;
  } catch {
    calendar = undefined; // two calendars for one year: validate says so; the window is then left to the clerk
  }
  return { calendar, publicityWorkingDays: site?.kind === 'site' ? site.data.rules.publicityWorkingDays : undefined };
}
