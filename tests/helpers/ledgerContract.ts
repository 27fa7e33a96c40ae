/**
 * The behaviour every EventLedger and ThreadRegistry must have (in memory, in
 * PostgreSQL): call `describeLedgerContract` with a factory that returns two
 * handles on one fresh storage, as two instances would hold (for the memory
 * versions, the same object twice).
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { EventLedger, ThreadRegistry } from '../../src/store/ledger.ts';

export interface LedgerPair {
  ledgers: [EventLedger, EventLedger];
  threads: [ThreadRegistry, ThreadRegistry];
  close?: () => Promise<void>;
}

let n = 0;
const key = (what: string) => `${what}-${process.pid}-${++n}`;

export function describeLedgerContract(name: string, make: () => Promise<LedgerPair>): void {
  describe(`EventLedger and ThreadRegistry contract: ${name}`, () => {
    const open: LedgerPair[] = [];
    const fresh = async () => {
      const p = await make();
      open.push(p);
      return p;
    };
    afterEach(async () => {
      for (const p of open.splice(0)) await p.close?.();
    });

    test('a key is claimed once; a second claim, from either instance, is a duplicate', async () => {
      const { ledgers: [a, b] } = await fresh();
      const k = key('event');
      expect(await a.claim([k])).toBe(true);
      expect(await a.claim([k])).toBe(false);
      expect(await b.claim([k])).toBe(false);
      expect(await b.claim([key('other')])).toBe(true);
    });

    test('several keys: all or nothing; a claim with one known key records none of the others', async () => {
      const { ledgers: [a, b] } = await fresh();
      const [e1, m1, e2] = [key('event'), key('msg'), key('event')];
      expect(await a.claim([e1, m1])).toBe(true);
      // Another event about the same message: a duplicate, and its own key stays free.
      expect(await b.claim([e2, m1])).toBe(false);
      expect(await b.claim([e2])).toBe(true);
      expect(await a.claim([])).toBe(true);
    });

    test('release forgets keys so a re-delivery is handled again', async () => {
      const { ledgers: [a, b] } = await fresh();
      const [e, m] = [key('event'), key('msg')];
      expect(await a.claim([e, m])).toBe(true);
      await a.release([e, m]);
      expect(await b.claim([e, m])).toBe(true);
      await b.release([]);
    });

    test('claims at the same moment from both instances: exactly one wins each key', async () => {
      const { ledgers: [a, b] } = await fresh();
      const keys = Array.from({ length: 40 }, () => key('race'));
      const attempts = keys.flatMap((k) => [a.claim([k]), b.claim([k]), a.claim([k, key('extra')]), b.claim([key('extra'), k])]);
      const results = await Promise.all(attempts);
      for (let i = 0; i < keys.length; i++) expect(results.slice(i * 4, i * 4 + 4).filter(Boolean)).toHaveLength(1);
    });

    test('threads: remembered by one instance, known to both; others are not', async () => {
      const { threads: [a, b] } = await fresh();
      const channel = key('C');
      expect(await b.has(channel, '1700000000.000100')).toBe(false);
      await a.remember(channel, '1700000000.000100');
      await a.remember(channel, '1700000000.000100');
      expect(await b.has(channel, '1700000000.000100')).toBe(true);
      expect(await a.has(channel, '1700000000.000101')).toBe(false);
      expect(await a.has(key('C'), '1700000000.000100')).toBe(false);
    });
  });
}
