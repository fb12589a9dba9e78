import { App } from 'antd';
import { useCallback } from 'react';
import { ApiCallError } from '../../api/call-or-throw';

/** Runs a command and shows its Chinese error message instead of throwing; resolves to success. */
export function useAction() {
  const { message } = App.useApp();
  return useCallback(
    async (run: () => Promise<unknown>, success?: string): Promise<boolean> => {
      try {
        await run();
        if (success) void message.success(success);
        return true;
      } catch (error) {
        void message.error(error instanceof ApiCallError ? error.error.message : String(error));
        return false;
      }
    },
    [message],
  );
}
