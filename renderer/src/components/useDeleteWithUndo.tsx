import { App, Button } from 'antd';
import { errorMessage } from '../api/client';
import type { AutosaveEditorStore } from '../store/autosave-editor';
import { useNavigation, type Route } from '../store/navigation';

export interface DeleteWithUndo<T> {
  /** "hội nghị", "văn bản": used in every sentence of the flow. */
  what: string;
  question: string;
  detail: string;
  /** The record's autosaving editor, if it has one: pending edits are written first, then it is emptied. */
  editor?: AutosaveEditorStore<T>;
  /** Shown after deleting; "Đã xóa <what>" when not given. */
  deletedMessage?: string;
  remove(): Promise<unknown>;
  restore(): Promise<unknown>;
  /** Where to go after deleting, and where "Hoàn tác" brings the user back to. */
  listRoute: Route;
  recordRoute: Route;
}

/**
 * Delete as every screen does it: ask first, write pending edits, move the record to the bin,
 * go back to the list, and offer "Hoàn tác" for ten seconds.
 */
export function useDeleteWithUndo() {
  const { modal, notification } = App.useApp();
  const navigate = useNavigation((s) => s.navigate);

  return <T,>(options: DeleteWithUndo<T>) =>
    modal.confirm({
      title: options.question,
      content: options.detail,
      okText: 'Xóa',
      okButtonProps: { danger: true },
      cancelText: 'Không xóa',
      onOk: async () => {
        try {
          await options.editor?.getState().flush();
          await options.remove();
          options.editor?.getState().reset();
          await navigate(options.listRoute);
          const key = `deleted-${JSON.stringify(options.recordRoute)}`;
          notification.info({
            key,
            message: options.deletedMessage ?? `Đã xóa ${options.what}`,
            duration: 10,
            btn: (
              <Button
                type="primary"
                size="small"
                onClick={async () => {
                  notification.destroy(key);
                  try {
                    await options.restore();
                    await navigate(options.recordRoute);
                  } catch (error) {
                    notification.error({ message: 'Không hoàn tác được', description: errorMessage(error) });
                  }
                }}
              >
                Hoàn tác
              </Button>
            ),
          });
        } catch (error) {
          notification.error({ message: `Không xóa được ${options.what}`, description: errorMessage(error) });
        }
      },
    });
}
