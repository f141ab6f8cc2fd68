import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tMaybe } from '../../core/i18n';
import { type InstitutionHit, useInstitutionSearch } from '../../core/search';
import { Combobox } from '../common/Combobox';
import { errorText } from '../StatusMessage';

/** Adds a member by name (full-text search, diacritics ignored), skipping those already in. */
export function MemberPicker({
  exclude,
  onPick,
}: {
  exclude: readonly string[];
  onPick: (hit: InstitutionHit) => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [state] = useInstitutionSearch(query);
  const items = state.status === 'success' ? state.data.filter((hit) => !exclude.includes(hit.id)) : null;
  return (
    <Combobox<InstitutionHit>
      label={t('edit.addMember')}
      placeholder={t('search.placeholder')}
      query={query}
      onQuery={setQuery}
      items={items}
      status={state.status}
      errorText={state.status === 'error' ? errorText(state.error) : ''}
      emptyText={t('search.empty')}
      itemKey={(hit) => hit.id}
      renderItem={(hit) => (
        <>
          <span className="option-title">{hit.name}</span>
          <span className="option-meta">{tMaybe(`kind.${hit.kind}`, hit.kind)}</span>
        </>
      )}
      onPick={(hit) => {
        onPick(hit);
        setQuery('');
      }}
      testId="member-search"
    />
  );
}
