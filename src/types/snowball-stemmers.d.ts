// snowball-stemmers ships no types; the part factbot uses (src/text/turkish.ts).
// Named imports: the package marks itself __esModule and has no default export.
declare module 'snowball-stemmers' {
  export interface Stemmer {
    stem(word: string): string;
  }
  export function newStemmer(language: string): Stemmer;
  export function algorithms(): string[];
}
