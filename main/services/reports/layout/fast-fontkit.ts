import fontkit from '@cantoo/fontkit';

interface Glyph {
  id: number;
  advanceWidth: number;
}
interface LayoutFont {
  glyphForCodePoint(codePoint: number): Glyph;
  layout(text: string, features?: unknown): { glyphs: Glyph[]; positions: unknown[] };
}

const parsed = new WeakMap<Uint8Array, LayoutFont>();

/**
 * The fontkit that pdf-lib is given for reports. Two measured costs go away:
 * parsing the 10 MB font for every document (the parsed font is shared; each
 * document still builds its own subset from it), and fontkit's full OpenType
 * shaping on every drawn line, which took most of the layout time. Report text
 * is horizontal Chinese with Latin digits: one glyph per code point, default
 * advances — the same glyphs shaping picks for it (no ligatures are wanted in
 * official paperwork). Verified by rendering with system fonts hidden.
 */
export const reportFontkit = {
  create(data: Uint8Array, postscriptName?: string): LayoutFont {
    let font = parsed.get(data);
    if (!font) {
      font = (postscriptName === undefined
        ? fontkit.create(data as Buffer)
        : fontkit.create(data as Buffer, postscriptName)) as unknown as LayoutFont;
      const glyphs = new Map<number, Glyph>();
      const glyphFor = (cp: number) => {
        let g = glyphs.get(cp);
        if (!g) {
          g = font!.glyphForCodePoint(cp);
          glyphs.set(cp, g);
        }
        return g;
      };
      font.layout = (text: string) => {
        const out: Glyph[] = [];
        for (const c of text) out.push(glyphFor(c.codePointAt(0)!));
        return {
          glyphs: out,
          positions: out.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 })),
        };
      };
      parsed.set(data, font);
    }
    return font;
  },
};
