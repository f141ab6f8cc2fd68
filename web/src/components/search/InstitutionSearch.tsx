import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tMaybe } from '../../core/i18n';
import { type InstitutionHit, useInstitutionSearch } from '../../core/search';
import { Combobox } from '../common/Combobox';
import { errorText } from '../StatusMessage';

interface InstitutionSearchProps {
  onPick: (id: string) => void;
}

/** Full-text search over institution names; "Cmielow" finds "Ćmielów". */
export function InstitutionSearch({ onPick }: InstitutionSearchProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [state] = useInstitutionSearch(query);
  return (
    <Combobox<InstitutionHit>
      label={t('search.label')}
      placeholder={t('search.placeholder')}
      query={query}
      onQuery={setQuery}
      items={state.status === 'success' ? state.data : null}
      status={state.status}
      errorText={state.status === 'error' ? errorText(state.error) : ''}
      emptyText={t('search.empty')}
      itemKey={(hit) => hit.id}
      renderItem={(hit) => (
        <>
          <span className="option-title">{hit.name}</span>
          <span className="option-meta">
            {tMaybe(`kind.${hit.kind}`, hit.kind)}
            {hit.area[0] ? ` · ${hit.area[0].name}` : ''}
          </span>
        </>
      )}
      onPick={(hit) => {
        onPick(hit.id);
        setQuery('');
      }}
      testId="institution-search"
    />
  );
}
