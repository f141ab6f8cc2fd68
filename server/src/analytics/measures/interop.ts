/**
 * graphology's metric packages are CommonJS (`module.exports = fn`) but their typings say
 * `export default fn`. Under NodeNext TypeScript types the default import as `{ default: fn }`
 * while Node hands over `fn` itself; this returns the function in either case.
 */
export function cjsDefault<T>(module: { default: T }): T {
  return (module as { default?: T }).default ?? (module as unknown as T);
}
