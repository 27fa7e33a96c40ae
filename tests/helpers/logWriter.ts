/**
 * A second process writing to a question log, as the console chat does next
 * to the running bot in the same checkout: run with
 * `node --import tsx tests/helpers/logWriter.ts <file> <mode> <count> [label]`.
 *
 * - `record`: the question log as `npm start` opens it (openStorage, then
 *   createQuestionRecorder with default settings) is sent `count` answers as
 *   fast as the Bot hands them over, then closed as at shutdown.
 * - `purge`: `factbot purge`'s connection (openReportLog) purges old rows
 *   `count` times in a row, as a cron job might while the bot is busy.
 *
 * It prints "ready" and waits for a line on stdin before starting, so that
 * several writers start together; at the end it prints one JSON line: the
 * recorder's status and every log line it wrote.
 */
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { openReportLog, openStorage } from '../../src/store/open.ts';
import { createQuestionRecorder } from '../../src/store/recorder.ts';

const [file, mode, countText, label = 'writer'] = process.argv.slice(2);
if (!file || (mode !== 'record' && mode !== 'purge') || !countText) {
  console.error('usage: logWriter.ts <file> record|purge <count> [label]');
  process.exit(2);
}
const count = Number(countText);
const lines: { level: string; fields: Record<string, unknown>; message: string }[] = [];
const logger = {
  info: (fields: Record<string, unknown>, message: string) => lines.push({ level: 'info', fields, message }),
  warn: (fields: Record<string, unknown>, message: string) => lines.push({ level: 'warn', fields, message }),
  error: (fields: Record<string, unknown>, message: string) => lines.push({ level: 'error', fields, message }),
};

console.log('ready');
process.stdin.setEncoding('utf8');
await once(process.stdin, 'data');

if (mode === 'record') {
  const storage = openStorage({ enabled: true, databasePath: file, rawUserIds: false }, logger);
  const recorder = createQuestionRecorder({ open: storage.openLog, logger });
  for (let i = 0; i < count; i++) {
    recorder.answered({
      id: randomUUID(),
      reply: { kind: 'none', reason: 'no-match', question: `${label} question ${i}`, answer: '', confidence: 0, related: [], suggestions: [] },
      ctx: { platform: 'console', userId: 'console', channelKind: 'dm' },
      latencyMs: 0.5,
      at: new Date(),
    });
    // One answer per turn of the event loop, as questions arrive one by one.
    if (i % 10 === 9) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await recorder.close();
  await storage.close();
  console.log(JSON.stringify({ status: recorder.status(), lines }));
} else {
  let purged = 0;
  const errors: string[] = [];
  for (let i = 0; i < count; i++) {
    const log = await openReportLog({ enabled: true, databasePath: file, rawUserIds: false });
    try {
      purged += (await log!.purge(new Date(Date.parse('2000-01-01')))).questions;
    } catch (e) {
      errors.push((e as Error).message);
    } finally {
      await log?.close();
    }
  }
  console.log(JSON.stringify({ purged, errors, lines }));
}
process.stdin.destroy();
