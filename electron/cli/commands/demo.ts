import fs from 'node:fs';
import path from 'node:path';
import { committeeCode } from '../../../shared/schemas/exchange-package';
import { seedDemoData } from '../../core/demo';
import { seedCommuneDemo } from '../../core/demo/exchange';
import { CliError, requireOption } from '../args';
import { withCliContext, type CliCommand } from '../command';

/**
 * Creates a new database filled with the demo data and prints the ids it created: the city's
 * committee (with its code and the codes of the wards below), or with `--as CODE` the database of
 * the ward with that code, whose committee above is the demo city.
 */
export const demoCommand: CliCommand = {
  name: 'demo',
  usage: ['demo --db TỆP_DỮ_LIỆU_MỚI [--as MÃ_ĐƠN_VỊ_CẤP_DƯỚI]'],
  run(args) {
    const dbFile = path.resolve(requireOption(args, 'db'));
    if (fs.existsSync(dbFile) && fs.statSync(dbFile).size > 0) {
      throw new CliError(`Tệp ${dbFile} đã có; lệnh demo chỉ tạo tệp dữ liệu mới để không ghi đè dữ liệu thật.`);
    }
    if (args.options.has('as')) {
      const parsed = committeeCode.safeParse(requireOption(args, 'as'));
      if (!parsed.success) throw new CliError(`--as: ${parsed.error.issues[0]?.message ?? 'mã đơn vị không hợp lệ.'}`);
      return withCliContext(dbFile, (ctx) => ({ database: dbFile, ...seedCommuneDemo(ctx, parsed.data) }));
    }
    return withCliContext(dbFile, (ctx) => ({ database: dbFile, ...seedDemoData(ctx) }));
  },
};
