/** The core's settings: read from the environment, a bad one named (never its value). */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CALIBRATION, CONVERSATION, coreConfigFromEnv, DEFAULT_KNOWLEDGE_DIR } from '../src/config.ts';

describe('core configuration', () => {
  test('defaults', () => {
    expect(coreConfigFromEnv({})).toEqual({ knowledgeDir: DEFAULT_KNOWLEDGE_DIR, maxWrongShare: CALIBRATION.maxWrongShare, contextTtlMs: CONVERSATION.ttlMs });
  });

  test('KNOWLEDGE_DIR and ANSWER_MAX_WRONG', () => {
    expect(coreConfigFromEnv({ KNOWLEDGE_DIR: 'kb', ANSWER_MAX_WRONG: '0.02' })).toEqual({ knowledgeDir: path.resolve('kb'), maxWrongShare: 0.02, contextTtlMs: CONVERSATION.ttlMs });
    expect(coreConfigFromEnv({ ANSWER_MAX_WRONG: ' .1 ' }).maxWrongShare).toBe(0.1);
  });

  test('CONTEXT_TTL: a duration (10m, 90s, 1h; 0 turns follow-ups off); anything else names the variable, not the value', () => {
    expect(coreConfigFromEnv({ CONTEXT_TTL: '90s' }).contextTtlMs).toBe(90_000);
    expect(coreConfigFromEnv({ CONTEXT_TTL: '1h' }).contextTtlMs).toBe(3_600_000);
    expect(coreConfigFromEnv({ CONTEXT_TTL: '0' }).contextTtlMs).toBe(0);
    for (const bad of ['ten', '-5m', '2d', '48h']) {
      expect(() => coreConfigFromEnv({ CONTEXT_TTL: bad })).toThrow(/CONTEXT_TTL: expected a duration/);
      try {
        coreConfigFromEnv({ CONTEXT_TTL: bad });
      } catch (e) {
        expect((e as Error).message).not.toContain(bad);
      }
    }
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
