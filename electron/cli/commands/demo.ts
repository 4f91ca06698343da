import fs from 'node:fs';
import path from 'node:path';
import { seedDemoData } from '../../core/demo';
import { CliError, requireOption } from '../args';
import { withCliContext, type CliCommand } from '../command';

/** Creates a new database filled with the demo data and prints the ids it created. */
export const demoCommand: CliCommand = {
  name: 'demo',
  usage: ['demo --db TỆP_DỮ_LIỆU_MỚI'],
  run(args) {
    const dbFile = path.resolve(requireOption(args, 'db'));
    if (fs.existsSync(dbFile) && fs.statSync(dbFile).size > 0) {
      throw new CliError(`Tệp ${dbFile} đã có; lệnh demo chỉ tạo tệp dữ liệu mới để không ghi đè dữ liệu thật.`);
    }
    return withCliContext(dbFile, (ctx) => ({ database: dbFile, ...seedDemoData(ctx) }));
  },
};
