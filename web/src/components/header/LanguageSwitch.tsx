import { useTranslation } from 'react-i18next';
import type { Locale } from '../../core/i18n';

interface LanguageSwitchProps {
  value: Locale;
  onChange: (locale: Locale) => void;
}

/** Switches the language in place (it is part of the URL, so a shared link keeps it). */
export function LanguageSwitch({ value, onChange }: LanguageSwitchProps) {
  const { t } = useTranslation();
  const other: Locale = value === 'pl' ? 'en' : 'pl';
  return (
    <button
      type="button"
      className="language-switch"
      lang={other}
      data-testid="language-switch"
      aria-label={t('app.switchLanguageLabel')}
      onClick={() => onChange(other)}
    >
      {t('app.switchLanguage')}
    </button>
  );
}
