import { describe, expect, it } from 'vitest';
import {
  MAX_BASE_LENGTH,
  opinionFileName,
  sanitizeFileBase,
  uniqueFileName,
} from '../../../main/services/reports/file-name';

describe('report file names', () => {
  it('builds <文号>_<案件名称>_评查意见书.pdf', () => {
    expect(opinionFileName('城管罚决字〔2024〕第18号', '张某某占道经营案')).toBe(
      '城管罚决字〔2024〕第18号_张某某占道经营案_评查意见书.pdf',
    );
    expect(opinionFileName('', '张某某案')).toBe('张某某案_评查意见书.pdf');
  });

  it('replaces characters Windows forbids and trims trailing dots and spaces', () => {
    expect(sanitizeFileBase('罚字/2024\\1:2*3?"<>|号. . ')).toBe('罚字_2024_1_2_3_____号');
    expect(sanitizeFileBase('a\u0001b\tc  d')).toBe('a_b_c d');
    expect(sanitizeFileBase('...')).toBe('未命名');
  });

  it('never produces a Windows device name', () => {
    expect(sanitizeFileBase('CON')).toBe('_CON');
    expect(sanitizeFileBase('nul.txt')).toBe('_nul.txt');
    expect(sanitizeFileBase('com1')).toBe('_com1');
    expect(sanitizeFileBase('CONSOLE')).toBe('CONSOLE');
  });

  it('bounds the length', () => {
    const name = opinionFileName('文'.repeat(80), '案'.repeat(200));
    expect([...name.replace(/\.pdf$/, '')].length).toBeLessThanOrEqual(MAX_BASE_LENGTH);
    expect(name.endsWith('.pdf')).toBe(true);
  });

  it('numbers duplicates instead of overwriting, ignoring case', () => {
    const taken = new Set(['a.pdf', 'a (2).pdf']);
    expect(uniqueFileName('A.pdf', taken)).toBe('A (3).pdf');
    expect(uniqueFileName('b.pdf', taken)).toBe('b.pdf');
  });
});
