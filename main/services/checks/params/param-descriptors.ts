/**
 * Human-facing description of each parameter: label, unit and legal basis.
 * Keys are dotted paths into RuleParams. Statutory values (APL/ALL/ACL) can
 * still differ by sector, so every default carries DEFAULT_VALUE_NOTE.
 */
export interface ParamDescriptor {
  readonly path: string;
  readonly label: string;
  readonly unit: '工作日' | '自然日' | '元' | '人' | '小时' | '时刻' | '是/否' | '列表' | '日期';
  readonly legalBasis: string;
}

export const PARAM_DESCRIPTORS: readonly ParamDescriptor[] = [
  {
    path: 'officers.minimum',
    label: '执法人员最少人数',
    unit: '人',
    legalBasis: '《行政处罚法》第四十二条；《行政强制法》第十八条第（二）项',
  },
  {
    path: 'publication.penaltyLicensingWorkingDays',
    label: '行政处罚、行政许可决定公示期限',
    unit: '工作日',
    legalBasis: '国办发〔2018〕118号：作出决定之日起7个工作日内公开',
  },
  {
    path: 'publication.otherWorkingDays',
    label: '其他执法决定公示期限',
    unit: '工作日',
    legalBasis: '国办发〔2018〕118号：20个工作日内公开',
  },
  {
    path: 'publication.exemptSimpleProcedure',
    label: '简易程序决定免于逐案公示',
    unit: '是/否',
    legalBasis: '各地规定不一',
  },
  {
    path: 'publication.exemptNoPenalty',
    label: '不予处罚决定免于公示',
    unit: '是/否',
    legalBasis: '各地规定不一',
  },
  {
    path: 'publication.requiredFields',
    label: '公示内容必备要素',
    unit: '列表',
    legalBasis: '《行政处罚法》第四十八条；市场监督管理行政处罚信息公示规定第四条',
  },
  {
    path: 'decision.calendarDays',
    label: '作出处罚决定期限（自立案）',
    unit: '自然日',
    legalBasis: '《行政处罚法》第六十条',
  },
  {
    path: 'preservation.workingDays',
    label: '先行登记保存处理期限',
    unit: '工作日',
    legalBasis: '《行政处罚法》第五十六条、第八十五条',
  },
  {
    path: 'service.workingDays',
    label: '决定书送达期限',
    unit: '工作日',
    legalBasis: '《行政处罚法》第六十一条、第八十五条',
  },
  {
    path: 'hearing.requestWorkingDays',
    label: '听证申请期限（告知送达后）',
    unit: '工作日',
    legalBasis: '《行政处罚法》第六十四条第（一）项、第八十五条',
  },
  {
    path: 'hearing.noticeWorkingDaysBefore',
    label: '听证通知提前期',
    unit: '工作日',
    legalBasis: '《行政处罚法》第六十四条第（二）项、第八十五条',
  },
  {
    path: 'hearing.largeFineNaturalPerson',
    label: '较大数额罚款（自然人，含本数）',
    unit: '元',
    legalBasis: '《行政处罚法》第六十三条；数额由各地、各部门规定',
  },
  {
    path: 'hearing.largeFineOrganisation',
    label: '较大数额罚款（法人或其他组织，含本数）',
    unit: '元',
    legalBasis: '《行政处罚法》第六十三条；数额由各地、各部门规定',
  },
  {
    path: 'hearing.penaltyTypes',
    label: '应告知听证权利的处罚种类',
    unit: '列表',
    legalBasis: '《行政处罚法》第六十三条',
  },
  {
    path: 'simpleProcedure.naturalPersonMax',
    label: '简易程序罚款上限（自然人，含本数）',
    unit: '元',
    legalBasis: '《行政处罚法》第五十一条',
  },
  {
    path: 'simpleProcedure.organisationMax',
    label: '简易程序罚款上限（法人或其他组织，含本数）',
    unit: '元',
    legalBasis: '《行政处罚法》第五十一条',
  },
  {
    path: 'payment.calendarDays',
    label: '罚款缴纳期限（收到决定书之日起）',
    unit: '自然日',
    legalBasis: '《行政处罚法》第六十七条、第七十二条',
  },
  { path: 'seizure.maxDays', label: '查封扣押期限', unit: '自然日', legalBasis: '《行政强制法》第二十五条' },
  {
    path: 'seizure.maxExtensionDays',
    label: '查封扣押可延长期限',
    unit: '自然日',
    legalBasis: '《行政强制法》第二十五条',
  },
  {
    path: 'seizure.emergencyApprovalHours',
    label: '紧急情况当场实施后补批时限',
    unit: '小时',
    legalBasis: '《行政强制法》第十九条',
  },
  {
    path: 'licensing.decisionWorkingDays',
    label: '行政许可决定期限（自受理）',
    unit: '工作日',
    legalBasis: '《行政许可法》第四十二条、第八十二条',
  },
  {
    path: 'licensing.extensionWorkingDays',
    label: '行政许可经批准可延长期限',
    unit: '工作日',
    legalBasis: '《行政许可法》第四十二条',
  },
  {
    path: 'enforcement.nightStart',
    label: '夜间开始时刻',
    unit: '时刻',
    legalBasis: '《行政强制法》第四十三条（夜间范围各地规定）',
  },
  {
    path: 'enforcement.nightEnd',
    label: '夜间结束时刻',
    unit: '时刻',
    legalBasis: '《行政强制法》第四十三条（夜间范围各地规定）',
  },
  {
    path: 'enforcement.weekendCountsAsHoliday',
    label: '普通周末视为法定节假日',
    unit: '是/否',
    legalBasis: '《行政强制法》第四十三条（理解不一，调休上班日不是节假日）',
  },
  {
    path: 'legalReview.fineNaturalPersonMin',
    label: '法制审核目录：罚款（自然人，含本数）',
    unit: '元',
    legalBasis: '《行政处罚法》第五十八条；各机关法制审核目录清单（示例：巩义）',
  },
  {
    path: 'legalReview.fineOrganisationMin',
    label: '法制审核目录：罚款（法人或其他组织，含本数）',
    unit: '元',
    legalBasis: '同上',
  },
  {
    path: 'legalReview.confiscationNaturalPersonMin',
    label: '法制审核目录：没收（自然人，含本数）',
    unit: '元',
    legalBasis: '同上',
  },
  {
    path: 'legalReview.confiscationOrganisationMin',
    label: '法制审核目录：没收（法人或其他组织，含本数）',
    unit: '元',
    legalBasis: '同上',
  },
  { path: 'legalReview.penaltyTypes', label: '法制审核目录：处罚种类', unit: '列表', legalBasis: '同上' },
  {
    path: 'legalReview.requiredAfterHearing',
    label: '经过听证的案件须法制审核',
    unit: '是/否',
    legalBasis: '《行政处罚法》第五十八条第一款第（二）项',
  },
  {
    path: 'legalReview.qualificationRequiredFrom',
    label: '初次从事法制审核须取得法律职业资格的起始日',
    unit: '日期',
    legalBasis: '《行政处罚法》第五十八条第二款（2021-07-15 施行）',
  },
  {
    path: 'collectiveDiscussion.fineNaturalPersonMin',
    label: '须集体讨论：罚款（自然人，含本数）',
    unit: '元',
    legalBasis: '《行政处罚法》第五十七条第二款；各地重大案件标准',
  },
  {
    path: 'collectiveDiscussion.fineOrganisationMin',
    label: '须集体讨论：罚款（法人或其他组织，含本数）',
    unit: '元',
    legalBasis: '同上',
  },
  {
    path: 'collectiveDiscussion.penaltyTypes',
    label: '须集体讨论：处罚种类',
    unit: '列表',
    legalBasis: '同上',
  },
  {
    path: 'avRecording.mandatoryStages',
    label: '须全程音像记录的环节',
    unit: '列表',
    legalBasis: '国办发〔2018〕118号（查封扣押、强制拆除等）；各机关音像记录事项清单',
  },
  {
    path: 'avRecording.listedStages',
    label: '音像记录事项清单中的其他环节',
    unit: '列表',
    legalBasis: '国办发〔2018〕118号“根据实际情况”；各机关音像记录事项清单',
  },
];
