/**
 * What the command-line tools a clerk runs print (scripts/*.ts): build, validate, seal, verify,
 * witness, new, ledger:keygen, ledger:replay, check-site, schemas, admin, post-build, and the
 * developer tools (fixtures, bench, bench-search). The leading ✓ / ✗ / → marker and its one space
 * stay in the scripts' output as they are; the sentences follow official typography.
 */

/** `a、b、c`, the enumeration comma. */
const list = (items: readonly string[]) => items.join('、');

export const cliUi = {
  build: {
    astroFailed: (code: number | null) => `Astro构建失败（退出码${code}），原因见上方`,
    astroOutOfMemory: (mb: number) => `Astro构建进程用尽了${mb}MB的内存上限而中止。内存允许时，可设置环境变量GONGSHI_ASTRO_HEAP_MB（单位MB）提高上限后重新构建`,
    stopped: (problems: number) => `构建已停止：内容有${problems}个问题，dist/保持不变。`,
    validated: (records: number, today: string) => `校验通过：${records}条记录（参照日期${today}）`,
    failed: (why: string) => `构建失败，dist/保持不变：${why}`,
    /** `timings` are `name ms` pairs such as `validate 1586 ms`. */
    built: (out: string, timings: readonly string[]) => `已生成${out}/（${timings.join('，')}）`,
    /** Before Astro ran: pages of its cache linked into its folder, and those of pages no longer built removed after it. */
    cacheLinked: (linked: number, pruned: number) =>
      `Astro缓存：${linked}个页面文件已链接到构建目录${pruned ? `，其中${pruned}个的页面已不再生成，已移除` : ''}`,
    /** After Astro: why it rendered every page, or every page of some routes, again (src/build/astro-cache-basis.ts). */
    renderedAgain: (kind: 'no-cache' | 'astro' | 'config' | 'lockfile' | 'code', pages: number, routes: readonly string[] = []) =>
      kind === 'code'
        ? `Astro缓存：${routes.length}个路由的页面代码有变化（${routes.join('、')}），这些路由的${pages}个页面全部重新生成`
        : `Astro缓存：${{ 'no-cache': '没有上次构建留下的缓存记录', astro: 'Astro的缓存格式有变化', config: 'Astro配置有变化', lockfile: '依赖锁定文件（package-lock.json）有变化' }[kind]}，全部${pages}个页面重新生成`,
    /** After post-build: files still linked to Astro's cache copied, or the cache voided because a step wrote into it. */
    cacheDetached: (detached: number, voided: boolean) =>
      `Astro缓存：${detached}个仍与缓存共用的文件已复制为独立文件${voided ? '；有文件在Astro完成后经链接写入了缓存，缓存已作废，下次构建将重新生成全部页面' : ''}`,
    /** Nothing to build: the inputs are those of the published build, and its folder is as published. */
    unchanged: (out: string, ms: number) =>
      `内容、账本、代码、参照日期与构建设置都与发布${out}/的那次构建相同，${out}/也与发布时一致：无需重新构建，${out}/保持原样（核对用时${ms}ms）`,
  },
  postBuild: {
    sitemap: (pages: number) => `站点地图：${pages}个页面写明最后更新日期，robots.txt已写入`,
    dataFiles: (files: number, kept = 0) => `记录文件：${files}个（/data/），其中${kept}个与已发布的相同、直接沿用，并复制检查点与日志瓦片到/ledger/`,
    /** A record file and a page of Astro's at one path, one a folder: a fault of the code, not of the records. */
    clash: (path: string) => `记录文件与页面路径冲突：${path}在一处是文件夹、另一处是文件，请检查src/pages/与记录文件的路径（src/ledger/verify-site.ts）`,
    /** The one pass of CSP and checks: how many files it judged, how many it took unchanged from the published site. */
    checked: (checked: number, reused: number) => `CSP与网站检查：检查${checked}个文件，${reused}个与已发布的相同、沿用上次的结果`,
    kept: (bundles: number) => `，${bundles}个分卷的网页未变，沿用上次的索引`,
    bundle: (id: string, pages: number) => `${id}：${pages}页`,
    /** `bundles` from `bundle`, `kept` from `kept` (or empty). */
    search: (count: number, bundles: readonly string[], kept: string, files: number, kb: string) =>
      `搜索索引：重建${count}个分卷（${bundles.join('，') || '无'}）${kept}，写入${files}个文件，${kb}KB`,
    t2s: (kb: string) => `繁简对照表：${kb}KB`,
    checksFailed: (issues: number, details: string) => `网站检查未通过（${issues}个问题）：\n${details}`,
    noDataset: '无法读取内容以划分搜索分卷',
  },
  checkSite: {
    notBuilt: (dir: string) => `找不到已构建的网站${dir}：请先运行npm run build`,
    unknown: (unknown: readonly string[], known: readonly string[]) => `没有这项检查：${list(unknown)}（可用：${list(known)}）`,
    failed: (issues: number, names: readonly string[], ms: number) => `网站检查未通过：${issues}个问题（${list(names)}，${ms}ms）`,
    passed: (names: readonly string[], ms: number) => `网站检查通过：${list(names)}（${ms}ms）`,
  },
  validate: {
    failed: (files: number, problems: number, records: number, ms: number) =>
      `校验未通过：${files}个文件中有${problems}个问题（共读取${records}条有效记录，用时${ms}ms）`,
    passed: (records: number, ms: number) => `校验通过：${records}条记录，0个问题（用时${ms}ms）`,
    crashed: (why: string) => `校验程序出错：${why}`,
  },
  newRecord: {
    usage: (kinds: readonly string[]) => `用法：npm run new -- <类别> <编号>\n类别：${list(kinds)}\n例如：npm run new -- publicities 2026-jtj-fjz-gs`,
    badId: (id: string) => `编号“${id}”不可用：只用小写字母、数字和连字符`,
    exists: (file: string) => `${file}已存在：已发布的记录只能通过更正（corrections）修改`,
    created: (file: string) => `已创建${file}：填写后运行npm run validate`,
  },
  keygen: {
    noOut: '请用--out指定私钥文件的位置（放在项目文件夹之外，例如~/gongshi-keys/log.key）',
    insideProject: (root: string) => `私钥不能放在项目文件夹${root}之内：请换一个位置`,
    exists: (out: string) => `${out}已存在，不会覆盖`,
    noUrl: 'content/site.yaml没有url：日志的名称由网站地址确定',
    usage: '用法：npm run ledger:keygen -- --log --out <私钥文件>，或--witness <见证方名称> --out <私钥文件>',
    written: (out: string) => `私钥已写入${out}（只有你能读；不要提交到版本库）`,
    publicKey: (field: string) => `公钥（写入content/site.yaml的${field}）：`,
  },
  replay: {
    noConfig: 'content/site.yaml没有url或ledger.key：重放需要日志来源和运营方公钥',
    noKey: '请设置GONGSHI_SIGNING_KEY（样例用--sample）',
    notSampleKey: 'site.yaml公布的不是样例公钥：--sample只能用于虚构的样例',
    keyMismatch: 'GONGSHI_SIGNING_KEY与site.yaml的ledger.key不是一对',
    witnessMismatch: '见证方私钥与site.yaml中任何见证方公钥都不是一对',
    replayed: (s: { firstSeal?: string; lastSeal?: string; seals: number; entries: number; cosignatures: number; scheduled: number }, witness: string | undefined, today: string, ms: number) =>
      `已重放：${s.firstSeal}至${s.lastSeal}封存${s.seals}次，共${s.entries}条；${witness ? `${witness}见证${s.cosignatures}次` : '无见证'}${s.scheduled ? `；${s.scheduled}个日期在今天（${today}）之后，未封存` : ''}（用时${ms}ms）`,
    problems: (n: number) => `重放后的校验有${n}个问题`,
    passed: '  校验通过。请提交ledger/。',
    crashed: (why: string) => `重放出错：${why}`,
  },
  seal: {
    notInLog: (key: string) => `日志中没有${key}：只能恢复已封存的记录`,
    exists: (file: string) => `${file}已存在，不会覆盖`,
    restored: (version: number, sealed: string, file: string) => `已按第${version}版（${sealed}封存）恢复${file}`,
    invalid: (problems: number) => `未封存：内容有${problems}个问题。封存只记录通过校验的内容，请先改正后再运行npm run seal。`,
    backwards: (today: string, sealed: string) => `未封存：今天（${today}）早于日志最后一行的封存日期${sealed}；请检查系统日期或GONGSHI_TODAY`,
    noUrl: '未封存：content/site.yaml没有可用的url，日志的来源（origin）由它确定',
    keyProblem: (why: string) => `未封存：${why}`,
    rewrote: (files: number, bytes: number) => `已按日志重写瓦片${files}个（${bytes}字节）`,
    upToDate: (records: number, entries: number, root: string) => `无需封存：${records}条记录都与日志一致（日志${entries}条，根${root}）`,
    added: (key: string) => `新封存：${key}`,
    moreAdded: (n: number) => `  ……另有${n}条新记录（完整清单见ledger/log.jsonl）`,
    revised: (key: string, version: number, correction: string | undefined) => `新版本：${key}第${version}版${correction ? `（依据${correction}）` : ''}`,
    unusedCorrection: (key: string) => `  注意：更正${key}封存时它所更正的记录没有改动，它以后也不能再为任何改动作依据`,
    unsigned: '  注意：没有提供GONGSHI_SIGNING_KEY，site.yaml也没有公布公钥，检查点不签名',
    dryRun: (lines: number, entries: number) => `（试运行，未写入）将追加${lines}条，日志共${entries}条`,
    sealed: (s: { added: number; revised: number; entries: number; signer: string | undefined; files: number; bytes: number; removed: number; ms: number }) =>
      `已封存：新记录${s.added}条，新版本${s.revised}个；日志共${s.entries}条，${s.signer ? `已由${s.signer}签名` : '未签名'}；写入${s.files}个文件${s.bytes}字节，移除被取代的部分瓦片${s.removed}个（用时${s.ms}ms）`,
    next: '  下一步：提交ledger/，部署后请见证方运行npm run witness',
    crashed: (why: string) => `封存程序出错：${why}`,
  },
  verify: {
    noConfig: (config: string) => `找不到配置${config}：请用--config指定所核验网站的site.yaml`,
    noUrl: (config: string) => `${config}没有可用的url，无法确定日志来源`,
    badKey: '--key不是可用的公钥（名称+密钥号+公钥）',
    usage: '用法：npm run verify -- <已生成的网站文件夹或网址>\n选项：--config <site.yaml>；--key <公钥>；--since <旧检查点>，可重复；--record <类别/编号>，可重复；--quiet，只列出不符的项',
    unconfigured: '（未配置）',
    header: (origin: string, key: string | undefined, witnesses: readonly string[]) =>
      `日志来源${origin}；签名公钥${key ?? '（未配置）'}；见证方${list(witnesses) || '（未配置）'}`,
    logSection: '检查点、日志条目与瓦片',
    fullLogSection: '完整日志',
    recordSection: (key: string) => `记录${key}`,
    recordsSection: '记录',
    records: (ok: number, total: number) => `${ok}/${total}条已封存记录的包含证明（由瓦片算出）有效、公开数据与最新封存版本一致`,
    compareSection: (name: string) => `与${name}比较`,
    savedSection: '存档的检查点',
    saved: (ok: number, total: number) => `${ok}/${total}个存档检查点与今天的日志一致（一致性证明由瓦片算出）`,
    failed: (n: number) => `核验未通过：${n}项不符`,
    passed: '核验通过',
    unreadable: (why: string) => `无法读取网站：${why}`,
  },
  witness: {
    noState: '请用--state指定见证方保存“上次见证的检查点”的文件（放在项目文件夹之外；第一次见证时它还不存在）',
    noKey: '请把GONGSHI_WITNESS_KEY设为见证方私钥（私钥本身或私钥文件的路径）',
    noUrl: (config: string) => `${config}没有可用的url`,
    notSealed: (file: string) => `找不到${file}：运营方尚未封存`,
    notWitnessed: '未见证',
    dryRun: '（试运行，未写入）',
    witnessed: (size: number, file: string, state: string) => `已见证${size}条；见证签名已写入${file}和ledger/checkpoints/${size}，状态已存入${state}`,
    next: '  请运营方提交ledger/并重新部署，网站随即公布这条见证签名',
    crashed: (why: string) => `见证程序出错：${why}`,
  },
  schemas: {
    extra: (file: string) => `${file}（多余）`,
    stale: (files: readonly string[]) => `public/schemas/与src/schemas/不一致：${list(files)}。请运行npm run schemas`,
    current: (n: number) => `public/schemas/中的${n}个JSON Schema都是最新的`,
    written: (stale: number, total: number, extra: readonly string[]) =>
      `已写入public/schemas/：${stale}个文件有更新，共${total}个${extra.length ? `；多余的文件请手动删除：${list(extra)}` : ''}`,
  },
  fixtures: {
    badRecords: '--records应为不小于100的整数，例如--records 1000',
    generated: (total: number, root: string, seed: string, today: string, ms: number) =>
      `已生成${total}条合成记录：${root}/content（种子${seed}，参照日期${today}，用时${ms}ms）`,
  },
  bench: {
    /** `command` is the shell command that builds the fixture. */
    notBuilt: (dist: string, command: string) => `${dist}未构建：先运行${command}`,
    baseline: (ms: number, cpuMs: number) => `基准（SHA-256 1 GiB）：${ms}ms，CPU用时${cpuMs}ms`,
    baselineAfter: (ms: number, cpuMs: number) => `基准（之后）：${ms}ms，CPU用时${cpuMs}ms`,
    bundle: (id: string, pages: number) => `${id}：${pages}页`,
    /** `bundles` from `bundle`. */
    split: (count: number, bundles: readonly string[], ms: number) => `分卷：${count}个（${bundles.join('，')}），${ms}ms`,
    bundleIndexed: (id: string, pages: number, ms: number, cpuMs: number | undefined, peakMb: number) => `${id}：${pages}页，${ms}ms，CPU用时${cpuMs}ms，峰值${peakMb}MB`,
    notMeasured: '未测',
    indexed: (r: { pages: number; s: string; cpuS: string; largestPeakMb: number; nodePeakMb: number; firstSearch: string; out: string }) =>
      `索引${r.pages}页：${r.s}s，CPU用时${r.cpuS}s；最大进程峰值${r.largestPeakMb}MB；Node进程峰值${r.nodePeakMb}MB；首次搜索${r.firstSearch}，结果写入${r.out}`,
    extrapolated: (r: { records: number | string; pages: number; bundles: number; peakMb: number; bundlePages: number; cpuS: string; firstSearchKb: string; out: string }) =>
      `${r.records}条记录：${r.pages}页，约${r.bundles}个分卷；单进程峰值${r.peakMb}MB（${r.bundlePages}页，实测）；CPU约${r.cpuS}s（外推）；首次搜索${r.firstSearchKb}KB，结果写入${r.out}`,
    recordFiles: (n: number) => `记录文件：${n}个`,
    /** `bundles` are `id pages time` triples. */
    searchIndex: (pages: number, files: number, bundles: readonly string[]) => `搜索索引：${pages}个网页，${files}个文件；分卷${bundles.join('，')}`,
    bundleTimed: (id: string, pages: number, time: string) => `${id}（${pages}页，${time}）`,
    generating: (records: number) => `生成约${records}条合成记录`,
    noChromium: (path: string) => `浏览器测试需要Chromium（${path}）：请运行apt-get install -y chromium，或用CHROMIUM_PATH指定路径`,
  },
};
