import { App } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { confirmLeave, registerUnsavedWork, type UnsavedWork } from '../store/unsaved-work';

export interface FormWork {
  /** What the user would call it: "Văn bản đang đăng ký", "Nhiệm vụ «…»". */
  label: string;
  /** Something typed differs from what is stored (a function when it must be read at the moment of asking). */
  dirty: boolean | (() => boolean);
  /** Saves what is typed; resolves with why it was refused (Vietnamese), or null once stored. */
  save(): Promise<string | null>;
  /** The user chose to leave anyway. */
  discard?(): void;
}

/**
 * Puts a form under the one leave guard for as long as it is shown: leaving the page or closing
 * the window saves it when it can be saved, and asks when it cannot. `leave()` does the same for
 * closing the form itself (a dialog's ×, a drawer's mask): resolves true when it may close.
 */
export function useUnsavedWork(form: FormWork): { leave(): Promise<boolean> } {
  const current = useRef(form);
  current.current = form;
  const isDirty = () => {
    const { dirty } = current.current;
    return typeof dirty === 'function' ? dirty() : dirty;
  };
  const work = useRef<UnsavedWork>({
    label: () => current.current.label,
    hasUnsaved: isDirty,
    flush: () => (isDirty() ? current.current.save() : Promise.resolve(null)),
    discard: () => current.current.discard?.(),
  });
  useEffect(() => registerUnsavedWork(work.current), []);
  const leave = useCallback(() => confirmLeave(work.current), []);
  return { leave };
}

/**
 * For "Hủy" in a dialog: asks before dropping what was typed. Resolves true when the dialog may
 * close (nothing typed, or the user chose to drop it).
 */
export function useConfirmDiscard(): (dirty: boolean) => Promise<boolean> {
  const { modal } = App.useApp();
  return useCallback(
    (dirty: boolean) =>
      dirty
        ? new Promise<boolean>((resolve) => {
            modal.confirm({
              title: 'Bỏ những gì vừa nhập?',
              content: 'Những thay đổi trong hộp thoại này chưa được lưu.',
              okText: 'Bỏ thay đổi',
              okButtonProps: { danger: true },
              cancelText: 'Tiếp tục sửa',
              autoFocusButton: 'cancel',
              onOk: () => resolve(true),
              onCancel: () => resolve(false),
            });
          })
        : Promise.resolve(true),
    [modal],
  );
}

/**
 * A "something typed is not stored" flag that is true or false at once, not at the next render:
 * a save followed at once by leaving the page must not be asked about.
 */
export function useDirtyFlag(): { dirty: boolean; isDirty(): boolean; setDirty(dirty: boolean): void } {
  const [dirty, setState] = useState(false);
  const ref = useRef(false);
  const setDirty = useCallback((next: boolean) => {
    ref.current = next;
    setState(next);
  }, []);
  const isDirty = useCallback(() => ref.current, []);
  return { dirty, isDirty, setDirty };
}
