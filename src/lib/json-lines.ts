/**
 * Lines of values in a JSON text, so that a problem found in the parsed data can name the line of its entry.
 * Pure: text in, numbers out.
 */

/**
 * The line on which each value of a JSON text starts, by path (`reports.3`, `reports.3.place.id`; `` for the root).
 * The text must be valid JSON (parse it first); strings cannot hold a raw line break, so only whitespace counts lines.
 * @example jsonValueLines('{\n "a": [\n  1\n ]\n}').get('a.0') // => 3
 */
export function jsonValueLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let index = 0;
  let line = 1;
  const skipSpace = () => {
    while (index < text.length && ' \t\r\n\uFEFF'.includes(text[index]!)) {
      if (text[index] === '\n') line++;
      index++;
    }
  };
  const readString = (): string => {
    const start = index++;
    while (text[index] !== '"') index += text[index] === '\\' ? 2 : 1;
    index++;
    return JSON.parse(text.slice(start, index)) as string;
  };
  const child = (path: string, key: string | number) => (path === '' ? String(key) : `${path}.${key}`);
  const readValue = (path: string): void => {
    skipSpace();
    lines.set(path, line);
    const first = text[index];
    if (first === '{' || first === '[') {
      const close = first === '{' ? '}' : ']';
      index++;
      skipSpace();
      if (text[index] === close) {
        index++;
        return;
      }
      for (let count = 0; ; count++) {
        skipSpace();
        if (first === '{') {
          const key = readString();
          skipSpace();
          index++; // the colon
          readValue(child(path, key));
        } else {
          readValue(child(path, count));
        }
        skipSpace();
        if (text[index++] === close) return;
      }
    }
    if (first === '"') {
      readString();
      return;
    }
    while (index < text.length && !' \t\r\n,]}'.includes(text[index]!)) index++;
  };
  readValue('');
  return lines;
}

/** The line of a path, or of the nearest enclosing value that has one (a missing field: its object). */
export function lineOf(lines: Map<string, number>, path: readonly PropertyKey[]): number {
  for (let length = path.length; length >= 0; length--) {
    const line = lines.get(path.slice(0, length).map(String).join('.'));
    if (line !== undefined) return line;
  }
  return 1;
}

/**
 * Where a problem at `path` is reported: in an array of entries with ids (`reports.3.level`), the line of the entry
 * and its id with the field inside it (`yongji-2021-five-year-plan`, `level`); elsewhere the line of the value and its path.
 */
export function issueLocation(data: unknown, lines: Map<string, number>, path: readonly PropertyKey[]): { line: number; subject: string | null; field: string } {
  const [key, index, ...field] = path;
  if (typeof key === 'string' && typeof index === 'number') {
    const entries = (data as Record<string, unknown> | null)?.[key];
    const id = Array.isArray(entries) ? (entries[index] as { id?: unknown } | null)?.id : undefined;
    if (typeof id === 'string' && id !== '') return { line: lineOf(lines, [key, index]), subject: id, field: field.map(String).join('.') || '(entry)' };
  }
  return { line: lineOf(lines, path), subject: null, field: path.map(String).join('.') || '(root)' };
}
