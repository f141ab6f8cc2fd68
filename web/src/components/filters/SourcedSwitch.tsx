import { useTranslation } from 'react-i18next';
import type { ChangeView } from '../../core/view';
import type { ViewState } from '../../core/view/types';
import { LineSample } from '../LineSample';

interface SourcedSwitchProps {
  view: ViewState;
  onChange: ChangeView;
  /** How many ties of the network cite no source (while they are drawn). */
  count: number;
}

/** "Only sourced ties": the ties without a source (dotted) are left out everywhere, or drawn. */
export function SourcedSwitch({ view, onChange, count }: SourcedSwitchProps) {
  const { t } = useTranslation();
  return (
    <section className="panel boundary-switch" data-testid="sourced-switch">
      <label>
        <input
          type="checkbox"
          checked={view.sourced === 'only'}
          onChange={(event) => onChange({ sourced: event.target.checked ? 'only' : 'all' })}
          data-testid="sourced-only"
        />
        <LineSample style="dotted" />
        {/* Switched on, the server leaves them out, so their number is not known here. */}
        {view.sourced === 'only' ? t('sourced.onlyOn') : t('sourced.only', { count })}
      </label>
      <p className="muted">{t('sourced.help')}</p>
    </section>
  );
}
