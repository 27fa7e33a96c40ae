/**
 * fast-check properties run from a fixed seed (FC_SEED, else a default), set
 * once for every test file by tests/setup/fast-check.ts, and a failing
 * property prints its seed in the test output, so any failure can be replayed.
 */
import { spawn } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from './helpers/knowledge.ts';

/** Runs the suite's vitest on the failing fixture, with FC_SEED set or not; its output, colourless. */
function runFixture(seed: string | undefined): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  // The outer run's own markers would make the inner vitest think it is a worker.
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'TINYPOOL_WORKER_ID') delete env[key];
  delete env.NODE_OPTIONS;
  if (seed === undefined) delete env.FC_SEED;
  else env.FC_SEED = seed;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'tests/setup/fixtures/vitest.config.ts'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (output += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (output += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** The counterexample line of fast-check's report. */
const counterexample = (output: string) => /Counterexample: .*/.exec(output)?.[0];

describe('fast-check seed', () => {
  test('the setup file has configured the seed before this file ran: FC_SEED, else the default', async () => {
    // Read before importing the setup module here, so it is the suite's setup that set it.
    const configured = fc.readConfigureGlobal().seed;
    const { DEFAULT_SEED, seedFrom } = await import('./setup/fast-check.ts');
    expect(configured).toBe(seedFrom(process.env.FC_SEED));
    expect(typeof configured).toBe('number');
    expect(seedFrom(undefined)).toBe(DEFAULT_SEED);
    expect(seedFrom('  ')).toBe(DEFAULT_SEED);
  });

  test('FC_SEED is an integer fast-check reports as given; anything else is refused by name', async () => {
    const { seedFrom } = await import('./setup/fast-check.ts');
    expect(seedFrom('42')).toBe(42);
    expect(seedFrom(' -1804289383 ')).toBe(-1804289383);
    expect(seedFrom('2147483647')).toBe(2147483647);
    for (const bad of ['abc', '1.5', '1e3', '0x10', '2147483648', '-2147483649', '99999999999999999999'])
      expect(() => seedFrom(bad), bad).toThrow(`FC_SEED: expected an integer from -2147483648 to 2147483647 (e.g. FC_SEED=42), got "${bad}"`);
  });

  test('a property without a seed of its own generates the same values on every run', () => {
    const values = () => {
      const seen: number[] = [];
      fc.assert(
        fc.property(fc.integer(), (n) => {
          seen.push(n);
        }),
        { numRuns: 20 },
      );
      return seen;
    };
    const first = values();
    expect(values()).toEqual(first);
    expect(new Set(first).size).toBeGreaterThan(1);
  });

  test("a failing property's error names the seed it ran with", () => {
    const { seed } = fc.readConfigureGlobal();
    expect(() => fc.assert(fc.property(fc.integer(), (n) => n !== n))).toThrow(`{ seed: ${seed}, path: `);
  });

  test('the seed reaches the test output, and the same seed fails with the same value in another process', async () => {
    const { DEFAULT_SEED } = await import('./setup/fast-check.ts');
    const byDefault = await runFixture(undefined);
    expect(byDefault.code).toBe(1);
    expect(byDefault.output).toContain('Property failed after 1 tests');
    expect(byDefault.output).toContain(`{ seed: ${DEFAULT_SEED}, path: "0", endOnFailure: true }`);
    // The assertion that failed is printed too (as the error's cause), not only fast-check's summary.
    expect(byDefault.output).toContain('never a number');
    expect(counterexample(byDefault.output)).toMatch(/^Counterexample: \[-?\d+\]$/);

    const again = await runFixture(String(DEFAULT_SEED));
    expect(again.output).toContain(`{ seed: ${DEFAULT_SEED}, path: "0", endOnFailure: true }`);
    expect(counterexample(again.output)).toBe(counterexample(byDefault.output));

    const other = await runFixture('12345');
    expect(other.output).toContain('{ seed: 12345, path: "0", endOnFailure: true }');
    expect(counterexample(other.output)).not.toBe(counterexample(byDefault.output));
  }, 60_000);
});
