import { describe, expect, it } from 'vitest';
import { caseWith, check, type Mutator } from './case-builder';

const spring2025: Mutator = (c) => {
  c.events.filing = { date: '2025-01-02' };
  c.events.investigations![0]!.date = '2025-01-03';
  c.avRecords = [];
  c.events.notices = [
    { issuedDate: '2025-01-22', servedDate: '2025-01-24', periodWorkingDays: 5, hearingRightNotified: true },
  ];
  c.events.legalReviews = [{ date: '2025-02-10', outcome: '同意', reviewer: '王五' }];
  c.events.decisionService = { date: '2025-02-12' };
  c.events.publication = { date: '2025-02-12' };
  c.events.payment = { date: '2025-02-14' };
};

describe('QX-WAIT statement and hearing-request period from service', () => {
  it('notice served 2025-01-24: period ends 2025-02-07, so a decision that day is too early', () => {
    const f = check(
      'QX-WAIT',
      caseWith((c) => {
        spring2025(c);
        c.events.decision = { date: '2025-02-07', penaltyTypes: ['罚款'], amount: 2000 };
      }),
    );
    expect(f.result).toBe('不符合');
    expect(f.explanation).toContain('听证申请期 5 个工作日届满于 2025-02-07（星期五）');
    expect(f.explanation).toContain('2025-01-26（星期日）为调休上班');
  });

  it('a decision on 2025-02-10 (after the period) is fine; 2025-01-29 by a calendar counter is not', () => {
    expect(
      check(
        'QX-WAIT',
        caseWith((c) => {
          spring2025(c);
          c.events.decision = { date: '2025-02-10', penaltyTypes: ['罚款'], amount: 2000 };
        }),
      ).result,
    ).toBe('符合');
    expect(
      check(
        'QX-WAIT',
        caseWith((c) => {
          spring2025(c);
          c.events.decision = { date: '2025-01-30', penaltyTypes: ['罚款'], amount: 2000 };
        }),
      ).result,
    ).toBe('不符合');
  });

  it('counts from service, not issue: without the served date it cannot decide', () => {
    const f = check(
      'QX-WAIT',
      caseWith((c) => (c.events.notices = [{ issuedDate: '2024-09-02', periodWorkingDays: 5 }])),
    );
    expect(f.result).toBe('无法判定');
    expect(f.missingFacts).toEqual(['告知书送达日期']);
    expect(f.explanation).toContain('不能以落款日期代替');
  });

  it('a written waiver removes the waiting period', () => {
    const mut: Mutator = (c) => {
      c.events.notices = [
        {
          issuedDate: '2024-09-20',
          servedDate: '2024-09-23',
          periodWorkingDays: 5,
          hearingRightNotified: true,
        },
      ];
    };
    expect(check('QX-WAIT', caseWith(mut)).result).toBe('不符合');
    const waived = check(
      'QX-WAIT',
      caseWith((c) => {
        mut(c);
        c.waivers = [
          { kind: '陈述申辩', written: true },
          { kind: '听证', written: true },
        ];
      }),
    );
    expect(waived.result).toBe('符合');
    const oral = check(
      'QX-WAIT',
      caseWith((c) => {
        mut(c);
        c.waivers = [
          { kind: '陈述申辩', written: false },
          { kind: '听证', written: false },
        ];
      }),
    );
    expect(oral.result).toBe('不符合');
  });

  it('names the missing printed period; decision before service fails', () => {
    const f = check(
      'QX-WAIT',
      caseWith((c) => delete c.events.notices![0]!.periodWorkingDays),
    );
    expect(f.missingFacts).toEqual(['告知书载明的陈述申辩期限']);
    const before = check(
      'QX-WAIT',
      caseWith((c) => (c.events.notices![0]!.servedDate = '2024-09-28')),
    );
    expect(before.result).toBe('不符合');
  });
});

describe('QX-90 decision within 90 days of filing', () => {
  it('passes within, fails after, and adds approved extensions', () => {
    expect(check('QX-90', caseWith()).result).toBe('符合');
    const late = caseWith((c) => (c.events.filing = { date: '2024-06-20' })); // +90 = 2024-09-18
    const f = check('QX-90', late);
    expect(f.result).toBe('不符合');
    expect(f.explanation).toContain('届满 2024-09-18');
    const ext = caseWith((c) => {
      c.events.filing = { date: '2024-06-20' };
      c.events.suspensions = [{ kind: '延期', startDate: '2024-09-10', days: 30, approved: true }];
    });
    expect(check('QX-90', ext).result).toBe('符合');
  });

  it('extends a deadline that falls on a holiday to the next working day, with a warning', () => {
    // 2024-07-03 + 90 = 2024-10-01 (国庆节) → next working day 2024-10-08
    const f = check(
      'QX-90',
      caseWith((c) => {
        c.events.filing = { date: '2024-07-03' };
        c.events.decision = { date: '2024-10-08', penaltyTypes: ['罚款'], amount: 2000 };
        c.events.decisionService = { date: '2024-10-08' };
        c.events.publication = { date: '2024-10-09' };
      }),
    );
    expect(f.result).toBe('符合');
    expect(f.explanation).toContain('顺延至 2024-10-08');
    expect(f.warnings?.some((w) => w.includes('按本地规定核对'))).toBe(true);
  });

  it('out-of-order dates → 无法判定', () => {
    expect(
      check(
        'QX-90',
        caseWith((c) => (c.events.filing = { date: '2024-10-01' })),
      ).result,
    ).toBe('无法判定');
  });
});

describe('QX-SERVE decision served within 7 working days', () => {
  it('passes and fails around National Day 2024', () => {
    expect(
      check(
        'QX-SERVE',
        caseWith((c) => (c.events.decisionService = { date: '2024-10-12' })),
      ).result,
    ).toBe('符合');
    const f = check(
      'QX-SERVE',
      caseWith((c) => (c.events.decisionService = { date: '2024-10-14' })),
    );
    expect(f.result).toBe('不符合');
    expect(f.explanation).toContain('第 8 个工作日');
  });
});

describe('QX-HEAR hearing procedure', () => {
  const heard: Mutator = (c) => {
    c.events.hearing = {
      requestedDate: '2024-09-05',
      noticeDate: '2024-09-06',
      heldDate: '2024-09-18',
      chair: '钱八',
    };
  };

  it('passes with notice 7 working days before and an independent chair', () => {
    expect(check('QX-HEAR', caseWith(heard)).result).toBe('符合');
  });

  it('fails when the notice is too late (working days, Mid-Autumn 2024)', () => {
    // notice 2024-09-10: 9-11,12,13,(14 Sat make-up),18,19,20 → 7th wd is 2024-09-20
    const f = check(
      'QX-HEAR',
      caseWith((c) => {
        heard(c);
        c.events.hearing!.noticeDate = '2024-09-10';
        c.events.hearing!.heldDate = '2024-09-19';
      }),
    );
    expect(f.result).toBe('不符合');
    expect(f.explanation).toContain('最早可在 2024-09-20');
    expect(
      check(
        'QX-HEAR',
        caseWith((c) => {
          heard(c);
          c.events.hearing!.noticeDate = '2024-09-10';
          c.events.hearing!.heldDate = '2024-09-20';
        }),
      ).result,
    ).toBe('符合');
  });

  it('fails when an investigator chairs, or when the requested hearing was never held', () => {
    expect(
      check(
        'QX-HEAR',
        caseWith((c) => {
          heard(c);
          c.events.hearing!.chair = '李四';
        }),
      ).explanation,
    ).toContain('李四 是本案调查人员');
    const notHeld = check(
      'QX-HEAR',
      caseWith((c) => (c.events.hearing = { requestedDate: '2024-09-05' })),
    );
    expect(notHeld.result).toBe('不符合');
  });

  it('fails when a hearing right was due but not told', () => {
    const f = check(
      'QX-HEAR',
      caseWith((c) => {
        c.events.decision = { date: '2024-09-27', penaltyTypes: ['吊销许可证件'] };
        c.events.notices![0]!.hearingRightNotified = false;
      }),
    );
    expect(f.result).toBe('不符合');
  });
});

describe('QX-SIMPLE simple-procedure limits (inclusive)', () => {
  const simple =
    (kind: '自然人' | '法人', amount: number): Mutator =>
    (c) => {
      c.procedure = '简易';
      c.party = { kind };
      c.events.decision = { date: '2024-09-27', penaltyTypes: ['罚款'], amount };
    };

  it('¥200 for a natural person and ¥3,000 for an organisation are allowed; one yuan more is not', () => {
    expect(check('QX-SIMPLE', caseWith(simple('自然人', 200))).result).toBe('符合');
    expect(check('QX-SIMPLE', caseWith(simple('自然人', 201))).result).toBe('不符合');
    expect(check('QX-SIMPLE', caseWith(simple('法人', 3000))).result).toBe('符合');
    expect(check('QX-SIMPLE', caseWith(simple('法人', 3000.01))).result).toBe('不符合');
    expect(check('QX-SIMPLE', caseWith()).result).toBe('不适用');
  });

  it('other penalty types are not allowed; unknown party kind above ¥200 → 无法判定', () => {
    expect(
      check(
        'QX-SIMPLE',
        caseWith((c) => {
          simple('法人', 100)(c);
          c.events.decision!.penaltyTypes = ['罚款', '没收违法所得'];
        }),
      ).result,
    ).toBe('不符合');
    expect(
      check(
        'QX-SIMPLE',
        caseWith((c) => {
          simple('法人', 1000)(c);
          delete c.party;
        }),
      ).missingFacts,
    ).toEqual(['当事人类型']);
  });
});

describe('QX-PAY fine payment', () => {
  it('15 calendar days from service; late payment needs the surcharge', () => {
    expect(check('QX-PAY', caseWith()).result).toBe('符合');
    const late = caseWith((c) => (c.events.payment = { date: '2024-10-30' }));
    expect(check('QX-PAY', late).missingFacts).toEqual(['是否加处罚款']);
    expect(
      check(
        'QX-PAY',
        caseWith((c) => (c.events.payment = { date: '2024-10-30', lateFeeCharged: false })),
      ).result,
    ).toBe('不符合');
    expect(
      check(
        'QX-PAY',
        caseWith((c) => (c.events.payment = { date: '2024-10-30', lateFeeCharged: true })),
      ).result,
    ).toBe('符合');
  });
});

describe('QX-LIC licensing deadline (domain.md §5.3 example 4)', () => {
  const lic =
    (
      decision: string,
      extra: Partial<{ extensionApproved: boolean; extensionReasonTold: boolean }> = {},
    ): Mutator =>
    (c) => {
      c.actType = '行政许可';
      c.events = {
        licensing: { acceptedDate: '2025-01-20', ...extra },
        decision: { date: decision, kind: '许可' },
      };
    };

  it('accepted 2025-01-20: deadline 2025-02-21', () => {
    const ok = check('QX-LIC', caseWith(lic('2025-02-21')));
    expect(ok.result).toBe('符合');
    expect(ok.explanation).toContain('第 20 个工作日为 2025-02-21（星期五）');
    expect(check('QX-LIC', caseWith(lic('2025-02-24'))).result).toBe('不符合');
  });

  it('an approved extension adds 10 working days only when reasons were told', () => {
    expect(
      check('QX-LIC', caseWith(lic('2025-03-07', { extensionApproved: true, extensionReasonTold: true })))
        .result,
    ).toBe('符合');
    expect(
      check('QX-LIC', caseWith(lic('2025-03-07', { extensionApproved: true, extensionReasonTold: false })))
        .result,
    ).toBe('不符合');
  });
});

describe('QX-SEIZE seizure approval and term', () => {
  const seize =
    (over: Record<string, unknown>): Mutator =>
    (c) => {
      c.events.seizures = [
        {
          kind: '查封',
          date: '2024-08-05',
          time: '10:00',
          approvalDate: '2024-08-04',
          releaseDate: '2024-09-04',
          officers: ['张三', '李四'],
          ...over,
        },
      ];
    };

  it('30 days from the seizure (start excluded): 2024-09-04 ok, 2024-09-05 late', () => {
    expect(check('QX-SEIZE', caseWith(seize({}))).result).toBe('符合');
    const f = check('QX-SEIZE', caseWith(seize({ releaseDate: '2024-09-05' })));
    expect(f.result).toBe('不符合');
    expect(f.explanation).toContain('期限至 2024-09-04');
    expect(
      check(
        'QX-SEIZE',
        caseWith(seize({ releaseDate: '2024-09-20', extensionDays: 30, extensionNotified: true })),
      ).result,
    ).toBe('符合');
    expect(
      check(
        'QX-SEIZE',
        caseWith(seize({ releaseDate: '2024-09-20', extensionDays: 30, extensionNotified: false })),
      ).result,
    ).toBe('不符合');
  });

  it('approval after the act needs an emergency and must come within 24 hours', () => {
    expect(
      check('QX-SEIZE', caseWith(seize({ approvalDate: '2024-08-05', approvalTime: '15:00' }))).result,
    ).toBe('不符合');
    expect(
      check(
        'QX-SEIZE',
        caseWith(seize({ approvalDate: '2024-08-06', approvalTime: '09:00', emergency: true })),
      ).result,
    ).toBe('符合');
    expect(
      check(
        'QX-SEIZE',
        caseWith(seize({ approvalDate: '2024-08-06', approvalTime: '11:00', emergency: true })),
      ).result,
    ).toBe('不符合');
    expect(
      check('QX-SEIZE', caseWith(seize({ approvalDate: '2024-08-05', approvalTime: undefined }))).result,
    ).toBe('无法判定');
  });
});

describe('QX-ENF enforcement time', () => {
  const enf =
    (date: string, startTime?: string, endTime?: string): Mutator =>
    (c) => {
      c.events.enforcements = [
        { date, startTime, endTime, reminderDate: '2024-09-01', officers: ['张三', '李四'] },
      ];
    };

  it('a statutory holiday fails; a make-up Saturday is a working day', () => {
    const f = check('QX-ENF', caseWith(enf('2024-10-03', '09:00', '11:00')));
    expect(f.result).toBe('不符合');
    expect(f.explanation).toContain('国庆节假期');
    expect(check('QX-ENF', caseWith(enf('2024-10-12', '09:00', '11:00'))).result).toBe('符合');
  });

  it('night window 22:00–06:00 (configurable)', () => {
    expect(check('QX-ENF', caseWith(enf('2024-10-14', '21:00', '22:30'))).result).toBe('不符合');
    expect(check('QX-ENF', caseWith(enf('2024-10-14', '05:30', '07:00'))).result).toBe('不符合');
    expect(check('QX-ENF', caseWith(enf('2024-10-14', '06:00', '21:59'))).result).toBe('符合');
    expect(
      check('QX-ENF', caseWith(enf('2024-10-14', '21:00', '21:30')), { enforcement: { nightStart: '21:00' } })
        .result,
    ).toBe('不符合');
    expect(check('QX-ENF', caseWith(enf('2024-10-14'))).missingFacts).toEqual([
      '强制执行（2024-10-14）的起止时间',
    ]);
  });

  it('an ordinary Sunday is only a warning unless configured as a holiday', () => {
    const f = check('QX-ENF', caseWith(enf('2024-10-13', '09:00', '10:00')));
    expect(f.result).toBe('符合');
    expect(f.warnings?.[0]).toContain('理解不一');
    expect(
      check('QX-ENF', caseWith(enf('2024-10-13', '09:00', '10:00')), {
        enforcement: { weekendCountsAsHoliday: true },
      }).result,
    ).toBe('不符合');
  });
});

describe('SW-1 首违不罚', () => {
  const base: Mutator = (c) => {
    c.events.decision = { date: '2024-09-27', kind: '不予处罚' };
    c.leniency = {
      ground: '首违不罚',
      firstViolation: true,
      harmMinor: true,
      correctedInTime: true,
      educated: true,
    };
  };

  it('passes with all conditions and education; fails without education; unknown names the gap', () => {
    expect(check('SW-1', caseWith(base)).result).toBe('符合');
    expect(
      check(
        'SW-1',
        caseWith((c) => {
          base(c);
          c.leniency!.educated = false;
        }),
      ).result,
    ).toBe('不符合');
    expect(
      check(
        'SW-1',
        caseWith((c) => {
          base(c);
          delete c.leniency!.firstViolation;
        }),
      ).missingFacts,
    ).toEqual(['初次违法']);
    expect(check('SW-1', caseWith()).result).toBe('不适用');
  });
});
