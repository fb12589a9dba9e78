import DOMPurify from 'dompurify';

/**
 * mammoth does not sanitize: a DOCX can carry javascript: links, remote images
 * and odd markup. Only inline content survives: no scripts, no event handlers,
 * no URLs except in-document anchors and embedded data: images.
 */
export function sanitizeDocxHtml(html: string): string {
  // Fail closed: without a working DOM, DOMPurify would hand the input back untouched.
  if (!DOMPurify.isSupported) throw new Error('DOMPurify is not supported here: the document is not shown.');
  const clean = DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: [
      'style',
      'form',
      'input',
      'button',
      'iframe',
      'object',
      'embed',
      'link',
      'meta',
      'base',
      'svg',
      'math',
    ],
    FORBID_ATTR: ['style', 'srcset'],
    ALLOWED_URI_REGEXP: /^(?:#|data:image\/(?:png|jpe?g|gif|bmp|webp);base64,)/i,
    RETURN_TRUSTED_TYPE: false,
  });
  return clean;
}
