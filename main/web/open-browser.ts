import { spawn } from 'node:child_process';

/** Opens the user's default browser; failures are reported, never fatal (the URL is printed anyway). */
export function openBrowser(url: string): void {
  const [command, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    child.on('error', () => console.error('无法自动打开浏览器，请手动打开上面的链接。'));
    child.unref();
  } catch {
    console.error('无法自动打开浏览器，请手动打开上面的链接。');
  }
}
