import { useId } from 'react';
import type { Area } from '../core/area/types';
import { indentedName } from '../core/area/utils';
import { t, tMaybe } from '../core/i18n';

interface AreaPickerProps {
  areas: readonly Area[];
  value: string | undefined;
  onChange: (teryt: string) => void;
  /** Shown, disabled, while there is nothing to pick (loading, failed, empty). */
  placeholder: string;
}

export function AreaPicker({ areas, value, onChange, placeholder }: AreaPickerProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('area.label')}</label>
      <select
        id={id}
        data-testid="area-select"
        value={value ?? ''}
        disabled={areas.length === 0}
        onChange={(event) => onChange(event.target.value)}
      >
        {areas.length === 0 && <option value="">{placeholder}</option>}
        {areas.map((area) => (
          <option key={area.teryt} value={area.teryt}>
            {indentedName(area, tMaybe(`area.level.${area.level}`, area.level))}
          </option>
        ))}
      </select>
    </div>
  );
}
