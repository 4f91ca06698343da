import { App } from 'antd';
import { formatInstantDate } from '../../../../shared/datetime';
import { useProfile } from '../../store/profile';
import { ProfileForm } from './ProfileForm';
import { useLeadersOffer } from './useLeadersOffer';

/** "Hồ sơ Ủy ban": the committee's details, editable at any time. */
export function ProfileScreen() {
  const profile = useProfile((s) => s.profile) ?? null;
  const setProfile = useProfile((s) => s.setProfile);
  const { message } = App.useApp();
  const offerLeaders = useLeadersOffer();

  return (
    <div className="screen">
      <div className="screen-header">
        <h1>Hồ sơ Ủy ban</h1>
        {profile && (
          <span className="muted">
            Cập nhật lần cuối: {formatInstantDate(profile.updatedAt)}
          </span>
        )}
      </div>
      <p className="muted" style={{ maxWidth: 760 }}>
        Các thông tin dưới đây được dùng ở phần đầu biên bản, thông báo, báo cáo và giấy mời. Sửa ở đây chỉ áp
        dụng cho văn bản soạn từ nay; văn bản đã xuất ra Word không thay đổi.
      </p>
      <ProfileForm
        initial={profile}
        submitLabel="Lưu thay đổi"
        onSaved={(saved) => {
          setProfile(saved);
          void message.success('Đã lưu hồ sơ Ủy ban.');
          void offerLeaders();
        }}
      />
    </div>
  );
}
