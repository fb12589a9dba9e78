import { metadataString } from '../pdf/pdf-metadata';

/** Title, author and creation time of a DOCX, from its OPC core properties part. */
export interface CoreProperties {
  title: string | null;
  author: string | null;
  created: string | null;
}

const CORE_PART = 'docProps/core.xml';
const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const decodeXmlText = (text: string) =>
  text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/giu, (whole, hex?: string, dec?: string, name?: string) => {
    if (hex || dec) {
      const code = Number.parseInt(hex ?? dec!, hex ? 16 : 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return XML_ENTITIES[name!] ?? whole;
  });

/** The text of the first element with this local name (any namespace prefix), or null. */
function element(xml: string, localName: string): string | null {
  const match = new RegExp(
    `<(?:[\\w.-]+:)?${localName}\\b[^>]*>([^<]*)</(?:[\\w.-]+:)?${localName}>`,
    'u',
  ).exec(xml);
  return match ? metadataString(decodeXmlText(match[1]!)) : null;
}

/**
 * Reads dc:title, dc:creator and dcterms:created. The part is a flat list of simple
 * text elements (ECMA-376 Part 2, §11), so a pattern per element is enough; anything
 * unexpected simply yields null. Parts above 64 KB are not real core properties.
 */
export function readCoreProperties(parts: ReadonlyMap<string, Uint8Array>): CoreProperties {
  const data = parts.get(CORE_PART);
  if (!data || data.length > 64 * 1024) return { title: null, author: null, created: null };
  const xml = new TextDecoder().decode(data);
  const created = element(xml, 'created');
  const time = created ? Date.parse(created) : Number.NaN;
  return {
    title: element(xml, 'title'),
    author: element(xml, 'creator'),
    created: Number.isNaN(time) ? null : new Date(time).toISOString(),
  };
}
