import { App } from 'antd';
import { useEffect } from 'react';
import { setLeaveConfirmer, type UnsavedItem } from '../store/unsaved-work';

/** The question asked when leaving would lose something that could not be saved. */
export function LeaveQuestion({ items }: { items: ReadonlyArray<UnsavedItem> }) {
  return (
    <div>
      <p>Những thay đổi sau chưa lưu được:</p>
      <ul style={{ paddingInlineStart: 20 }}>
        {items.map((item) => (
          <li key={`${item.label}-${item.reason}`}>
            <strong>{item.label}</strong>: {item.reason}
          </li>
        ))}
      </ul>
      <p>Các thay đổi khác đã được lưu. Nếu rời đi bây giờ, những thay đổi trên sẽ mất.</p>
    </div>
  );
}

/** Lets the leave guard ask the user (with antd's modal, in Vietnamese). Rendered once, inside <App>. */
export function LeaveGuardHost() {
  const { modal } = App.useApp();
  useEffect(
    () =>
      setLeaveConfirmer(
        (items) =>
          new Promise<boolean>((resolve) => {
            modal.confirm({
              title: 'Còn thay đổi chưa lưu được',
              content: <LeaveQuestion items={items} />,
              okText: 'Vẫn rời đi',
              okButtonProps: { danger: true },
              cancelText: 'Ở lại để sửa',
              autoFocusButton: 'cancel',
              width: 560,
              onOk: () => resolve(true),
              onCancel: () => resolve(false),
            });
          }),
      ),
    [modal],
  );
  return null;
}
