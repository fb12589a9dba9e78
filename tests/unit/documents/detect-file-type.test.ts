import { describe, expect, it } from 'vitest';
import { detectFileType } from '../../../main/services/documents/detect/detect-file-type';
import { refusalFor } from '../../../main/services/documents/detect/unsupported-file-error';
import { sniffMagic } from '../../../main/services/documents/detect/sniff-magic';
import { readCfbStreamNames } from '../../../main/services/documents/detect/cfb-stream-names';
import { buildDocx, buildZip } from './fixtures/build-zip';
import { buildPdf } from './fixtures/build-pdf';
import { buildCfb } from './fixtures/build-cfb';

const bytes = (...values: number[]) => Buffer.from(values);
const withTail = (head: Buffer) => Buffer.concat([head, Buffer.alloc(64)]);

describe('sniffMagic', () => {
  it.each([
    ['jpeg', bytes(0xff, 0xd8, 0xff, 0xe0)],
    ['png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)],
    ['tiff', bytes(0x49, 0x49, 0x2a, 0x00)],
    ['tiff', bytes(0x4d, 0x4d, 0x00, 0x2a)],
    ['mp4', Buffer.concat([bytes(0, 0, 0, 0x20), Buffer.from('ftypisom')])],
    ['webm', bytes(0x1a, 0x45, 0xdf, 0xa3)],
    ['mp3', Buffer.from('ID3\u0004')],
    ['mp3', bytes(0xff, 0xfb, 0x90, 0x64)],
    ['wav', Buffer.concat([Buffer.from('RIFF'), bytes(0, 0, 0, 0), Buffer.from('WAVEfmt ')])],
    ['pdf', Buffer.from('%PDF-1.7\n')],
    ['pdf', Buffer.from('junk before header %PDF-1.4\n')],
    ['zip', bytes(0x50, 0x4b, 0x03, 0x04)],
    ['zip', bytes(0x50, 0x4b, 0x05, 0x06)],
    ['ole2', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)],
    ['rtf', Buffer.from('{\\rtf1\\ansi')],
    ['empty', Buffer.alloc(0)],
    ['unknown', Buffer.from('hello world')],
  ])('recognises %s', (kind, head) => {
    expect(sniffMagic(withTail(head).subarray(0, head.length === 0 ? 0 : undefined))).toBe(kind);
  });
});

describe('detectFileType', () => {
  it('detects a DOCX by its content even when it is named .doc, with an extension warning', async () => {
    const docx = await buildDocx([{ text: '行政处罚决定书' }]);
    const detection = await detectFileType(docx, '决定书.doc');
    expect(detection.kind).toBe('docx');
    expect(detection.route).toBe('docx');
    expect(detection.extensionWarning).toContain('决定书.doc');
    expect(detection.extensionWarning).toContain('.doc');
  });

  it('gives no warning when extension and content agree', async () => {
    const pdf = await buildPdf({ pages: ['hello'] });
    const detection = await detectFileType(pdf, 'a.PDF');
    expect(detection).toMatchObject({ kind: 'pdf', route: 'pdf', extensionWarning: null });
  });

  it('tells other OOXML, OFD and plain ZIP apart from DOCX', async () => {
    const xlsx = await buildZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<workbook/>' },
    ]);
    const ofd = await buildZip([{ name: 'OFD.xml', data: '<ofd:OFD/>' }]);
    const zip = await buildZip([{ name: 'readme.txt', data: 'hi' }]);
    expect((await detectFileType(xlsx, 'a.xlsx')).kind).toBe('ooxml-other');
    expect((await detectFileType(ofd, 'a.ofd')).kind).toBe('ofd');
    expect((await detectFileType(zip, 'a.docx')).kind).toBe('zip');
  });

  it('reports a truncated ZIP as damaged (E_CORRUPT_FILE)', async () => {
    const docx = await buildDocx([{ text: 'x' }]);
    const truncated = docx.subarray(0, Math.floor(docx.length / 2));
    const detection = await detectFileType(truncated, '笔录.docx');
    expect(detection.kind).toBe('zip-damaged');
    expect(refusalFor(detection, '笔录.docx')?.code).toBe('E_CORRUPT_FILE');
  });

  it('tells legacy Word, WPS and encrypted OOXML apart by OLE2 stream names', async () => {
    const doc = buildCfb(['WordDocument', '1Table', 'Data']);
    const wps = buildCfb(['WordDocument', '0Table', 'WpsCustomData']);
    const encrypted = buildCfb(['EncryptionInfo', 'EncryptedPackage']);
    const xls = buildCfb(['Workbook']);
    expect(readCfbStreamNames(doc)).toEqual(['Root Entry', 'WordDocument', '1Table', 'Data']);
    expect((await detectFileType(doc, 'a.doc')).kind).toBe('doc');
    expect((await detectFileType(wps, 'a.doc')).kind).toBe('wps');
    expect((await detectFileType(encrypted, 'a.docx')).kind).toBe('office-encrypted');
    expect((await detectFileType(xls, 'a.xls')).kind).toBe('ole-other');
  });

  it('does not crash on a damaged OLE2 header', async () => {
    const broken = Buffer.concat([
      bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
      Buffer.alloc(600, 0xff),
    ]);
    expect((await detectFileType(broken, 'x.doc')).kind).toBe('ole-other');
  });

  it('detects zero-byte files and Word owner lock files', async () => {
    expect((await detectFileType(Buffer.alloc(0), 'a.docx')).kind).toBe('empty');
    const owner = Buffer.alloc(162);
    owner[0] = 4;
    owner.write('askj', 1, 'latin1');
    owner.writeUInt16LE(4, 54);
    owner.write('askj', 56, 'utf16le');
    expect((await detectFileType(owner, 'report.docx')).kind).toBe('office-lockfile');
    expect((await detectFileType(Buffer.from('tiny'), '~$report.docx')).kind).toBe('office-lockfile');
  });

  it('routes images and audio/video to storage without text', async () => {
    expect((await detectFileType(withTail(bytes(0xff, 0xd8, 0xff, 0xe0)), '照片.jpg')).route).toBe('image');
    const mp4 = withTail(Buffer.concat([bytes(0, 0, 0, 0x20), Buffer.from('ftypisom')]));
    expect((await detectFileType(mp4, '执法记录仪.mp4')).route).toBe('media');
  });
});

describe('refusalFor', () => {
  it.each([
    ['doc', buildCfb(['WordDocument', '1Table']), 'E_UNSUPPORTED_FILE', '.doc'],
    ['wps', buildCfb(['WordDocument', 'WpsCustomData']), 'E_UNSUPPORTED_FILE', '.wps'],
    ['encrypted', buildCfb(['EncryptedPackage']), 'E_ENCRYPTED', '密码'],
    ['empty', Buffer.alloc(0), 'E_CORRUPT_FILE', '空'],
    ['unknown', Buffer.from('plain text, not a document'), 'E_UNSUPPORTED_FILE', '无法识别'],
  ])('%s: names the file, the format and the way forward', async (_label, content, code, fragment) => {
    const detection = await detectFileType(content, '询问笔录.doc');
    const error = refusalFor(detection, '询问笔录.doc');
    expect(error?.code).toBe(code);
    expect(error?.message).toContain('询问笔录.doc');
    expect(error?.message).toContain(fragment);
  });

  it('accepts importable kinds', async () => {
    const pdf = await buildPdf({ pages: ['x'] });
    expect(refusalFor(await detectFileType(pdf, 'a.pdf'), 'a.pdf')).toBeNull();
  });
});
