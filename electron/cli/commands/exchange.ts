import type { CliCommand } from '../command';

/** `exchange`: packages with the committees above and below; the work is in exchange-run.ts, loaded when used. */
export const exchangeCommand: CliCommand = {
  name: 'exchange',
  subcommands: ['export', 'report', 'preview', 'import', 'matrix'],
  usage: [
    'exchange export --db TỆP_DỮ_LIỆU --to MÃ_ĐƠN_VỊ[,MÃ…] --directive MÃ_VĂN_BẢN --out TỆP.mttq [--force]',
    'exchange report --db TỆP_DỮ_LIỆU --out TỆP.mttq [--documents MÃ,MÃ…] [--force]',
    'exchange preview --db TỆP_DỮ_LIỆU --package TỆP.mttq',
    'exchange import --db TỆP_DỮ_LIỆU --package TỆP.mttq',
    'exchange matrix --db TỆP_DỮ_LIỆU [--directive MÃ_VĂN_BẢN] [--out TỆP.xlsx]',
  ],
  async run(args) {
    const { runExchange } = await import('./exchange-run');
    return runExchange(args);
  },
};
