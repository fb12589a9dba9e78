import { useEffect, useState } from 'react';
import type { Annotation } from '../../../preload/contract/methods/annotations';

/**
 * A tiny in-page bus between the places that show annotations (the viewer
 * layers, the case list, the review checklist): "this case's annotations
 * changed" and "show me this annotation". Module state, because these
 * components sit in unrelated branches of the tree.
 */
type Listener<T> = (value: T) => void;
const changed = new Set<Listener<string>>();
const focus = new Set<Listener<Annotation>>();

export function notifyAnnotationsChanged(caseId: string): void {
  for (const l of changed) l(caseId);
}

/** Asks the viewer showing the case to open the annotation's document, scroll to it and flash it. */
export function focusAnnotation(annotation: Annotation): void {
  for (const l of focus) l(annotation);
}

/** A counter that increases whenever the case's annotations change (use as a reload key). */
export function useAnnotationsVersion(caseId: string): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const l = (id: string) => id === caseId && setVersion((v) => v + 1);
    changed.add(l);
    return () => void changed.delete(l);
  }, [caseId]);
  return version;
}

export function useFocusRequests(caseId: string, onFocus: (a: Annotation) => void): void {
  useEffect(() => {
    const l = (a: Annotation) => a.caseId === caseId && onFocus(a);
    focus.add(l);
    return () => void focus.delete(l);
  }, [caseId, onFocus]);
}
