/** `npm run new -- <kind> <id>`: write content/<kind>/<id>.yaml from the kind's schema, ready to fill in. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ID_PATTERN, KINDS, type Kind } from '../src/schemas/common.ts';
import { scaffold } from '../src/domain/scaffold.ts';
import { referenceDate } from '../src/domain/dates.ts';

const [kind, id] = process.argv.slice(2);
const kinds = KINDS.filter((k) => k !== 'site');
if (!kind || !(kinds as readonly string[]).includes(kind) || !id) {
  console.error(`用法:npm run new -- <类别> <编号>\n类别:${kinds.join('、')}\n例如:npm run new -- publicities 2026-jtj-fjz-gs`);
  process.exit(1);
}
if (!ID_PATTERN.test(id)) {
  console.error(`编号“${id}”不可用:只用小写字母、数字和连字符`);
  process.exit(1);
}
const file = join('content', kind, `${id}.yaml`);
if (existsSync(file)) {
  console.error(`${file} 已存在:已发布的记录只能通过更正(corrections)修改`);
  process.exit(1);
}
mkdirSync(join('content', kind), { recursive: true });
writeFileSync(file, scaffold(kind as Kind, referenceDate()));
console.log(`已创建 ${file}:填写后运行 npm run validate`);
