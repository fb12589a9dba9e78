import type { Annotation, AnnotationFilter } from '../../../preload/contract/methods/annotations';

/**
 * The list filters (document, author, category, item). Applied in memory: a
 * case has at most a few thousand annotations, and the document filter must see
 * the resolved document (re-attached by SHA-256), not the stored id.
 */
export function filterAnnotations(all: Annotation[], filter: AnnotationFilter): Annotation[] {
  return all.filter(
    (a) =>
      (filter.documentId === undefined || a.documentId === filter.documentId) &&
      (filter.author === undefined || a.author.name === filter.author) &&
      (filter.category === undefined || a.category === filter.category) &&
      (filter.itemCode === undefined || a.itemCodes.includes(filter.itemCode)),
  );
}
