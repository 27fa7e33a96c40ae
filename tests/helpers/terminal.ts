/**
 * A minimal terminal screen for tests: feeds it what a program wrote to a
 * terminal and reads back the lines a person would see. It understands what
 * readline and pino-pretty write (text, CR, LF, backspace, cursor moves and
 * erases, colours ignored), enough to tell whether a log line landed after the
 * prompt or above it. Not a general terminal emulator.
 */

export interface Screen {
  /** Feeds output as written to the terminal. */
  write(text: string): void;
  /** The lines on screen, trailing spaces and empty trailing lines removed. */
  lines(): string[];
}

export function terminalScreen(columns = 80): Screen {
  const rows: string[][] = [[]];
  let row = 0;
  let col = 0;
  let pending = '';
  const line = (r: number) => {
    while (rows.length <= r) rows.push([]);
    return rows[r]!;
  };
  const put = (ch: string) => {
    if (col >= columns) {
      row++;
      col = 0;
    }
    const l = line(row);
    while (l.length < col) l.push(' ');
    l[col] = ch;
    col++;
  };
  const csi = (params: string, final: string) => {
    const n = params === '' ? undefined : Number(params.split(';')[0]);
    switch (final) {
      case 'A':
        row = Math.max(0, row - (n ?? 1));
        break;
      case 'B':
        row += n ?? 1;
        break;
      case 'C':
        col += n ?? 1;
        break;
      case 'D':
        col = Math.max(0, col - (n ?? 1));
        break;
      case 'G':
        col = Math.max(0, (n ?? 1) - 1);
        break;
      case 'J': {
        if ((n ?? 0) === 0) {
          line(row).length = Math.min(line(row).length, col);
          rows.length = row + 1;
        }
        break;
      }
      case 'K': {
        const l = line(row);
        if ((n ?? 0) === 0) l.length = Math.min(l.length, col);
        else if (n === 2) l.length = 0;
        else for (let i = 0; i <= col && i < l.length; i++) l[i] = ' ';
        break;
      }
      default:
      // Colours (m) and anything else: no effect on the text.
    }
  };
  return {
    write(text) {
      const s = pending + text;
      pending = '';
      for (let i = 0; i < s.length; i++) {
        const ch = s[i]!;
        if (ch === '\u001b') {
          if (i + 1 >= s.length) {
            pending = s.slice(i);
            return;
          }
          if (s[i + 1] !== '[') {
            i++;
            continue;
          }
          const m = /^\u001b\[([0-9;?]*)([@-~])/.exec(s.slice(i));
          if (!m) {
            pending = s.slice(i);
            return;
          }
          csi(m[1]!.replace('?', ''), m[2]!);
          i += m[0].length - 1;
        } else if (ch === '\n') {
          // A terminal's output processing turns LF into CR LF (onlcr).
          row++;
          col = 0;
        } else if (ch === '\r') col = 0;
        else if (ch === '\b') col = Math.max(0, col - 1);
        else if (ch >= ' ') put(ch);
      }
    },
    lines() {
      const out = rows.map((l) => l.join('').replace(/\s+$/, ''));
      while (out.length > 0 && out.at(-1) === '') out.pop();
      return out;
    },
  };
}
