import { z } from 'zod';

export const showInFolderInput = z.object({
  filePath: z.string({ error: 'Đường dẫn tệp không hợp lệ.' }).min(1, { error: 'Đường dẫn tệp không hợp lệ.' }).max(4096, { error: 'Đường dẫn tệp quá dài (tối đa 4.096 ký tự).' }),
});
