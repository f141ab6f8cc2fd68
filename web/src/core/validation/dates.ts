// One rule, one place: the server's own date check (see domain/src/rules).
export { isIsoDate } from '@splot/domain';
