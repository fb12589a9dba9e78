/** What the content of a file is, decided from its bytes (never from the extension). */
export type FileKind =
  | 'pdf'
  | 'docx'
  | 'ooxml-other'
  | 'ofd'
  | 'odf'
  | 'zip'
  | 'zip-damaged'
  | 'doc'
  | 'wps'
  | 'office-encrypted'
  | 'ole-other'
  | 'rtf'
  | 'jpeg'
  | 'png'
  | 'tiff'
  | 'mp4'
  | 'webm'
  | 'mp3'
  | 'wav'
  | 'office-lockfile'
  | 'empty'
  | 'unknown';

/** How the importer handles a kind: extract text, store without text, or refuse. */
export type ImportRoute = 'pdf' | 'docx' | 'image' | 'media' | 'refuse';

export interface FileKindInfo {
  label: string;
  route: ImportRoute;
  /** Extensions that are normal for this content (lower case, without dot). */
  extensions: readonly string[];
  mime: string;
}

export const FILE_KINDS: Readonly<Record<FileKind, FileKindInfo>> = {
  pdf: { label: 'PDF 文档', route: 'pdf', extensions: ['pdf'], mime: 'application/pdf' },
  docx: {
    label: 'Word 文档（DOCX）',
    route: 'docx',
    extensions: ['docx', 'docm', 'dotx'],
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  'ooxml-other': {
    label: 'Excel/PowerPoint 文档（OOXML）',
    route: 'refuse',
    extensions: ['xlsx', 'pptx', 'xlsm'],
    mime: 'application/zip',
  },
  ofd: { label: 'OFD 版式文档', route: 'refuse', extensions: ['ofd'], mime: 'application/ofd' },
  odf: {
    label: 'OpenDocument 文档',
    route: 'refuse',
    extensions: ['odt', 'ods', 'odp'],
    mime: 'application/vnd.oasis.opendocument',
  },
  zip: { label: 'ZIP 压缩包', route: 'refuse', extensions: ['zip'], mime: 'application/zip' },
  'zip-damaged': {
    label: '已损坏的 ZIP/DOCX 文件',
    route: 'refuse',
    extensions: [],
    mime: 'application/zip',
  },
  doc: {
    label: '旧版 Word 二进制文档（.doc）',
    route: 'refuse',
    extensions: ['doc', 'dot'],
    mime: 'application/msword',
  },
  wps: {
    label: 'WPS 文字旧版文档（.wps）',
    route: 'refuse',
    extensions: ['wps', 'wpt'],
    mime: 'application/vnd.ms-works',
  },
  'office-encrypted': {
    label: '设置了打开密码的 Office 文档',
    route: 'refuse',
    extensions: ['docx', 'xlsx', 'pptx'],
    mime: 'application/x-cfb',
  },
  'ole-other': {
    label: '旧版 Office 二进制文档（Excel/PowerPoint 等）',
    route: 'refuse',
    extensions: ['xls', 'ppt', 'et', 'dps'],
    mime: 'application/x-cfb',
  },
  rtf: { label: 'RTF 文档', route: 'refuse', extensions: ['rtf'], mime: 'application/rtf' },
  jpeg: { label: 'JPEG 图片', route: 'image', extensions: ['jpg', 'jpeg', 'jpe'], mime: 'image/jpeg' },
  png: { label: 'PNG 图片', route: 'image', extensions: ['png'], mime: 'image/png' },
  tiff: { label: 'TIFF 图片', route: 'image', extensions: ['tif', 'tiff'], mime: 'image/tiff' },
  mp4: { label: 'MP4 视频', route: 'media', extensions: ['mp4', 'm4v', 'mov', 'm4a'], mime: 'video/mp4' },
  webm: { label: 'WebM 视频', route: 'media', extensions: ['webm', 'mkv'], mime: 'video/webm' },
  mp3: { label: 'MP3 音频', route: 'media', extensions: ['mp3'], mime: 'audio/mpeg' },
  wav: { label: 'WAV 音频', route: 'media', extensions: ['wav'], mime: 'audio/wav' },
  'office-lockfile': {
    label: 'Word/WPS 临时锁定文件',
    route: 'refuse',
    extensions: [],
    mime: 'application/octet-stream',
  },
  empty: { label: '空文件', route: 'refuse', extensions: [], mime: 'application/octet-stream' },
  unknown: { label: '无法识别的文件', route: 'refuse', extensions: [], mime: 'application/octet-stream' },
};
