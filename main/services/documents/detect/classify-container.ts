import type { FileKind } from './file-kind';

/** Tells OOXML flavours, OFD and ODF apart from the entry names of a ZIP. */
export function kindFromZipEntries(names: readonly string[]): FileKind {
  const set = new Set(names);
  const hasContentTypes = set.has('[Content_Types].xml');
  // The main part is normally word/document.xml but may live elsewhere (located via _rels/.rels,
  // e.g. word/document2.xml); any word/*.xml part in an OPC package is a Word document.
  if (hasContentTypes && names.some((n) => n.startsWith('word/') && n.endsWith('.xml'))) return 'docx';
  if (hasContentTypes && names.some((n) => n.startsWith('xl/') || n.startsWith('ppt/'))) return 'ooxml-other';
  if (set.has('OFD.xml')) return 'ofd';
  if (set.has('mimetype') && set.has('content.xml')) return 'odf';
  return 'zip';
}

/**
 * Tells OLE2 files apart by their stream names. Kingsoft WPS writes Word-binary
 * streams plus its own `WpsCustomData`; encrypted OOXML is an OLE2 container with
 * `EncryptedPackage` + `EncryptionInfo` ([MS-OFFCRYPTO] 2.3.4).
 */
export function kindFromCfbStreams(names: readonly string[] | null, extension: string | null): FileKind {
  if (!names) return 'ole-other';
  const set = new Set(names);
  if (set.has('EncryptedPackage')) return 'office-encrypted';
  if (set.has('WordDocument')) {
    if (set.has('WpsCustomData') || extension === 'wps' || extension === 'wpt') return 'wps';
    return 'doc';
  }
  return 'ole-other';
}
