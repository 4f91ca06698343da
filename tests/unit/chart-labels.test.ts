import { describe, expect, it } from 'vitest';
import { chartLabel } from '../../renderer/src/screens/dashboard/chart-labels';

const CITY = 'Ủy ban MTTQ Việt Nam thành phố Hải Phòng';

describe('the dashboard’s organisation labels', () => {
  it('names a Front committee in full: "Ủy ban MTTQ Việt Nam" alone could be any of them', () => {
    expect(chartLabel(CITY, CITY)).toBe(CITY);
    expect(chartLabel('Ủy ban MTTQ Việt Nam phường Hồng Bàng', CITY)).toBe('Ủy ban MTTQ Việt Nam phường Hồng Bàng');
    expect(chartLabel('Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hải Phòng', CITY)).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hải Phòng');
  });

  it('drops the committee’s own place from its member organisations, and only its own', () => {
    expect(chartLabel('Hội Nông dân thành phố Hải Phòng', CITY)).toBe('Hội Nông dân');
    expect(chartLabel('Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Hải Phòng', CITY)).toBe('Đoàn Thanh niên Cộng sản Hồ Chí Minh');
    expect(chartLabel('Hội Nông dân tỉnh Quảng Ninh', CITY)).toBe('Hội Nông dân tỉnh Quảng Ninh');
    expect(chartLabel('Bảo hiểm xã hội thành phố Hải Phòng', CITY)).toBe('Bảo hiểm xã hội');
    expect(chartLabel('Thành ủy Hải Phòng', CITY)).toBe('Thành ủy Hải Phòng');
  });
});
