import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { DOCX_STYLE_MAP } from '../../../main/services/documents/docx/docx-style-map';
import { extractDocx } from '../../../main/services/documents/docx/extract-docx';
import { inspectZip, ZipInspectionError } from '../../../main/services/documents/docx/zip-inspect';
import { buildDocx, buildZip } from './fixtures/build-zip';

const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('DOCX_STYLE_MAP', () => {
  it('is understood by mammoth (a bad line would only be a warning and silently ignored)', async () => {
    const result = await mammoth.convertToHtml(
      { buffer: await buildDocx([{ text: 'x' }]) },
      { styleMap: [...DOCX_STYLE_MAP] },
    );
    expect(result.messages.filter((m) => /style mapping/i.test(m.message))).toEqual([]);
  });
});

describe('extractDocx', () => {
  it('extracts normalised text as one page and styled HTML', async () => {
    const docx = await buildDocx([
      { text: '行政处罚决定书', style: 'Title' },
      { text: '一、违法事实', style: 'heading 1' },
      { text: '当事人：张 三', underline: true },
    ]);
    const result = await extractDocx(docx, { fileName: '决定书.docx' });
    expect(result.pageCount).toBe(1);
    expect(result.pages).toHaveLength(1);
    expect(result.pages[0]?.text).toContain('行政处罚决定书');
    expect(result.pages[0]?.text).toContain('当事人：张三');
    expect(result.textStatus).toBe('ok');
    expect(result.html).toContain('<h1 class="doc-title">行政处罚决定书</h1>');
    expect(result.html).toContain('<h2>一、违法事实</h2>');
    expect(result.html).toContain('<u>当事人：张 三</u>');
  });

  it('reads title, author and creation time from the core properties, when present', async () => {
    const core =
      '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      '<dc:title>行政处罚决定书 &amp; 送达回证</dc:title><dc:creator>城管执法&#x5927;队</dc:creator>' +
      '<dcterms:created xsi:type="dcterms:W3CDTF">2024-09-01T08:30:00Z</dcterms:created></cp:coreProperties>';
    const withCore = await buildDocx([{ text: '正文' }], [{ name: 'docProps/core.xml', data: core }]);
    expect(await extractDocx(withCore, { fileName: 'm.docx' })).toMatchObject({
      title: '行政处罚决定书 & 送达回证',
      author: '城管执法大队',
      created: '2024-09-01T08:30:00.000Z',
    });
    const without = await extractDocx(await buildDocx([{ text: '正文' }]), { fileName: 'n.docx' });
    expect(without).toMatchObject({ title: null, author: null, created: null });
  });

  it('renders header rows (w:tblHeader) as table headings', async () => {
    const table =
      '<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>内容</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
    const result = await extractDocx(await buildDocx([], [], table), { fileName: 't.docx' });
    expect(result.html).toContain('<th><p>项目</p></th>');
    expect(result.html).toContain('<td><p>内容</p></td>');
  });

  it('inlines embedded images only and never reads linked (external) ones', async () => {
    const drawing = (embedOrLink: string) =>
      `<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="p"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip ${embedOrLink}/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
    const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/a.png"/><Relationship Id="rExt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file:///etc/passwd" TargetMode="External"/></Relationships>`;
    const docx = await buildDocx(
      [{ text: '现场照片' }],
      [
        { name: 'word/media/a.png', data: PNG_1X1, store: true }, // a stored (not deflated) part
        { name: 'word/_rels/document.xml.rels', data: rels },
      ],
      drawing('r:embed="rImg"') + drawing('r:link="rExt"'),
    );
    const result = await extractDocx(docx, { fileName: '照片.docx' });
    expect(result.html).toContain(`src="data:image/png;base64,${PNG_1X1.toString('base64')}"`);
    expect(result.html).not.toContain('passwd');
    expect(result.html).not.toContain('root:');
  });

  it('leaves link sanitizing to the renderer: a javascript: href is passed through, not executed', async () => {
    // Contract with the renderer: `html` is untrusted and must go through DOMPurify before display.
    const link = '<w:p><w:hyperlink r:id="rIdLink"><w:r><w:t>点击</w:t></w:r></w:hyperlink></w:p>';
    const result = await extractDocx(await buildDocx([], [], link), { fileName: 'l.docx' });
    expect(result.html).toContain('href="javascript:alert(1)"');
    expect(result.pages[0]?.text).toBe('点击');
  });

  it('refuses a zip bomb before mammoth runs (E_TOO_LARGE)', async () => {
    const docx = await buildDocx(
      [{ text: 'x' }],
      [{ name: 'word/media/bomb.bin', data: Buffer.alloc(20 * 1024 * 1024) }],
    );
    await expect(extractDocx(docx, { fileName: '炸弹.docx' })).rejects.toMatchObject({
      code: 'E_TOO_LARGE',
      message: expect.stringContaining('炸弹.docx'),
    });
  });

  it('enforces the total uncompressed size limit while inflating', async () => {
    const docx = await buildDocx(
      [{ text: 'x' }],
      [{ name: 'word/media/big.bin', data: Buffer.alloc(300 * 1024), store: true }],
    );
    const limits = {
      maxEntries: 100,
      maxTotalUncompressed: 100 * 1024,
      maxRatio: 1000,
      ratioFloorBytes: 1024 * 1024,
    };
    await expect(extractDocx(docx, { fileName: 'a.docx', zipLimits: limits })).rejects.toMatchObject({
      code: 'E_TOO_LARGE',
    });
  });

  it('refuses a part that inflates beyond the size its directory declares, without inflating the rest', async () => {
    const docx = await buildDocx(
      [{ text: '正文' }],
      [{ name: 'word/media/liar.bin', data: Buffer.alloc(200 * 1024) }],
    );
    declareUncompressedSize(docx, 'word/media/liar.bin', 1000);
    await expect(extractDocx(docx, { fileName: '篡改.docx' })).rejects.toMatchObject({
      code: 'E_TOO_LARGE',
      message: expect.stringContaining('比文件目录中声明的更大'),
      details: { entry: 'word/media/liar.bin', declared: 1000 },
    });
  });

  it('limits the size of XML parts (mammoth parses them into a DOM)', async () => {
    const docx = await buildDocx([{ text: 'x'.repeat(4096) }]);
    const limits = {
      maxEntries: 100,
      maxTotalUncompressed: 1e9,
      maxRatio: 1e6,
      ratioFloorBytes: 1e9,
      maxXmlPartBytes: 2048,
    };
    await expect(extractDocx(docx, { fileName: '长.docx', zipLimits: limits })).rejects.toMatchObject({
      code: 'E_TOO_LARGE',
      details: { reason: 'docx-xml-too-large', entry: 'word/document.xml' },
    });
  });

  it('refuses too many entries', async () => {
    const entries = Array.from({ length: 30 }, (_, i) => ({ name: `word/p${i}.xml`, data: '<x/>' }));
    const zip = await buildZip(entries);
    const limits = { maxEntries: 10, maxTotalUncompressed: 1e9, maxRatio: 1000, ratioFloorBytes: 1e6 };
    await expect(inspectZip(zip, { limits })).rejects.toBeInstanceOf(ZipInspectionError);
  });

  it('maps a package without a readable main part to E_CORRUPT_FILE', async () => {
    const docx = await buildZip([
      {
        name: '[Content_Types].xml',
        data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      },
      { name: 'word/document.xml', data: '<w:document' },
    ]);
    await expect(extractDocx(docx, { fileName: '坏.docx' })).rejects.toMatchObject({
      code: 'E_CORRUPT_FILE',
      message: expect.stringContaining('坏.docx'),
    });
  });

  it('reports a DOCX without text as needing OCR', async () => {
    const result = await extractDocx(await buildDocx([]), { fileName: 'empty.docx' });
    expect(result.textStatus).toBe('none');
    expect(result.pages[0]?.hasText).toBe(false);
  });
});

/** Rewrites the uncompressed size an entry declares, in its local header and its directory record. */
function declareUncompressedSize(zip: Buffer, name: string, size: number) {
  const nameBytes = Buffer.from(name);
  for (const [signature, nameAt, sizeAt] of [
    [0x04034b50, 30, 22],
    [0x02014b50, 46, 24],
  ] as const) {
    let found = false;
    for (let at = 0; at < zip.length - nameAt; at++) {
      if (zip.readUInt32LE(at) !== signature) continue;
      if (!zip.subarray(at + nameAt, at + nameAt + nameBytes.length).equals(nameBytes)) continue;
      zip.writeUInt32LE(size, at + sizeAt);
      found = true;
    }
    if (!found) throw new Error(`no ${signature.toString(16)} record for ${name}`);
  }
}
