import { App } from 'antd';
import { useCallback } from 'react';
import type { MissingLeaders } from '../../../../shared/schemas/leaders';
import { call, errorMessage } from '../../api/client';

function LeadersList({ missing }: { missing: MissingLeaders }) {
  return (
    <>
      <p>Các lãnh đạo sau có trong hồ sơ Ủy ban nhưng chưa có trong danh bạ, nên chưa chọn được khi ghi thành phần, chủ trì, người phát biểu:</p>
      <ul aria-label="Lãnh đạo chưa có trong danh bạ">
        {missing.leaders.map((leader) => (
          <li key={leader.fullName}>
            <strong>{leader.fullName}</strong> — {leader.title}
          </li>
        ))}
      </ul>
      <p className="muted">
        {missing.organisation
          ? `Họ được ghi thuộc "${missing.organisation.name}".`
          : `"${missing.committeeName}" cũng được thêm vào danh bạ (mục Cơ quan, tổ chức) để ghi họ thuộc Ủy ban.`}
      </p>
    </>
  );
}

/**
 * After the profile is saved: the chair and vice-chairs it names who are not in the directory
 * are offered in one question, and added together (people:addLeaders, the directory's write path).
 * Nothing is asked when they all are there already.
 */
export function useLeadersOffer(): () => Promise<void> {
  const { modal, message, notification } = App.useApp();
  return useCallback(async () => {
    let missing: MissingLeaders;
    try {
      missing = await call('people:missingLeaders', undefined);
    } catch {
      // Only an offer: the profile itself is saved, and the question comes again at the next save.
      return;
    }
    if (missing.leaders.length === 0) return;
    modal.confirm({
      title: missing.leaders.length === 1 ? 'Thêm lãnh đạo này vào danh bạ?' : `Thêm ${missing.leaders.length} lãnh đạo vào danh bạ?`,
      content: <LeadersList missing={missing} />,
      okText: 'Thêm vào danh bạ',
      cancelText: 'Để sau',
      width: 560,
      onOk: async () => {
        try {
          const result = await call('people:addLeaders', { fullNames: missing.leaders.map((l) => l.fullName) });
          void message.success(
            result.added.length === 0 ? 'Các lãnh đạo này đã có trong danh bạ.' : `Đã thêm ${result.added.map((p) => p.fullName).join(', ')} vào danh bạ.`,
          );
        } catch (error) {
          notification.error({ message: 'Chưa thêm được vào danh bạ', description: errorMessage(error), duration: 0 });
        }
      },
    });
  }, [modal, message, notification]);
}
