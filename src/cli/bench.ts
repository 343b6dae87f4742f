// npm run bench [-- answers|delivery]: the benchmarks, each printing its figures as lines. Speed is measured here,
// not in timed tests. With DATABASE_URL the answers run on a scratch database of that PostgreSQL server.
import { loadConfig } from '../config.js';
import { benchAnswers } from './bench-answers.js';
import { benchDelivery } from './bench-delivery.js';
import { runCli, UsageError } from './run.js';

const SECTIONS: Record<string, (print: (line: string) => void) => Promise<void>> = {
  answers: (print) => benchAnswers(print, loadConfig().DATABASE_URL),
  // 10,000 messages at the configured SEND_RATE (about 5½ minutes at the default 30/s).
  delivery: (print) => benchDelivery(print, { sendRate: loadConfig().SEND_RATE }),
};

runCli('bench', async (args) => {
  const chosen = args.length ? args : Object.keys(SECTIONS);
  for (const name of chosen)
    if (!SECTIONS[name])
      throw new UsageError(`unknown section "${name}"; choose from ${Object.keys(SECTIONS).join(', ')}`);
  for (const name of chosen) await SECTIONS[name]((line) => console.log(line));
});
