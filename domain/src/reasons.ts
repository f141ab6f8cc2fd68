// Why the missing-partner finder suggests a candidate: the codes its reasons carry.

export const REASON_CODES = [
  'SECTOR_ABSENT',
  'SECTOR_THIN',
  'TYPICAL_PAIRING',
  'COMMON_PARTNERS',
  'SAME_GMINA',
  'SAME_POWIAT',
  'SAME_VOIVODESHIP',
  'OUTSIDE_AREA',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export const REASON_NOTES: Partial<Record<ReasonCode, string>> = {
  OUTSIDE_AREA:
    "The candidate lies outside the area asked about (missingPartners' area argument); no points.",
};
