import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { included, onlyValue, toggleValue } from '../../core/filters/utils';

interface CheckListProps<T extends string> {
  legend: string;
  universe: readonly T[];
  value: readonly T[];
  onChange: (next: T[]) => void;
  label: (value: T) => string;
  icon?: (value: T) => ReactNode;
  testId: string;
}

/** One filter: a checkbox per value; "all" resets it. Every box is a real, labelled input. */
export function CheckList<T extends string>({
  legend,
  universe,
  value,
  onChange,
  label,
  icon,
  testId,
}: CheckListProps<T>) {
  const { t } = useTranslation();
  const on = included(universe, value);
  return (
    <fieldset className="checklist" data-testid={testId}>
      <legend>
        {legend}
        {value.length > 0 && (
          <button type="button" className="link-button" onClick={() => onChange([])}>
            {t('filters.all')}
          </button>
        )}
      </legend>
      <ul>
        {universe.map((item) => (
          <li key={item}>
            <label>
              <input
                type="checkbox"
                checked={on.has(item)}
                data-value={item}
                onChange={() => onChange(toggleValue(universe, value, item))}
              />
              {icon?.(item)}
              <span>{label(item)}</span>
            </label>
            <button
              type="button"
              className="link-button only"
              onClick={() => onChange(onlyValue(universe, item))}
              aria-label={t('filters.onlyLabel', { name: label(item) })}
            >
              {t('filters.only')}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
