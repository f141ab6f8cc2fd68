import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Area, COUNTRY_AREA } from '../../core/area/types';
import { childAreas, isCountryCode, terytChain } from '../../core/area/utils';

interface AreaPickerProps {
  areas: readonly Area[];
  /** The chosen area (any level). */
  value: string | undefined;
  onChange: (teryt: string) => void;
  disabled?: boolean;
}

interface LevelSelectProps {
  label: string;
  testId: string;
  options: readonly Area[];
  value: string;
  /** The entry meaning "the whole area above" (for voivodeships: the whole country). */
  wholeLabel?: string;
  /** Its value ("" by default; the voivodeship list uses PL). */
  wholeValue?: string;
  /** Shown when nothing is chosen (an area that cannot be drawn). */
  placeholder?: string;
  onChange: (teryt: string) => void;
  disabled: boolean;
}

function LevelSelect({
  label,
  testId,
  options,
  value,
  wholeLabel,
  wholeValue = '',
  placeholder,
  onChange,
  disabled,
}: LevelSelectProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        data-testid={testId}
        value={value}
        disabled={disabled || options.length === 0}
        onChange={(event) => onChange(event.target.value)}
      >
        {placeholder !== undefined && (
          <option value="" disabled>
            {placeholder}
          </option>
        )}
        {wholeLabel !== undefined && <option value={wholeValue}>{wholeLabel}</option>}
        {options.map((area) => (
          <option key={area.teryt} value={area.teryt}>
            {area.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Województwo → powiat → gmina. Choosing a level shows everything below it; "whole …" in a lower
 * list goes back up. Only areas holding data are offered.
 */
export function AreaPicker({ areas, value, onChange, disabled = false }: AreaPickerProps) {
  const { t } = useTranslation();
  const country = value !== undefined && isCountryCode(value);
  const [voivodeship = '', powiat = '', gmina = ''] = value && !country ? terytChain(value) : [];
  const voivodeships = useMemo(() => childAreas(areas, null, 0), [areas]);
  const powiats = useMemo(() => (voivodeship ? childAreas(areas, voivodeship, 1) : []), [areas, voivodeship]);
  const gminas = useMemo(() => (powiat ? childAreas(areas, powiat, 2) : []), [areas, powiat]);
  return (
    <fieldset className="area-picker" data-testid="area-picker">
      <legend>{t('area.label')}</legend>
      <LevelSelect
        label={t('area.level.VOIVODESHIP')}
        testId="area-voivodeship"
        options={voivodeships}
        value={country ? COUNTRY_AREA.teryt : voivodeship}
        wholeLabel={t('area.wholeCountry')}
        wholeValue={COUNTRY_AREA.teryt}
        placeholder={value === undefined && !disabled ? t('area.none') : undefined}
        onChange={onChange}
        disabled={disabled}
      />
      <LevelSelect
        label={t('area.level.POWIAT')}
        testId="area-powiat"
        options={powiats}
        value={powiat}
        wholeLabel={t('area.wholeVoivodeship')}
        onChange={(teryt) => onChange(teryt || voivodeship)}
        disabled={disabled || !voivodeship}
      />
      <LevelSelect
        label={t('area.level.GMINA')}
        testId="area-gmina"
        options={gminas}
        value={gmina}
        wholeLabel={t('area.wholePowiat')}
        onChange={(teryt) => onChange(teryt || powiat)}
        disabled={disabled || !powiat}
      />
    </fieldset>
  );
}
