import type { StandardItem } from '../../../../preload/contract/model/standard/item';
import type { StandardSection } from '../../../../preload/contract/model/standard/section';
import type { Standard } from '../../../../preload/contract/model/standard/standard';

/**
 * Immutable edits of a standard's section tree for the editor. A node is
 * addressed by the indices of its sections from the top (`sections`) plus,
 * for an item, its index in the last section (`item`).
 */
export interface NodeRef {
  sections: number[];
  item?: number | undefined;
}

export const nodeKey = (ref: NodeRef) =>
  `${ref.sections.join('.')}${ref.item === undefined ? '' : `:${ref.item}`}`;

export function parseNodeKey(key: string): NodeRef {
  const [path = '', item] = key.split(':');
  return {
    sections: path.split('.').filter(Boolean).map(Number),
    item: item === undefined ? undefined : Number(item),
  };
}

/** Rebuilds the path down to the section at `path`, applying `edit` to it. */
function updateSection(
  sections: StandardSection[],
  path: number[],
  edit: (s: StandardSection) => StandardSection,
): StandardSection[] {
  const [head, ...rest] = path;
  if (head === undefined) return sections;
  return sections.map((s, i) =>
    i !== head ? s : rest.length === 0 ? edit(s) : { ...s, sections: updateSection(s.sections, rest, edit) },
  );
}

export function sectionAt(standard: Standard, path: number[]): StandardSection | undefined {
  let list = standard.sections;
  let found: StandardSection | undefined;
  for (const i of path) {
    found = list[i];
    if (!found) return undefined;
    list = found.sections;
  }
  return found;
}

export const itemAt = (standard: Standard, ref: NodeRef): StandardItem | undefined =>
  ref.item === undefined ? undefined : sectionAt(standard, ref.sections)?.items[ref.item];

const move = <T>(list: T[], from: number, delta: number): T[] => {
  const to = from + delta;
  if (to < 0 || to >= list.length) return list;
  const copy = [...list];
  [copy[from], copy[to]] = [copy[to]!, copy[from]!];
  return copy;
};

export function patchItem(standard: Standard, ref: NodeRef, patch: Partial<StandardItem>): Standard {
  const index = ref.item;
  if (index === undefined) return standard;
  return {
    ...standard,
    sections: updateSection(standard.sections, ref.sections, (s) => ({
      ...s,
      items: s.items.map((it, i) => (i === index ? { ...it, ...patch } : it)),
    })),
  };
}

export function patchSection(standard: Standard, path: number[], patch: Partial<StandardSection>): Standard {
  return { ...standard, sections: updateSection(standard.sections, path, (s) => ({ ...s, ...patch })) };
}

/** A fresh item with a code unlikely to clash; validation reports it if it does. */
export function addItem(standard: Standard, path: number[]): Standard {
  return {
    ...standard,
    sections: updateSection(standard.sections, path, (s) => ({
      ...s,
      items: [
        ...s.items,
        {
          code: `${s.code}.${s.items.length + 1}`,
          title: '新评查项目',
          criterion: '',
          basis: '',
          points: 0,
          mode: 'deduct',
          options: [],
          allowNa: true,
          threeSystem: 'none',
          ruleIds: [],
          keywords: [],
        },
      ],
    })),
  };
}

export function addSection(standard: Standard, parent: number[]): Standard {
  const fresh = (n: number): StandardSection => ({ code: `N${n}`, title: '新章节', items: [], sections: [] });
  if (parent.length === 0)
    return { ...standard, sections: [...standard.sections, fresh(standard.sections.length + 1)] };
  return {
    ...standard,
    sections: updateSection(standard.sections, parent, (s) => ({
      ...s,
      sections: [...s.sections, fresh(s.sections.length + 1)],
    })),
  };
}

export function removeNode(standard: Standard, ref: NodeRef): Standard {
  if (ref.item !== undefined) {
    const index = ref.item;
    return {
      ...standard,
      sections: updateSection(standard.sections, ref.sections, (s) => ({
        ...s,
        items: s.items.filter((_, i) => i !== index),
      })),
    };
  }
  const parent = ref.sections.slice(0, -1);
  const index = ref.sections[ref.sections.length - 1];
  if (parent.length === 0) return { ...standard, sections: standard.sections.filter((_, i) => i !== index) };
  return {
    ...standard,
    sections: updateSection(standard.sections, parent, (s) => ({
      ...s,
      sections: s.sections.filter((_, i) => i !== index),
    })),
  };
}

export function moveNode(standard: Standard, ref: NodeRef, delta: -1 | 1): Standard {
  if (ref.item !== undefined) {
    const index = ref.item;
    return {
      ...standard,
      sections: updateSection(standard.sections, ref.sections, (s) => ({
        ...s,
        items: move(s.items, index, delta),
      })),
    };
  }
  const parent = ref.sections.slice(0, -1);
  const index = ref.sections[ref.sections.length - 1] ?? 0;
  if (parent.length === 0) return { ...standard, sections: move(standard.sections, index, delta) };
  return {
    ...standard,
    sections: updateSection(standard.sections, parent, (s) => ({
      ...s,
      sections: move(s.sections, index, delta),
    })),
  };
}
