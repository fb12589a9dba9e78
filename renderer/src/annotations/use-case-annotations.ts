import { useEffect } from 'react';
import type { AnnotationFilter } from '../../../preload/contract/methods/annotations';
import { useApi } from '../hooks/use-api';
import { useAnnotationsVersion } from './annotation-events';

/** The case's annotations (filtered), reloaded whenever any view changes them. */
export function useCaseAnnotations(filter: AnnotationFilter) {
  const version = useAnnotationsVersion(filter.caseId);
  const state = useApi('annotations.list', filter);
  const { reload } = state;
  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);
  return state;
}

/** Categories and colours (设置 → 批注). */
export function useAnnotationSettings() {
  return useApi('annotations.settings', {});
}
