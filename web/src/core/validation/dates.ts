// One rule, one place: the server's own date check (see server/src/domain/rules).
export { isIsoDate } from '../../../../server/src/domain/rules/dates.js';
