// Named Cypher expressions shared by the .cypher files (cypher/fragments/): a query writes
// @name(arg, …) and gets the fragment's expression, its %parameters replaced by the arguments,
// in parentheses. Text substitution, checked: an unknown name or a wrong argument count throws.

export interface Fragment {
  params: string[];
  body: string;
}

/** `:def name(a, b)` followed by the expression's lines; `//` lines are comments. */
export function parseFragments(text: string): Map<string, Fragment> {
  const fragments = new Map<string, Fragment>();
  let current: Fragment | null = null;
  for (const line of text.split('\n')) {
    const def = /^:def\s+([A-Za-z]\w*)\(([^)]*)\)\s*$/.exec(line);
    if (def) {
      current = {
        params: (def[2] ?? '')
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean),
        body: '',
      };
      fragments.set(def[1] as string, current);
    } else if (current && line.trim() !== '' && !line.trim().startsWith('//')) {
      current.body += (current.body ? '\n' : '') + line.trim();
    } else if (line.trim() === '') {
      current = null;
    }
  }
  return fragments;
}

/** The text of a call's arguments, split at top-level commas (quotes and brackets respected). */
function readCall(text: string, open: number): { args: string[]; close: number } {
  const args: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let from = open + 1;
  for (let k = open; k < text.length; k++) {
    const c = text[k] as string;
    if (quote) {
      if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) {
        args.push(text.slice(from, k).trim());
        return { args: args.length === 1 && args[0] === '' ? [] : args, close: k };
      }
    } else if (c === ',' && depth === 1) {
      args.push(text.slice(from, k).trim());
      from = k + 1;
    }
  }
  throw new Error('unclosed fragment call');
}

/** Replaces every @name(…) in `text` (fragments may call fragments). `where` names the file in errors. */
export function expandFragments(text: string, fragments: Map<string, Fragment>, where = 'query'): string {
  let out = text;
  for (let rounds = 0; out.includes('@'); rounds++) {
    if (rounds > 20) throw new Error(`${where}: fragments nest too deep`);
    let next = '';
    let at = 0;
    for (const match of out.matchAll(/@([A-Za-z]\w*)\(/g)) {
      const index = match.index ?? 0;
      if (index < at) continue;
      const name = match[1] as string;
      const fragment = fragments.get(name);
      if (!fragment) throw new Error(`${where}: unknown fragment @${name}`);
      const { args, close } = readCall(out, index + match[0].length - 1);
      if (args.length !== fragment.params.length) {
        throw new Error(`${where}: @${name} takes ${fragment.params.length} arguments, not ${args.length}`);
      }
      const body = fragment.body.replace(/%([A-Za-z]\w*)/g, (_, param: string) => {
        const k = fragment.params.indexOf(param);
        if (k < 0) throw new Error(`fragment @${name} uses %${param}, not a parameter`);
        return args[k] as string;
      });
      next += `${out.slice(at, index)}(${body})`;
      at = close + 1;
    }
    if (at === 0) break;
    out = next + out.slice(at);
  }
  return out;
}
