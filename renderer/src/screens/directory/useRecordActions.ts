import { App } from 'antd';
import { useCallback } from 'react';
import { ApiError, errorMessage } from '../../api/client';

/**
 * Runs a directory action (stop using, re-use, delete) and reports the outcome in plain words.
 * A refusal because the record is still in use (IN_USE) is shown in a dialog the user must close,
 * since it explains what to do instead.
 */
export function useRecordActions() {
  const { message, modal } = App.useApp();

  return useCallback(
    async (task: () => Promise<unknown>, success: string, failureTitle: string): Promise<boolean> => {
      try {
        await task();
        void message.success(success);
        return true;
      } catch (error) {
        const inUse = error instanceof ApiError && error.code === 'IN_USE';
        const show = inUse ? modal.warning : modal.error;
        show({ title: failureTitle, content: errorMessage(error), okText: 'Đã hiểu' });
        return false;
      }
    },
    [message, modal],
  );
}
