import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TIE_KINDS, type TieKind } from '../../core/network/types';
import type { ChangeView } from '../../core/view';
import type { ViewState } from '../../core/view/types';

export const REPORTED_TIE_KINDS: readonly TieKind[] = ['REPORTED_MUTUAL', 'REPORTED_ONE_SIDED'];
const DOCUMENTED_TIE_KINDS = TIE_KINDS.filter((k) => !REPORTED_TIE_KINDS.includes(k));
const CHOICES = { all: [], documented: DOCUMENTED_TIE_KINDS, reported: REPORTED_TIE_KINDS } as const;
type Evidence = keyof typeof CHOICES;

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/** Which ties to draw by where they come from: documents, partner surveys, or both (the tie filter). */
export function EvidenceFilter({ view, onChange }: { view: ViewState; onChange: ChangeView }) {
  const { t } = useTranslation();
  const id = useId();
  const current = (Object.keys(CHOICES) as Evidence[]).find((k) => same(view.ties, CHOICES[k]));
  return (
    <fieldset className="evidence-filter" data-testid="filter-evidence">
      <legend className="evidence-legend">{t('filters.evidence')}</legend>
      {(Object.keys(CHOICES) as Evidence[]).map((choice) => (
        <label key={choice}>
          <input
            type="radio"
            name={`${id}-evidence`}
            checked={current === choice}
            onChange={() => onChange({ ties: [...CHOICES[choice]] })}
            data-testid={`evidence-${choice}`}
          />
          {t(`filters.evidence.${choice}`)}
        </label>
      ))}
    </fieldset>
  );
}
