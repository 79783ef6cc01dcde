/**
 * Word pools for synthetic jurisdictions: invented place names, common surnames and given-name
 * characters (with pinyin for record IDs), the usual departments of a city or county, and the
 * stock phrases of published notices. Every person and place the generator makes is fictional.
 */

/** Surnames with their pinyin, roughly in order of frequency. */
export const SURNAMES: readonly (readonly [string, string])[] = [
  ['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'], ['赵', 'zhao'],
  ['吴', 'wu'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'], ['胡', 'hu'], ['郭', 'guo'],
  ['何', 'he'], ['林', 'lin'], ['罗', 'luo'], ['高', 'gao'], ['郑', 'zheng'], ['梁', 'liang'], ['谢', 'xie'], ['宋', 'song'],
  ['唐', 'tang'], ['许', 'xu'], ['韩', 'han'], ['冯', 'feng'], ['邓', 'deng'], ['曹', 'cao'], ['彭', 'peng'], ['曾', 'zeng'],
  ['肖', 'xiao'], ['田', 'tian'], ['董', 'dong'], ['潘', 'pan'], ['袁', 'yuan'], ['蔡', 'cai'], ['蒋', 'jiang'], ['余', 'yu'],
  ['杜', 'du'], ['叶', 'ye'], ['程', 'cheng'], ['魏', 'wei'], ['苏', 'su'], ['吕', 'lyu'], ['丁', 'ding'], ['任', 'ren'],
  ['卢', 'lu'], ['姚', 'yao'], ['沈', 'shen'], ['钟', 'zhong'], ['姜', 'jiang'], ['崔', 'cui'], ['谭', 'tan'], ['陆', 'lu'],
  ['范', 'fan'], ['汪', 'wang'], ['廖', 'liao'], ['石', 'shi'], ['金', 'jin'], ['韦', 'wei'], ['贾', 'jia'], ['夏', 'xia'],
  ['方', 'fang'], ['邹', 'zou'], ['熊', 'xiong'], ['白', 'bai'], ['孟', 'meng'], ['秦', 'qin'], ['邱', 'qiu'], ['侯', 'hou'],
  ['江', 'jiang'], ['尹', 'yin'], ['薛', 'xue'], ['段', 'duan'], ['雷', 'lei'], ['龙', 'long'], ['黎', 'li'], ['史', 'shi'],
  ['陶', 'tao'], ['贺', 'he'], ['毛', 'mao'], ['顾', 'gu'], ['龚', 'gong'], ['邵', 'shao'], ['万', 'wan'], ['覃', 'qin'],
  ['武', 'wu'], ['钱', 'qian'], ['戴', 'dai'], ['严', 'yan'], ['莫', 'mo'], ['孔', 'kong'], ['向', 'xiang'], ['常', 'chang'],
  ['汤', 'tang'], ['康', 'kang'], ['易', 'yi'], ['乔', 'qiao'], ['文', 'wen'], ['施', 'shi'], ['洪', 'hong'], ['柯', 'ke'],
];

/** Given-name characters with their pinyin. */
export const GIVEN: readonly (readonly [string, string])[] = [
  ['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['强', 'qiang'], ['磊', 'lei'],
  ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['艳', 'yan'], ['杰', 'jie'], ['涛', 'tao'], ['明', 'ming'], ['超', 'chao'],
  ['秀', 'xiu'], ['霞', 'xia'], ['平', 'ping'], ['刚', 'gang'], ['文', 'wen'], ['华', 'hua'], ['建', 'jian'], ['国', 'guo'],
  ['志', 'zhi'], ['海', 'hai'], ['晓', 'xiao'], ['红', 'hong'], ['玉', 'yu'], ['林', 'lin'], ['春', 'chun'], ['峰', 'feng'],
  ['燕', 'yan'], ['亮', 'liang'], ['辉', 'hui'], ['宇', 'yu'], ['鹏', 'peng'], ['飞', 'fei'], ['波', 'bo'], ['斌', 'bin'],
  ['宁', 'ning'], ['新', 'xin'], ['云', 'yun'], ['川', 'chuan'], ['山', 'shan'], ['远', 'yuan'], ['清', 'qing'], ['琳', 'lin'],
  ['婷', 'ting'], ['雪', 'xue'], ['梅', 'mei'], ['慧', 'hui'], ['倩', 'qian'], ['嘉', 'jia'], ['俊', 'jun'], ['浩', 'hao'],
  ['凯', 'kai'], ['睿', 'rui'], ['思', 'si'], ['雨', 'yu'], ['晨', 'chen'], ['阳', 'yang'], ['博', 'bo'], ['德', 'de'],
  ['荣', 'rong'], ['兴', 'xing'], ['安', 'an'], ['和', 'he'], ['泽', 'ze'], ['振', 'zhen'], ['卫', 'wei'], ['东', 'dong'],
  ['南', 'nan'], ['岚', 'lan'], ['昊', 'hao'], ['哲', 'zhe'], ['颖', 'ying'], ['璐', 'lu'], ['薇', 'wei'], ['毅', 'yi'],
  ['松', 'song'], ['楠', 'nan'], ['彤', 'tong'], ['欣', 'xin'], ['蕾', 'lei'], ['航', 'hang'], ['立', 'li'], ['成', 'cheng'],
];

/** Invented city names (none is the sample's 望川); the jurisdiction of a seed is one of them. */
export const CITY_NAMES: readonly (readonly [string, string])[] = [
  ['云岚', 'yunlan'], ['青屿', 'qingyu'], ['岚川', 'lanchuan'], ['汀澜', 'tinglan'], ['霁川', 'jichuan'], ['溪岚', 'xilan'],
  ['鹭川', 'luchuan'], ['棠川', 'tangchuan'], ['枫岚', 'fenglan'], ['蘅州', 'hengzhou'], ['澹川', 'danchuan'], ['棠溪', 'tangxi'],
  ['芸川', 'yunchuan'], ['霁州', 'jizhou'], ['苇川', 'weichuan'], ['萤川', 'yingchuan'],
];

/** First and second characters of invented county and township names. */
export const PLACE_FIRST = ['东', '西', '南', '北', '上', '长', '清', '白', '石', '金', '龙', '凤', '桃', '柳', '杏', '梨', '竹', '松', '茶', '盐', '银', '玉', '枫', '樟'];
export const PLACE_SECOND = ['溪', '岗', '坪', '湾', '塘', '桥', '坝', '渡', '集', '冲', '岭', '峪', '洲', '泉', '堰', '埠'];

/** A department every city or county has: name, short ID code, unit type, head and deputy titles. */
export interface UnitKind {
  code: string;
  name: string;
  type: '党委部门' | '政府部门' | '人大政协' | '群团组织' | '乡镇街道' | '事业单位' | '国有企业' | '其他';
  head: string;
  deputy: string;
  /** Sections (科室) where candidates for its posts work now. */
  sections: readonly string[];
}

/** Departments that fill posts through selection rounds, in the order they are created. */
export const UNIT_KINDS: readonly UnitKind[] = [
  { code: 'fgw', name: '发展和改革委员会', type: '政府部门', head: '主任', deputy: '副主任', sections: ['综合科', '规划科', '投资科'] },
  { code: 'czj', name: '财政局', type: '政府部门', head: '局长', deputy: '副局长', sections: ['预算科', '国库科', '综合科'] },
  { code: 'jtj', name: '交通运输局', type: '政府部门', head: '局长', deputy: '副局长', sections: ['综合规划科', '公路管理科', '运输管理科'] },
  { code: 'jyj', name: '教育局', type: '政府部门', head: '局长', deputy: '副局长', sections: ['基础教育科', '人事科', '办公室'] },
  { code: 'wjw', name: '卫生健康委员会', type: '政府部门', head: '主任', deputy: '副主任', sections: ['医政医管科', '疾病预防控制科', '办公室'] },
  { code: 'zrj', name: '自然资源和规划局', type: '政府部门', head: '局长', deputy: '副局长', sections: ['国土空间规划科', '耕地保护科', '法规科'] },
  { code: 'sthj', name: '生态环境局', type: '政府部门', head: '局长', deputy: '副局长', sections: ['大气环境科', '水生态环境科', '办公室'] },
  { code: 'nyj', name: '农业农村局', type: '政府部门', head: '局长', deputy: '副局长', sections: ['种植业管理科', '农村经营管理科', '办公室'] },
  { code: 'zjj', name: '住房和城乡建设局', type: '政府部门', head: '局长', deputy: '副局长', sections: ['建筑业管理科', '房地产市场监管科', '办公室'] },
  { code: 'scj', name: '市场监督管理局', type: '政府部门', head: '局长', deputy: '副局长', sections: ['登记注册科', '食品安全协调科', '法规科'] },
  { code: 'yjj', name: '应急管理局', type: '政府部门', head: '局长', deputy: '副局长', sections: ['安全生产综合协调科', '救援协调和预案管理科'] },
  { code: 'rsj', name: '人力资源和社会保障局', type: '政府部门', head: '局长', deputy: '副局长', sections: ['就业促进科', '社会保险科', '人事科'] },
  { code: 'mzj', name: '民政局', type: '政府部门', head: '局长', deputy: '副局长', sections: ['社会救助科', '养老服务科'] },
  { code: 'slj', name: '水利局', type: '政府部门', head: '局长', deputy: '副局长', sections: ['水资源管理科', '河湖管理科'] },
  { code: 'sjj', name: '审计局', type: '政府部门', head: '局长', deputy: '副局长', sections: ['经济责任审计科', '财政审计科'] },
  { code: 'wlj', name: '文化广电旅游局', type: '政府部门', head: '局长', deputy: '副局长', sections: ['公共服务科', '产业发展科'] },
  { code: 'xcb', name: '宣传部', type: '党委部门', head: '部长', deputy: '副部长', sections: ['宣传教育科', '新闻科'] },
  { code: 'zfw', name: '政法委员会', type: '党委部门', head: '书记', deputy: '副书记', sections: ['综治督导科', '执法监督科'] },
  { code: 'rmyy', name: '人民医院', type: '事业单位', head: '院长', deputy: '副院长', sections: ['医务科', '内科', '外科'] },
  { code: 'tzjt', name: '城市建设投资集团有限公司', type: '国有企业', head: '董事长', deputy: '副总经理', sections: ['财务部', '工程管理部'] },
  { code: 'tw', name: '团委', type: '群团组织', head: '书记', deputy: '副书记', sections: ['办公室', '基层组织部'] },
  { code: 'zgh', name: '总工会', type: '群团组织', head: '主席', deputy: '副主席', sections: ['组织部', '经费审查办公室'] },
  { code: 'rdb', name: '人大常委会办公室', type: '人大政协', head: '主任', deputy: '副主任', sections: ['综合科', '法工委办公室'] },
];

export const ETHNICITIES = ['汉族', '汉族', '汉族', '汉族', '汉族', '汉族', '汉族', '汉族', '汉族', '土家族', '苗族', '回族', '壮族', '瑶族', '侗族'];

export const EDUCATION_FULL = [
  '大学、工学学士',
  '大学、经济学学士',
  '大学、管理学学士',
  '大学、法学学士',
  '大学、文学学士',
  '大学、理学学士',
  '研究生、管理学硕士',
  '研究生、经济学硕士',
  '研究生、法学硕士',
  '大专',
];
export const EDUCATION_PART = ['在职研究生、公共管理硕士', '在职大学、法学学士', '中央党校研究生', '在职研究生、工程硕士'];

export const PROFESSIONAL_TITLES = ['高级经济师', '高级工程师', '副主任医师', '经济师', '工程师'];

export const STANDARDS = [
  '政治素质好，坚决贯彻执行党的路线方针政策，在重大原则问题上立场坚定',
  '熟悉相关领域政策法规和业务工作，具有较强的组织协调和依法办事能力',
  '工作实绩突出，群众公认度高，近三年年度考核均为称职以上等次',
  '作风严谨务实，清正廉洁，敢于担当，善于攻坚克难',
  '具有较强的改革创新意识和抓落实能力',
];
export const QUALIFICATIONS_TEXT = [
  '具有大学本科以上文化程度',
  '具有五年以上工龄和两年以上基层工作经历',
  '现任下一级职务满两年，或者现任同级职务满三年',
  '身体健康，能够正常履行职责',
  '年龄一般不超过 50 周岁',
];

export const ACHIEVEMENTS = [
  '牵头推进重点项目建设，按期完成年度目标任务，相关做法被上级部门推广。',
  '主持制定行业管理制度十余项，推动审批事项办理时限压缩一半以上。',
  '在防汛救灾和安全生产工作中靠前指挥，所在单位连续三年未发生较大以上事故。',
  '组织开展专项整治行动，办结群众反映问题三百余件，群众满意度明显提升。',
  '推动基层治理创新，所负责工作在全市考核中连续两年位列前三。',
  '牵头完成财政资金绩效评价改革试点，节约资金数千万元。',
  '抓好党建与业务融合，所在支部被评为先进基层党组织。',
];

export const CONCLUSIONS = [
  '该同志政治立场坚定，理想信念坚定，熟悉业务，工作思路清晰，敢于担当，实绩较为突出，廉洁自律，群众公认度较高。',
  '该同志政治素质好，组织协调能力较强，工作作风扎实，能够团结同志，严格落实党风廉政建设责任制。',
  '该同志大局意识强，综合素质好，在急难险重任务中表现突出，遵守廉洁自律各项规定。',
];

export const INTERVIEW_LEVELS = ['单位领导班子成员', '中层干部', '一般干部职工', '服务对象和基层代表'];

export const RECOMMEND_REASONS = [
  '工作实绩突出，群众认可度高',
  '熟悉业务，敢于担当',
  '综合素质好，具有基层工作经验',
  '组织协调能力强，作风扎实',
];

export const APPEAL_GROUNDS = ['对民主测评结果的统计方法有异议', '认为考察谈话范围未覆盖所在科室全体人员'];

export const SUPERVISION_FINDINGS = [
  ['个别干部任前公示期未满 5 个工作日即作出任职决定', '责令整改，对相关责任人进行批评教育，完善任前公示工作流程'],
  ['干部人事档案专项审核资料归档不及时', '限期补齐归档材料，建立档案审核台账'],
  ['民主推荐会议参会人员范围记录不完整', '重新核实并补充会议记录，规范会议组织'],
  ['部分考察材料未经考察组全体成员签名', '完善签名手续，将签名纳入考察材料审核清单'],
] as const;

export const CORRECTION_REASONS = ['拟任职务表述有误', '公示内容中工作单位名称书写有误', '任免文号录入错误'];
