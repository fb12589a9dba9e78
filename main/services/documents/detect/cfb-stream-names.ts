/**
 * Minimal reader for the directory of an OLE2 / Compound File Binary container
 * ([MS-CFB]). We only need the stream names to tell legacy Word (.doc), Kingsoft
 * WPS (.wps), encrypted OOXML (`EncryptedPackage`) and other OLE2 files apart;
 * no stream content is read. Every offset is bounds-checked: a damaged header
 * yields `null`, never an exception or an endless loop.
 */

const END_OF_CHAIN = 0xfffffffa; // values >= this are special markers (ENDOFCHAIN, FREESECT, ...)
const HEADER_DIFAT_ENTRIES = 109;
const MAX_DIRECTORY_SECTORS = 4096;

export function readCfbStreamNames(bytes: Uint8Array): string[] | null {
  if (bytes.length < 512) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(30, true);
  if (sectorShift !== 9 && sectorShift !== 12) return null;
  const sectorSize = 1 << sectorShift;
  const sectorOffset = (sector: number): number => (sector + 1) * sectorSize;

  // FAT sectors listed in the header DIFAT; enough for files up to ~7 MB (512-byte sectors)
  // or far more with 4 KiB sectors. Larger files fall back to "unknown OLE2", which is fine here.
  const fatSectorCount = view.getUint32(44, true);
  const fat: number[] = [];
  for (let i = 0; i < Math.min(fatSectorCount, HEADER_DIFAT_ENTRIES); i++) {
    const fatSector = view.getUint32(76 + i * 4, true);
    if (fatSector >= END_OF_CHAIN) break;
    const start = sectorOffset(fatSector);
    if (start + sectorSize > bytes.length) return null;
    for (let j = 0; j < sectorSize; j += 4) fat.push(view.getUint32(start + j, true));
  }

  const names: string[] = [];
  const seen = new Set<number>();
  let sector = view.getUint32(48, true);
  while (sector < END_OF_CHAIN && !seen.has(sector) && seen.size < MAX_DIRECTORY_SECTORS) {
    seen.add(sector);
    const start = sectorOffset(sector);
    if (start + sectorSize > bytes.length) return names.length > 0 ? names : null;
    for (let entry = start; entry < start + sectorSize; entry += 128) {
      const nameLength = view.getUint16(entry + 64, true);
      if (nameLength < 2 || nameLength > 64) continue;
      let name = '';
      for (let k = 0; k < nameLength - 2; k += 2)
        name += String.fromCharCode(view.getUint16(entry + k, true));
      names.push(name);
    }
    sector = fat[sector] ?? END_OF_CHAIN;
  }
  return names;
}
