import { tMaybe } from '../../core/i18n';
import { sectorKey } from '../../core/network/utils';

/** An institution kind in the reader's words (the code when unknown). */
export function kindName(kind: string | null | undefined): string {
  return kind ? tMaybe(`kind.${kind}`, kind) : '';
}

/** A sector in the reader's words. */
export function sectorName(sector: string | null | undefined): string {
  return tMaybe(`sector.${sectorKey(sector ?? null)}`, sector ?? '');
}
