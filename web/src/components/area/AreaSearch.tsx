import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../core/area/types';
import { searchAreas } from '../../core/area/utils';
import { tMaybe } from '../../core/i18n';
import { Combobox } from '../common/Combobox';

interface AreaSearchProps {
  areas: readonly Area[];
  onPick: (teryt: string) => void;
}

/** Find an area by name (diacritics ignored) or TERYT code prefix; searched in the browser. */
export function AreaSearch({ areas, onPick }: AreaSearchProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const hits = useMemo(() => searchAreas(areas, query), [areas, query]);
  return (
    <Combobox
      label={t('area.search')}
      placeholder={t('area.searchPlaceholder')}
      query={query}
      onQuery={setQuery}
      items={hits}
      status={query.trim() ? 'success' : 'idle'}
      emptyText={t('area.searchEmpty')}
      itemKey={(area) => area.teryt}
      renderItem={(area) => (
        <>
          <span className="option-title">{area.name}</span>{' '}
          <span className="option-meta">
            {tMaybe(`area.level.${area.level}`, area.level)} · {area.teryt}
          </span>
        </>
      )}
      onPick={(area) => {
        onPick(area.teryt);
        setQuery('');
      }}
      testId="area-search"
    />
  );
}
