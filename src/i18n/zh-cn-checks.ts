/**
 * What the checks of the built site (src/build/checks/, `npm run build` and `npm run check`) and
 * the search indexer (src/build/search-index.ts) tell the maintainer: what is wrong with a built
 * page and what to do. The checks pass tag names, addresses, file names and masked values; HTML,
 * CSP directives and paths (`<meta>`, `script-src`, `public/`) stay as written in the page.
 */

/** A tag as the page has it, `<a href>`: HTML, so outside the typography of the sentence around it. */
const html = (tag: string, attrs?: string) => (attrs ? `<${tag} ${attrs}>` : `<${tag}>`);
const CSP_META = html('meta', 'http-equiv="Content-Security-Policy"');

/** A reference as the link checks name it: where it stands (`<a href>`) and the address. */
const ref = (where: string, url: string) => `${where} “${url}”`;

export const checksUi = {
  csp: {
    noMeta: `页面没有${CSP_META}：构建的CSP步骤（src/build/csp.ts）没有处理这个页面`,
    metaLate: (tag: string) => `CSP的${html('meta')}出现在第一个${html(tag)}之后：它必须在所有脚本和样式之前`,
    noScriptSrc: 'CSP没有限制脚本（缺少script-src和default-src）',
    unsafeScript: (keyword: string) => `CSP的script-src含${keyword}：只允许按哈希放行内联脚本`,
    scriptHash: (script: string) => `内联脚本${script}的哈希不在CSP的script-src中，浏览器会拦截它`,
    styleHash: (style: string) => `内联样式${style}的哈希不在CSP的style-src中`,
    handler: (tag: string, attr: string) => `${html(tag, attr)}是内联事件处理器：CSP禁止它，请改用外部脚本里的addEventListener`,
    javascriptUrl: (tag: string, attr: string) => `${html(tag, `${attr}="javascript:…"`)}会被CSP拦截：请改用外部脚本`,
    styleAttr: (tag: string, style: string) => `${html(tag, `style="${style}"`)}不在CSP的style-src中：请改用样式表里的类名`,
  },
  links: {
    invalid: (where: string, url: string) => `${ref(where, url)}不是有效的地址`,
    badPercent: (where: string, url: string) => `${ref(where, url)}含有无效的百分号编码`,
    missing: (where: string, url: string, path: string) => `${ref(where, url)}指向的${path}不存在`,
    noAnchor: (where: string, url: string, id: string, target: string) => `${ref(where, url)}的锚点 #${id}在${target}中没有对应的id`,
  },
  privacy: {
    kinds: {
      id: '身份证号',
      'likely-id': '疑似身份证号（地区码和出生日期成立，校验位不符，可能是录错一位的身份证号）',
      mobile: '手机号码',
      email: '电子邮箱',
    },
    noIdNumbers: '不得公开身份证号',
    onlyChannels: '只能公开content/site.yaml中channels声明的举报渠道',
    found: (kind: string, masked: string, rule: string) => `发现${kind}${masked}：${rule}，请从来源记录中删除`,
  },
  thirdParty: {
    styleAttr: `style属性${'url()'}`,
    fetched: (where: string, url: string) => `${where}从其他网站加载“${url}”：请把这个资源放进本站（public/）或删除，页面不得向第三方发请求`,
  },
  xmlChars: {
    forbidden: (line: number, column: number, code: string) => `第${line}行第${column}个字符是XML不允许的控制字符${code}：订阅源和日历会因此无法解析，请查出带入这个字符的记录并删除它，再重新构建`,
  },
} as const;

/** The search indexer's failures (src/build/search-index.ts). */
export const searchIndexUi = {
  emptyBundle: (bundle: string) => `搜索分卷${bundle}没有可索引的网页`,
  pagefindFailed: (code: number | null, lines: readonly string[]) => `Pagefind无法建立索引（退出码${code}）：${lines.join('；')}`,
} as const;
