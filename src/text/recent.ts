/**
 * A reading of a text into a list (its words, its tokens) that keeps its last few results: a message is read the same
 * way several times on its way through the engine and the conversation (as small talk, as social chat, as a question,
 * as a follow-up's shape), and each reading costs more than a look through a few strings. Each call gets its own copy
 * of the list, as callers may change theirs; items that are objects are frozen, as they are shared.
 */
export function keepingRecent<T>(read: (text: string) => T[], size = 4): (text: string) => T[] {
  const texts: (string | undefined)[] = new Array(size).fill(undefined);
  const lists: (readonly T[] | undefined)[] = new Array(size).fill(undefined);
  let next = 0;
  return (text: string): T[] => {
    for (let i = 0; i < size; i++) if (texts[i] === text) return lists[i]!.slice();
    const list = read(text);
    for (const item of list) if (typeof item === 'object' && item !== null) Object.freeze(item);
    texts[next] = text;
    lists[next] = list;
    next = (next + 1) % size;
    return list.slice();
  };
}
