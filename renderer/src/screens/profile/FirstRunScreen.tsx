import { Card, Typography } from 'antd';
import { useProfile } from '../../store/profile';
import { ProfileForm } from './ProfileForm';
import { useLeadersOffer } from './useLeadersOffer';

/** Shown once, before any profile exists: a welcome and the committee's details. */
export function FirstRunScreen() {
  const offerLeaders = useLeadersOffer();
  return (
    <div style={{ height: '100%', overflow: 'auto' }}>
      <div style={{ display: 'flex', justifyContent: 'center', padding: '48px 16px' }}>
        <Card style={{ width: '100%', maxWidth: 820 }}>
          <Typography.Title level={1} style={{ fontSize: 26, marginTop: 0 }}>
            Chào mừng đến với Sổ tay Mặt trận
          </Typography.Title>
          <Typography.Paragraph>
            Sổ tay Mặt trận giúp văn phòng Ban Thường trực ghi chép hội nghị, theo dõi văn bản chỉ đạo và nhiệm
            vụ, soạn biên bản, thông báo kết luận và xuất ra Word đúng thể thức. Dữ liệu được lưu ngay trên máy
            này, không cần mạng.
          </Typography.Paragraph>
          <Typography.Paragraph className="muted">
            Trước hết, hãy nhập thông tin của Ủy ban. Các thông tin này được in ở phần đầu văn bản và có thể sửa
            lại bất cứ lúc nào trong mục "Hồ sơ Ủy ban".
          </Typography.Paragraph>
          <ProfileForm
            initial={null}
            submitLabel="Bắt đầu sử dụng"
            onSaved={(profile) => {
              useProfile.getState().setProfile(profile);
              // The directory is empty on the first day: the chair and vice-chairs are offered at once.
              void offerLeaders();
            }}
          />
        </Card>
      </div>
    </div>
  );
}
