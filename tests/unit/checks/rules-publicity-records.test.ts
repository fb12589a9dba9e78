import { describe, expect, it } from 'vitest';
import { caseWith, check } from './case-builder';

describe('GS-3 publication deadline (domain.md §5.3 examples)', () => {
  it('2024-09-27 → published 2024-10-12 (make-up Saturday, 7th wd) is on time', () => {
    const f = check('GS-3', caseWith());
    expect(f.result).toBe('符合');
    expect(f.explanation).toContain('第 7 个工作日为 2024-10-12（星期六，国庆节调休上班）');
  });

  it('2024-09-27 → published 2024-10-14 is the 8th working day: late, explained', () => {
    const f = check(
      'GS-3',
      caseWith((c) => (c.events.publication = { date: '2024-10-14' })),
    );
    expect(f.result).toBe('不符合');
    expect(f.explanation).toContain(
      '决定 2024-09-27；第 7 个工作日为 2024-10-12（星期六，国庆节调休上班）；公示 2024-10-14 为第 8 个工作日 → 超期',
    );
    expect(f.explanation).toContain('国庆节假期 2024-10-01 至 2024-10-07 不计');
  });

  it('2024-09-30 → 2024-10-10 is the 3rd working day: on time', () => {
    const f = check(
      'GS-3',
      caseWith((c) => {
        c.events.decision = { date: '2024-09-30', penaltyTypes: ['罚款'], amount: 2000 };
        c.events.publication = { date: '2024-10-10' };
      }),
    );
    expect(f.result).toBe('符合');
    expect(f.explanation).toContain('第 3 个工作日');
  });

  it('uses 20 working days for other act types', () => {
    const facts = caseWith((c) => {
      c.actType = '行政强制';
      c.events.decision = { date: '2024-09-27', kind: '其他' };
      c.events.publication = { date: '2024-10-30' }; // 20th wd: 9-29, 9-30, 10-8…12, 10-14…18, 10-21…25, 10-28…30
    });
    const f = check('GS-3', facts);
    expect(f.result).toBe('符合');
    expect(f.explanation).toContain('20 个工作日');
    const late = check(
      'GS-3',
      caseWith((c) => {
        c.actType = '行政强制';
        c.events.decision = { date: '2024-09-27', kind: '其他' };
        c.events.publication = { date: '2024-10-31' };
      }),
    );
    expect(late.result).toBe('不符合');
  });

  it('missing publication or decision → 无法判定 naming the fact; out-of-order → 无法判定', () => {
    const noPub = check(
      'GS-3',
      caseWith((c) => delete c.events.publication),
    );
    expect(noPub.result).toBe('无法判定');
    expect(noPub.missingFacts).toEqual(['公示日期']);
    expect(noPub.explanation).toContain('2024-10-12');
    const noDec = check(
      'GS-3',
      caseWith((c) => delete c.events.decision),
    );
    expect(noDec.missingFacts).toEqual(['决定日期']);
    const early = check(
      'GS-3',
      caseWith((c) => (c.events.publication = { date: '2024-09-20' })),
    );
    expect(early.result).toBe('无法判定');
    expect(early.explanation).toContain('早于决定日期');
  });

  it('checks required content fields when recorded, and honours exemptions', () => {
    const f = check(
      'GS-3',
      caseWith(
        (c) =>
          (c.events.publication = {
            date: '2024-10-08',
            fieldsPresent: ['决定书文号', '当事人', '处罚结果'],
          }),
      ),
    );
    expect(f.result).toBe('不符合');
    expect(f.explanation).toContain('执法机关、决定日期');
    const exempt = check(
      'GS-3',
      caseWith((c) => (c.procedure = '简易')),
      { publication: { exemptSimpleProcedure: true } },
    );
    expect(exempt.result).toBe('不适用');
    const ok = check('GS-3', caseWith());
    expect(ok.warnings?.[0]).toContain('公示内容');
  });
});

describe('GS-2 certificate shown', () => {
  it('passes, fails and names unknown records', () => {
    expect(check('GS-2', caseWith()).result).toBe('符合');
    const no = check(
      'GS-2',
      caseWith((c) => (c.events.investigations![0]!.certificateShown = false)),
    );
    expect(no.result).toBe('不符合');
    expect(no.explanation).toContain('现场检查（2024-08-02）');
    const unk = check(
      'GS-2',
      caseWith((c) => delete c.events.investigations![0]!.certificateShown),
    );
    expect(unk.result).toBe('无法判定');
    expect(unk.missingFacts).toEqual(['现场检查（2024-08-02）是否出示执法证件']);
    expect(
      check(
        'GS-2',
        caseWith((c) => (c.events.investigations = [])),
      ).result,
    ).toBe('无法判定');
    expect(
      check(
        'GS-2',
        caseWith((c) => {
          c.actType = '行政许可';
          c.events.investigations = [];
        }),
      ).result,
    ).toBe('不适用');
  });
});

describe('RY-1 two officers with valid certificates', () => {
  it('passes with two valid officers', () => {
    const f = check('RY-1', caseWith());
    expect(f.result).toBe('符合');
    expect(f.explanation).toContain('有效持证 2 人');
  });

  it('fails with one officer, or with an expired certificate', () => {
    expect(
      check(
        'RY-1',
        caseWith((c) => (c.events.investigations![0]!.officers = ['张三'])),
      ).result,
    ).toBe('不符合');
    const expired = check(
      'RY-1',
      caseWith((c) => (c.events.investigations![0]!.officers = ['张三', '赵六'])),
    );
    expect(expired.result).toBe('不符合');
    expect(expired.explanation).toContain(
      '赵六 的执法证（42010012347，2020-01-01 至 2023-12-31）在 2024-08-02 不在有效期内',
    );
  });

  it('unknown officer → 无法判定 naming the person, never a crash', () => {
    const f = check(
      'RY-1',
      caseWith((c) => (c.events.investigations![0]!.officers = ['张三', '孙七'])),
    );
    expect(f.result).toBe('无法判定');
    expect(f.explanation).toContain('“孙七”不在执法人员名册中');
    expect(f.missingFacts).toContain('执法人员“孙七”的执法证信息');
  });

  it('respects the configurable minimum', () => {
    expect(check('RY-1', caseWith(), { officers: { minimum: 3 } }).result).toBe('不符合');
  });
});

describe('JL-1 text records', () => {
  it('names missing stages', () => {
    expect(check('JL-1', caseWith()).result).toBe('符合');
    const f = check(
      'JL-1',
      caseWith((c) => {
        delete c.events.filing;
        delete c.events.payment;
      }),
    );
    expect(f.result).toBe('不符合');
    expect(f.explanation).toContain('立案、执行（罚款缴纳或强制执行）');
    expect(
      check(
        'JL-1',
        caseWith((c) => delete c.procedure),
      ).missingFacts,
    ).toEqual(['程序类型']);
  });
});

describe('JL-2 mandatory continuous video (seizure)', () => {
  const seizure = {
    kind: '扣押' as const,
    date: '2024-08-05',
    time: '10:00',
    endTime: '11:00',
    approvalDate: '2024-08-04',
    officers: ['张三', '李四'],
    releaseDate: '2024-08-20',
  };

  it('is not applicable without seizure or enforcement', () => {
    expect(check('JL-2', caseWith()).result).toBe('不适用');
  });

  it('photos do not count as continuous video', () => {
    const f = check(
      'JL-2',
      caseWith((c) => {
        c.events.seizures = [seizure];
        c.avRecords = [{ stage: '查封扣押', kind: 'photo', date: '2024-08-05' }];
      }),
    );
    expect(f.result).toBe('不符合');
    expect(f.explanation).toContain('照片不等于全程音像记录');
  });

  it('passes when a video covers the act; fails when it covers only part', () => {
    const ok = check(
      'JL-2',
      caseWith((c) => {
        c.events.seizures = [seizure];
        c.avRecords = [
          { stage: '查封扣押', kind: 'video', date: '2024-08-05', startTime: '09:55', endTime: '11:05' },
        ];
      }),
    );
    expect(ok.result).toBe('符合');
    const part = check(
      'JL-2',
      caseWith((c) => {
        c.events.seizures = [seizure];
        c.avRecords = [
          { stage: '查封扣押', kind: 'video', date: '2024-08-05', startTime: '10:10', endTime: '11:05' },
        ];
      }),
    );
    expect(part.result).toBe('不符合');
    expect(part.explanation).toContain('未完整覆盖');
  });

  it('video without times → 无法判定 naming the times', () => {
    const f = check(
      'JL-2',
      caseWith((c) => {
        c.events.seizures = [seizure];
        c.avRecords = [{ stage: '查封扣押', kind: 'video', date: '2024-08-05' }];
      }),
    );
    expect(f.result).toBe('无法判定');
    expect(f.missingFacts?.[0]).toContain('起止时间');
  });
});

describe('JL-3 listed AV stages', () => {
  it('requires AV for 留置送达 and hearings, accepts audio, rejects photos', () => {
    const base = (kind: 'audio' | 'photo') =>
      caseWith((c) => {
        c.events.decisionService = { date: '2024-09-29', manner: '留置送达' };
        c.avRecords = [{ stage: '留置送达', kind, date: '2024-09-29' }];
      });
    expect(check('JL-3', base('audio')).result).toBe('符合');
    expect(check('JL-3', base('photo')).result).toBe('不符合');
    expect(
      check(
        'JL-3',
        caseWith(
          (c) =>
            (c.events.hearing = {
              requestedDate: '2024-09-05',
              noticeDate: '2024-09-06',
              heldDate: '2024-09-18',
              chair: '钱八',
            }),
        ),
      ).result,
    ).toBe('不符合');
    expect(check('JL-3', caseWith()).result).toBe('不适用');
  });
});
