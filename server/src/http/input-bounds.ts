import { Kind, type OperationDefinitionNode, visit } from 'graphql';

export interface InputBounds {
  /** Longest list one argument or variable may hold. */
  maxList: number;
  /** Most operands of AND / OR / NOT in the filters of one operation, all counted together. */
  maxFilterOperands: number;
}

export interface InputWidth {
  longestList: number;
  filterOperands: number;
  /** How deep the variables nest (objects in lists in objects…), up to MAX_NESTING + 1. */
  nesting: number;
}

/** Deeper than any input of the schema needs; `AND: [{ AND: [ … ] }]` nested deeper is refused. */
export const MAX_NESTING = 24;

const LOGICAL = new Set(['AND', 'OR', 'NOT']);

/**
 * How wide an operation's inputs are, literal arguments and variables together. A filter such
 * as `OR: [5000 × { name: { contains: … } }]` makes Cypher's planner work for a minute before the
 * transaction timeout can stop it; counting it first refuses it in a millisecond.
 */
export function measureInputs(operation: OperationDefinitionNode, variables: unknown): InputWidth {
  const width: InputWidth = { longestList: 0, filterOperands: 0, nesting: 0 };
  let depth = 0;
  const nest = {
    enter() {
      depth += 1;
      width.nesting = Math.max(width.nesting, depth);
    },
    leave() {
      depth -= 1;
    },
  };
  visit(operation, {
    ObjectValue: nest,
    ListValue: {
      enter(node) {
        nest.enter();
        width.longestList = Math.max(width.longestList, node.values.length);
      },
      leave: nest.leave,
    },
    ObjectField(node) {
      if (!LOGICAL.has(node.name.value)) return;
      width.filterOperands += node.value.kind === Kind.LIST ? node.value.values.length : 1;
    },
  });
  measureValue(variables, width, 0);
  return width;
}

function measureValue(value: unknown, width: InputWidth, depth: number): void {
  if (value === null || typeof value !== 'object') return;
  width.nesting = Math.max(width.nesting, depth + 1);
  if (depth > MAX_NESTING) return;
  if (Array.isArray(value)) {
    width.longestList = Math.max(width.longestList, value.length);
    for (const item of value) measureValue(item, width, depth + 1);
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (LOGICAL.has(key)) width.filterOperands += Array.isArray(item) ? item.length : 1;
    measureValue(item, width, depth + 1);
  }
}

/** What is wrong with the inputs, in words, or null when they fit. */
export function inputProblem(width: InputWidth, bounds: InputBounds): string | null {
  if (width.nesting > MAX_NESTING)
    return `The input nests deeper than ${MAX_NESTING} levels; flatten the filter.`;
  if (width.longestList > bounds.maxList)
    return `A list in the input holds at most ${bounds.maxList} items, this one has ${width.longestList}; send it in parts.`;
  if (width.filterOperands > bounds.maxFilterOperands)
    return `A filter may combine at most ${bounds.maxFilterOperands} conditions with AND/OR/NOT, this one has ${width.filterOperands}; narrow it down or ask in parts.`;
  return null;
}
