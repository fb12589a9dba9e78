import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Raster {
  width: number;
  height: number;
  /** RGB of the pixel at (x, y), origin top-left. */
  at(x: number, y: number): [number, number, number];
}

/**
 * Renders one page with poppler's pdftoppm (what many viewers and printers do:
 * annotations are drawn from their /AP appearance streams) and returns the pixels.
 * `dpi` 72 makes one pixel one PDF point.
 */
export function renderPage(pdf: Uint8Array, pageIndex: number, dpi = 72): Raster {
  const dir = mkdtempSync(join(tmpdir(), 'pingcha-render-'));
  try {
    const input = join(dir, 'in.pdf');
    writeFileSync(input, pdf);
    const page = String(pageIndex + 1);
    execFileSync('pdftoppm', [
      '-f',
      page,
      '-l',
      page,
      '-r',
      String(dpi),
      '-singlefile',
      input,
      join(dir, 'out'),
    ]);
    const ppm = readFileSync(join(dir, 'out.ppm'));
    // P6 header: "P6\n<w> <h>\n255\n" followed by RGB bytes.
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
    if (!header) throw new Error('pdftoppm did not write a PPM image');
    const width = Number(header[1]);
    const height = Number(header[2]);
    const offset = header[0].length;
    return {
      width,
      height,
      at: (x, y) => {
        const i = offset + (Math.round(y) * width + Math.round(x)) * 3;
        return [ppm[i]!, ppm[i + 1]!, ppm[i + 2]!];
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
