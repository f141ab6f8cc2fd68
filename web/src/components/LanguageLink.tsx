import { locale, t } from '../core/i18n';

/** Reloads the page in the other language (react-i18next will make this live later). */
export function LanguageLink() {
  const other = locale === 'pl' ? 'en' : 'pl';
  return (
    <a
      className="language-link"
      href={`?lang=${other}`}
      hrefLang={other}
      lang={other}
      aria-label={t('app.switchLanguageLabel')}
    >
      {t('app.switchLanguage')}
    </a>
  );
}
