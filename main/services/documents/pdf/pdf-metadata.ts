import { normalizeText } from '../normalize-text';

/** Metadata values are arbitrary PDF objects; only non-empty strings are kept. */
export function metadataString(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = normalizeText(value).replace(/\s+/g, ' ').trim();
  return text.length > 0 ? text : null;
}

/** Parses a PDF date (`D:YYYYMMDDHHmmSSOHH'mm'`, ISO 32000-1 §7.9.4) to ISO-8601 UTC, or null. */
export function pdfDateToIso(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?(\d{2})?'?/.exec(
    value.trim(),
  );
  if (!match) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', sign, oh = '00', om = '00'] = match;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (Number.isNaN(utc)) return null;
  const offsetMinutes =
    sign === '+' || sign === '-' ? (Number(oh) * 60 + Number(om)) * (sign === '+' ? 1 : -1) : 0;
  const date = new Date(utc - offsetMinutes * 60_000);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
