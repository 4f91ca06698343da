import type { DocumentStatus } from '../../../../shared/domain';

export const STATUS_COLOURS: Record<DocumentStatus, string> = {
  ban_nhap: 'default',
  da_hoan_thien: 'blue',
  da_ban_hanh: 'green',
};
