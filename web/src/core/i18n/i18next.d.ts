import 'i18next';
import type pl from '../../locales/pl.json';

// Typed keys: t('unknown.key') fails to compile. Keys are flat ("area.label"), placeholders {x}.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof pl };
    keySeparator: false;
    nsSeparator: false;
    interpolationPrefix: '{';
    interpolationSuffix: '}';
  }
}
