/**
 * Mammoth style map for the document viewer. The default map drops the Title
 * style, underline and table header rows (see platform notes); underline
 * matters in Chinese forms, where filled-in values are often underlined.
 * Chinese Word/WPS builds name the built-in styles in Chinese; both names are mapped.
 */
export const DOCX_STYLE_MAP: readonly string[] = [
  "p[style-name='Title'] => h1.doc-title:fresh",
  "p[style-name='标题'] => h1.doc-title:fresh",
  "p[style-name='Subtitle'] => p.doc-subtitle:fresh",
  "p[style-name='副标题'] => p.doc-subtitle:fresh",
  "p[style-name='heading 1'] => h2:fresh",
  "p[style-name='heading 2'] => h3:fresh",
  "p[style-name='heading 3'] => h4:fresh",
  "p[style-name='heading 4'] => h5:fresh",
  "p[style-name='标题 1'] => h2:fresh",
  "p[style-name='标题 2'] => h3:fresh",
  "p[style-name='标题 3'] => h4:fresh",
  "p[style-name='标题 4'] => h5:fresh",
  'u => u',
  'strike => s',
  "r[style-name='Strong'] => strong",
  // Rows marked "repeat as header row" (w:tblHeader) already become <thead><th>; table-heading
  // paragraph styles (LibreOffice, WPS) are kept visible instead of being flattened to <p>.
  "p[style-name='Table Heading'] => p.table-heading:fresh",
  "p[style-name='表格标题'] => p.table-heading:fresh",
  "p[style-name='table of figures'] => p.table-caption:fresh",
  "p[style-name='caption'] => p.caption:fresh",
  "p[style-name='题注'] => p.caption:fresh",
];
