// The default sector of each kind, as the server's domain model states it (one source of truth).
export { KIND_DEFAULT_SECTOR } from '@splot/domain';
