import { useTranslation } from 'react-i18next';
import { NETWORK_MODES, type NetworkMode } from '../core/network/types';

interface ModeToggleProps {
  value: NetworkMode;
  onChange: (mode: NetworkMode) => void;
}

/** Two radio buttons drawn as a segmented control: arrow keys move between them. */
export function ModeToggle({ value, onChange }: ModeToggleProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="segmented" data-testid="mode-toggle">
      <legend>{t('mode.label')}</legend>
      <div className="segments">
        {NETWORK_MODES.map((mode) => (
          <label key={mode} className="segment">
            <input
              type="radio"
              name="network-mode"
              value={mode}
              checked={value === mode}
              onChange={() => onChange(mode)}
            />
            <span>{t(`mode.${mode}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
