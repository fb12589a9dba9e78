import type { StandardItem } from './item';
import type { StandardSection } from './section';
import type { Standard } from './standard';

export interface ItemLocation {
  item: StandardItem;
  /** Sections from the top-level one down to the direct parent. */
  sections: StandardSection[];
  /** JSON path of the item inside the standard, for error reporting. */
  path: Array<string | number>;
}

/** Depth-first, document order: a section's own items before its sub-sections. */
export function listItems(standard: Pick<Standard, 'sections'>): ItemLocation[] {
  const out: ItemLocation[] = [];
  const visit = (section: StandardSection, chain: StandardSection[], path: Array<string | number>): void => {
    const nextChain = [...chain, section];
    section.items.forEach((item, i) => out.push({ item, sections: nextChain, path: [...path, 'items', i] }));
    section.sections.forEach((child, i) => visit(child, nextChain, [...path, 'sections', i]));
  };
  standard.sections.forEach((s, i) => visit(s, [], ['sections', i]));
  return out;
}

export interface SectionLocation {
  section: StandardSection;
  depth: number;
  path: Array<string | number>;
}

export function listSections(standard: Pick<Standard, 'sections'>): SectionLocation[] {
  const out: SectionLocation[] = [];
  const visit = (section: StandardSection, depth: number, path: Array<string | number>): void => {
    out.push({ section, depth, path });
    section.sections.forEach((child, i) => visit(child, depth + 1, [...path, 'sections', i]));
  };
  standard.sections.forEach((s, i) => visit(s, 0, ['sections', i]));
  return out;
}

/** Every item below a section, nested ones included. */
export function itemsUnder(section: StandardSection): StandardItem[] {
  return [...section.items, ...section.sections.flatMap(itemsUnder)];
}
