import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import { useConfirmDiscard, useDirtyFlag, useUnsavedWork } from './useUnsavedWork';

function validationMessages(error: unknown): string {
  const fields = (error as { errorFields?: Array<{ errors: string[] }> } | null)?.errorFields ?? [];
  const messages = [...new Set(fields.flatMap((field) => field.errors))];
  return messages.join(' ') || 'Còn ô nhập chưa hợp lệ.';
}

/**
 * An antd form under the one leave guard: leaving the page or closing the window saves it when
 * its rules pass and asks (naming the rules) when they do not; "Hủy" asks before dropping what
 * was typed. `save` resolves with the Vietnamese reason the main process refused, or null.
 */
export function useFormGuard<V>(form: FormInstance<V>, label: string, save: (values: V) => Promise<string | null>) {
  const { dirty, isDirty, setDirty } = useDirtyFlag();
  const confirmDiscard = useConfirmDiscard();
  const { leave } = useUnsavedWork({
    label,
    dirty: isDirty,
    save: async () => {
      let values: V;
      try {
        values = await form.validateFields();
      } catch (error) {
        return validationMessages(error);
      }
      const refused = await save(values);
      if (refused === null) setDirty(false);
      return refused;
    },
    discard: () => setDirty(false),
  });
  const cancel = useCallback(
    async (close: () => void) => {
      if (await confirmDiscard(isDirty())) {
        setDirty(false);
        close();
      }
    },
    [confirmDiscard, isDirty, setDirty],
  );
  return {
    dirty,
    /** For the form's onValuesChange. */
    markDirty: useCallback(() => setDirty(true), [setDirty]),
    markSaved: useCallback(() => setDirty(false), [setDirty]),
    /** "Hủy", ×, Esc: asks before dropping what was typed, then calls `close`. */
    cancel,
    leave,
  };
}
