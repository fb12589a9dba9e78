/**
 * Mammoth's own input for an already opened package: the object its `unzip.openZip`
 * returns for `{ buffer }` and accepts as `{ file }` (mammoth 1.x, lib/unzip.js and
 * lib/zipfile.js). Reading from parts we inflated once, within our limits, spares
 * mammoth a second and third unbounded unzip. Pinned by the lockfile; the DOCX
 * tests run through it, so a change in mammoth fails them rather than misreads.
 */
export interface MammothZipFile {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<Uint8Array | string>;
}

/**
 * Serves mammoth from the inflated parts. Decoded text is kept per part: the raw-text
 * and the HTML pass both read word/document.xml, and decoding megabytes of Chinese
 * UTF-8 is a measurable share of an import.
 */
export function mammothInput(parts: ReadonlyMap<string, Uint8Array>): { file: MammothZipFile } {
  const decoded = new Map<string, string>();
  const decode = (name: string, data: Uint8Array, encoding: string): string => {
    const key = `${encoding}:${name}`;
    let text = decoded.get(key);
    if (text === undefined) {
      text =
        encoding === 'base64' ? Buffer.from(data).toString('base64') : new TextDecoder(encoding).decode(data);
      decoded.set(key, text);
    }
    return text;
  };
  return {
    file: {
      exists: (name) => parts.has(name),
      read: (name, encoding) => {
        const data = parts.get(name);
        if (!data) return Promise.reject(new Error(`part not found: ${name}`));
        return Promise.resolve(encoding ? decode(name, data, encoding) : data);
      },
    },
  };
}
