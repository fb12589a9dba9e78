import type { Invoke } from '../../../preload/contract';

/** Browser-mode transport: the session cookie set from the start-up link authenticates each call. */
export const fetchInvoke: Invoke = async (method, args) => {
  const response = await fetch(`/api/${encodeURIComponent(method)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(args ?? {}),
    credentials: 'same-origin',
  });
  if (response.headers.get('content-type')?.startsWith('application/json')) return response.json();
  return { ok: false, error: { code: 'E_INTERNAL', message: `服务器返回 ${response.status}` } };
};
