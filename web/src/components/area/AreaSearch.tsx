import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Area, COUNTRY_AREA } from '../../core/area/types';
import { isCountryCode, searchAreas } from '../../core/area/utils';
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
  const hits = useMemo(() => {
    const found = searchAreas(areas, query);
    const code = query.trim();
    if (isCountryCode(code) || /^pols/i.test(code)) return [COUNTRY_AREA, ...found];
    // A typed code (any digit in it) that no area with data has: offer to go to it anyway, so the
    // explorer says plainly what is wrong with it instead of showing nothing.
    if (/\d/.test(code) && !found.some((area) => area.teryt === code)) {
      return [...found, { teryt: code, name: t('area.goToCode', { code }), level: 'CODE' }];
    }
    return found;
  }, [areas, query, t]);
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
          {area.level !== 'CODE' && (
            <span className="option-meta">
              {tMaybe(`area.level.${area.level}`, area.level)} · {area.teryt}
            </span>
          )}
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
