/**
 * The closed set of error codes. Adding one is a contract change: document it
 * in README.md ("错误代码") as well.
 */
export const ERROR_CODES = {
  E_INVALID_ARGS: '参数无效',
  E_UNKNOWN_METHOD: '未知的接口方法',
  E_NOT_FOUND: '未找到',
  E_CONFLICT: '数据冲突',
  E_LOCKED: '已锁定，不能修改',
  E_UNSUPPORTED_FILE: '不支持的文件格式',
  E_CORRUPT_FILE: '文件已损坏',
  E_ENCRYPTED: '文件已加密',
  E_TOO_LARGE: '文件或数据过大',
  E_CANCELLED: '操作已取消',
  E_DB_CORRUPT: '数据库损坏',
  E_DB_TOO_NEW: '数据库版本高于本程序',
  E_UNAUTHORIZED: '未授权',
  E_INTERNAL: '内部错误',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
