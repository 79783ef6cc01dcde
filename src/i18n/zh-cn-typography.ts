/** Messages of the Chinese typography check (npm run lint:zh, the warnings of npm run validate). */
export const typographyUi = {
  punctuation: '标点应使用全角（，：；（）“”），见GB/T 15834',
  spacing: '中文与数字、英文之间不留空格',
  unnamed: '排版与规范不一致',
  /** One line: what is wrong, the text as written and as it should be. */
  describe: (written: string, fixed: string, kinds: readonly string[]) =>
    `中文排版：${[...new Set(kinds)].join('；')}。“${written}”应写作“${fixed}”`,
  fixHint: '（运行“npm run lint:zh -- --fix”可自动改正）',
  summary: (ui: number, content: number) => `中文排版：界面文字${ui}处、内容${content}处与规范不一致`,
  clean: (files: number) => `中文排版：检查了${files}个文件，没有发现问题`,
  fixed: (n: number, files: number) => `中文排版：改正了${files}个文件中的${n}处`,
  unfixable: (n: number) => `还有${n}处无法自动改正，请按上面的提示手工修改`,
  validateWarnings: (n: number) => `中文排版：内容中有${n}处与规范不一致（只是提醒，不影响校验结果；运行“npm run lint:zh -- --fix”可自动改正）`,
} as const;
