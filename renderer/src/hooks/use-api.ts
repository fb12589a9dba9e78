import { useCallback, useEffect, useState } from 'react';
import type { ApiError, ArgsOf, MethodName, ResultOf } from '../../../preload/contract';
import { api } from '../api/api-client';

export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/** Calls one API method and tracks its result; `args` is compared by value. */
export function useApi<M extends MethodName>(method: M, args: ArgsOf<M>): ApiState<ResultOf<M>> {
  const [state, setState] = useState<{ data?: ResultOf<M>; error?: ApiError; loading: boolean }>({
    loading: true,
  });
  const [generation, setGeneration] = useState(0);
  const argsKey = JSON.stringify(args);

  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    api
      .call(method, JSON.parse(argsKey) as ArgsOf<M>)
      .then((result) => {
        if (!live) return;
        setState(
          result.ok ? { data: result.value, loading: false } : { error: result.error, loading: false },
        );
      })
      .catch((error: unknown) => {
        if (live) setState({ error: { code: 'E_INTERNAL', message: String(error) }, loading: false });
      });
    return () => {
      live = false;
    };
  }, [method, argsKey, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
