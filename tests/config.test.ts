/** The core's settings: read from the environment, a bad one named (never its value). */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CALIBRATION, coreConfigFromEnv, DEFAULT_KNOWLEDGE_DIR } from '../src/config.ts';

describe('core configuration', () => {
  test('defaults', () => {
    expect(coreConfigFromEnv({})).toEqual({ knowledgeDir: DEFAULT_KNOWLEDGE_DIR, maxWrongShare: CALIBRATION.maxWrongShare });
  });

  test('KNOWLEDGE_DIR and ANSWER_MAX_WRONG', () => {
    expect(coreConfigFromEnv({ KNOWLEDGE_DIR: 'kb', ANSWER_MAX_WRONG: '0.02' })).toEqual({ knowledgeDir: path.resolve('kb'), maxWrongShare: 0.02 });
    expect(coreConfigFromEnv({ ANSWER_MAX_WRONG: ' .1 ' }).maxWrongShare).toBe(0.1);
  });

  test.each(['0', '1', '0.7', '-0.05', '5%', 'abc', '0.05x', ''])('ANSWER_MAX_WRONG=%j is refused, naming the variable and not the value', (value) => {
    let message = '';
    try {
      coreConfigFromEnv({ ANSWER_MAX_WRONG: value });
    } catch (e) {
      message = (e as Error).message;
    }
    // The whole message: the variable and what it expects, never the value given.
    expect(message).toBe('Invalid configuration:\n  ANSWER_MAX_WRONG: expected a share between 0 and 0.5, e.g. 0.05');
  });
});
