/** The default limit for one imported file (issue: "files over a configurable size limit (default 500 MB)"). */
export const DEFAULT_MAX_FILE_MB = 500;
const MAX_CONFIGURABLE_MB = 100 * 1024;

/**
 * The per-file import limit in bytes: `PINGCHA_MAX_FILE_MB` (whole megabytes,
 * 1–102400) or 500 MB. A value that is not such a number is reported on stderr and
 * ignored, so a typo in a deployment script never stops the app from starting.
 */
export function resolveMaxFileBytes(
  env: NodeJS.ProcessEnv = process.env,
  warn: (message: string) => void = (message) => console.warn(message),
): number {
  const raw = env.PINGCHA_MAX_FILE_MB?.trim();
  if (raw) {
    const mb = Number(raw);
    if (Number.isInteger(mb) && mb >= 1 && mb <= MAX_CONFIGURABLE_MB) return mb * 1024 * 1024;
    warn(
      `PINGCHA_MAX_FILE_MB=${raw.slice(0, 20)} 无效（应为 1–${MAX_CONFIGURABLE_MB} 之间的整数，单位 MB），使用默认值 ${DEFAULT_MAX_FILE_MB} MB。`,
    );
  }
  return DEFAULT_MAX_FILE_MB * 1024 * 1024;
}
