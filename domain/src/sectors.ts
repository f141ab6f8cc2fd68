// The four sectors of the domain model. Their names are stored on Sector nodes (seed, import).

export const SECTOR_CODES = ['PUBLIC', 'MARKET', 'NGO', 'SOCIAL_ECONOMY'] as const;
export type SectorCode = (typeof SECTOR_CODES)[number];

export const SECTORS: ReadonlyArray<{ code: SectorCode; name: string; nameEn: string }> = [
  { code: 'PUBLIC', name: 'sektor publiczny', nameEn: 'public sector' },
  { code: 'MARKET', name: 'sektor rynkowy', nameEn: 'market sector' },
  { code: 'NGO', name: 'sektor pozarządowy', nameEn: 'non-governmental sector' },
  { code: 'SOCIAL_ECONOMY', name: 'sektor ekonomii społecznej', nameEn: 'social economy sector' },
];
