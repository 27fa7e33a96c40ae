/**
 * A SQLite question log that is damaged but still opens, as a failing disk or
 * a copy taken mid-write leaves one: 2,000 questions, then the header of one
 * page of the `questions_at` index overwritten. The file opens, writes that
 * miss the page work, `PRAGMA quick_check` reports the damage, and reads
 * through the index fail with "database disk image is malformed".
 */
import fs from 'node:fs';
import { openSqliteQuestionLog } from '../../src/store/sqlite.ts';

export async function writeDamagedLog(file: string): Promise<void> {
  const log = openSqliteQuestionLog(file);
  const add = log.database.prepare("INSERT INTO questions (id, at, platform, via, question, kind, confidence, latency_ms) VALUES (?, ?, 'slack', 'ask', ?, 'none', 0, 0)");
  log.database.transaction(() => {
    for (let i = 0; i < 2000; i++) add.run(`q${i}`, i, `question number ${i} `.repeat(5));
  })();
  const pageSize = log.database.pragma('page_size', { simple: true }) as number;
  const { rootpage } = log.database.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'questions_at'").get() as { rootpage: number };
  // Closing writes everything into the file itself (and removes the WAL), so the damage below is what SQLite reads.
  await log.close();
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.alloc(200, 0xff), 0, 200, (rootpage - 1) * pageSize);
  } finally {
    fs.closeSync(fd);
  }
}
