/**
 * A reading of a text into a list (its words, its tokens) that keeps its last few results: a message is read the same
 * way several times on its way through the engine and the conversation (as small talk, as social chat, as a question,
 * as a follow-up's shape), and each reading costs more than a look through a few strings. Each call gets its own copy
 * of the list, as callers may change theirs; the items are frozen, as they are shared.
 */
export function keepingRecent<T extends object>(read: (text: string) => T[], size = 4): (text: string) => T[] {
  const texts: (string | undefined)[] = new Array(size).fill(undefined);
  const lists: (readonly T[] | undefined)[] = new Array(size).fill(undefined);
  let next = 0;
  return (text: string): T[] => {
    for (let i = 0; i < size; i++) if (texts[i] === text) return lists[i]!.slice();
    const list = read(text);
    for (const item of list) Object.freeze(item);
    texts[next] = text;
    lists[next] = list;
    next = (next + 1) % size;
    return list.slice();
  };
}

/** {@link keepingRecent} for a list of strings. */
export function keepingRecentWords(read: (text: string) => string[], size = 4): (text: string) => string[] {
  const texts: (string | undefined)[] = new Array(size).fill(undefined);
  const lists: (readonly string[] | undefined)[] = new Array(size).fill(undefined);
  let next = 0;
  return (text: string): string[] => {
    for (let i = 0; i < size; i++) if (texts[i] === text) return lists[i]!.slice();
    const list = read(text);
    texts[next] = text;
    lists[next] = list;
    next = (next + 1) % size;
    return list.slice();
  };
}
