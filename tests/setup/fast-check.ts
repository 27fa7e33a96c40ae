/**
 * Every fast-check property in the tests runs from one fixed seed, so a
 * failure seen once is seen again on the next run and on another machine.
 * The seed is FC_SEED when set (to try other inputs, or to replay a failure
 * from a run that used another seed), else DEFAULT_SEED. fast-check puts the
 * seed, with the path to the failing case, at the top of the error a failing
 * property throws (`{ seed: 1234, path: "5:2", endOnFailure: true }`), and
 * vitest prints that error, so the report says how to reproduce itself.
 *
 * Wired in as a setup file (vitest.config.ts): it runs before each test file,
 * in the worker that runs it, so the global configuration reaches every
 * `fc.assert` without any test passing a seed of its own.
 */
import fc from 'fast-check';

/** The seed when FC_SEED is not set; any fixed integer would do. */
export const DEFAULT_SEED = 20_240_917;

/** The seed FC_SEED asks for: an integer fast-check takes as is, or the default when unset or empty. */
export function seedFrom(value: string | undefined): number {
  const text = value?.trim() ?? '';
  if (text === '') return DEFAULT_SEED;
  const seed = Number(text);
  // fast-check folds a seed to 32 bits: outside that range two seeds would replay the same run.
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(seed) || seed < -0x8000_0000 || seed > 0x7fff_ffff)
    throw new Error(`FC_SEED: expected an integer from -2147483648 to 2147483647 (e.g. FC_SEED=42), got "${value}"`);
  return seed;
}

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: seedFrom(process.env.FC_SEED) });
