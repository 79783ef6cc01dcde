/**
 * The role in which a person or unit is named in a record, as the person's and unit's pages list
 * their appearances (考察对象, 考察组成员 …). Keyed by the field that names them, as written in the
 * schema (`team.person` is the person of an item of `team`); a field not listed reads as the kind.
 */
export const APPEARANCE_ROLES = {
  /** By the field, with its parent where the name alone is ambiguous (`parent.field`, then `field`). */
  byField: {
    'inspectees.person': '考察对象',
    'team.person': '考察组成员',
    'preReview.findings.person': '会审发现问题',
    'signatures.person': '考察评价签名',
    'inspectee': '考察对象',
    'present': '出席并表决',
    'absent.person': '请假',
    'reportedBy': '汇报人选产生过程',
    'procedureRecords.person': '程序情况表对象',
    'procedureRecords.signedBy': '程序情况表签字人',
    'members.person': '决策机构成员',
    'currentPosts.unit': '任职单位',
  } as Readonly<Record<string, string>>,
  /** A `person` field not listed above, by the kind of the record that holds it. */
  personByKind: {
    recommendations: '被推荐人',
    examinations: '考生',
    decisions: '表决对象',
    publicities: '公示对象',
    'publicity-outcomes': '公示对象',
    appointments: '任用对象',
    'integrity-summaries': '廉政情况对象',
    qualifications: '资格持有人',
  } as Readonly<Record<string, string>>,
} as const;
