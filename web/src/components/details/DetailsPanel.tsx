import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CollaborationDetails,
  type InstitutionDetails as Details,
  type PartnershipDetails,
  useAffiliationDetails,
  useInstitutionDetails,
} from '../../core/details';
import type { NetworkNode } from '../../core/network/types';
import type { ChangeView } from '../../core/view';
import { EGO_DEPTHS, type ViewState } from '../../core/view/types';
import { StatusMessage } from '../StatusMessage';
import { AffiliationDetails } from './AffiliationDetails';
import { InstitutionDetails } from './InstitutionDetails';

interface DetailsPanelProps {
  /** The selected id; its node in the drawn network, when it is drawn. */
  id: string;
  node: NetworkNode | undefined;
  view: ViewState;
  onChange: ChangeView;
  /** Re-reads the details (after an edit). */
  version: number;
  /** Controls under an institution's name (editing), given what is stored about it. */
  institutionActions?: (details: Details) => ReactNode;
  /** Extra sections at the end of an institution's details (missing partners…). */
  institutionExtras?: (details: Details) => ReactNode;
  /** Controls for a partnership or collaboration (editing). */
  affiliationActions?: (details: PartnershipDetails | CollaborationDetails) => ReactNode;
}

function Frame(props: { title: string; id: string; onClose: () => void; children: ReactNode; kind: string }) {
  const { t } = useTranslation();
  return (
    <section
      className="panel details"
      data-testid="node-details"
      data-node-id={props.id}
      data-kind={props.kind}
      aria-labelledby="details-title"
    >
      <div className="panel-head">
        <h2 id="details-title">{props.title}</h2>
        <button
          type="button"
          className="icon-button"
          onClick={props.onClose}
          aria-label={t('details.close')}
          data-testid="details-close"
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {props.children}
    </section>
  );
}

/** "Show the network around it", 1 or 2 steps: the ego view, kept in the URL (focus, depth). */
function EgoControls({ id, view, onChange }: { id: string; view: ViewState; onChange: ChangeView }) {
  const { t } = useTranslation();
  const focused = view.focus === id;
  return (
    <div className="ego-controls">
      {focused ? (
        <fieldset className="segmented compact" data-testid="ego-depth">
          <legend>{t('ego.depth')}</legend>
          <div className="segments">
            {EGO_DEPTHS.map((depth) => (
              <label key={depth} className="segment">
                <input
                  type="radio"
                  name="ego-depth"
                  value={depth}
                  checked={view.depth === depth}
                  onChange={() => onChange({ depth })}
                />
                <span>{t('ego.steps', { count: depth })}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <button type="button" data-testid="ego-show" onClick={() => onChange({ focus: id, node: id })}>
          {t('ego.show')}
        </button>
      )}
    </div>
  );
}

function InstitutionPanel(props: DetailsPanelProps & { onClose: () => void }) {
  const { t } = useTranslation();
  const [state, retry] = useInstitutionDetails(props.id, props.version);
  const title =
    state.status === 'success' && state.data ? state.data.name : (props.node?.label ?? t('details.loading'));
  return (
    <Frame title={title} id={props.id} onClose={props.onClose} kind="INSTITUTION">
      {state.status === 'error' && <StatusMessage kind="error" error={state.error} onRetry={retry} inline />}
      {(state.status === 'loading' || state.status === 'idle') && (
        <StatusMessage kind="loading" text={t('details.loading')} inline />
      )}
      {state.status === 'success' && state.data === null && (
        <StatusMessage kind="empty" text={t('details.notFound')} inline />
      )}
      {state.status === 'success' && state.data && (
        <>
          {state.data.shortName && state.data.shortName !== state.data.name && (
            <p className="muted">{state.data.shortName}</p>
          )}
          <EgoControls id={props.id} view={props.view} onChange={props.onChange} />
          {props.institutionActions?.(state.data)}
          <InstitutionDetails details={state.data} />
          {props.institutionExtras?.(state.data)}
        </>
      )}
    </Frame>
  );
}

function AffiliationPanel(props: DetailsPanelProps & { onClose: () => void }) {
  const { t } = useTranslation();
  const [state, retry] = useAffiliationDetails(props.id, props.version);
  const data = state.status === 'success' ? state.data : null;
  const title = data
    ? 'name' in data
      ? data.name
      : data.title
    : (props.node?.label ?? t('details.loading'));
  return (
    <Frame title={title} id={props.id} onClose={props.onClose} kind={props.node?.type ?? 'AFFILIATION'}>
      {state.status === 'error' && <StatusMessage kind="error" error={state.error} onRetry={retry} inline />}
      {(state.status === 'loading' || state.status === 'idle') && (
        <StatusMessage kind="loading" text={t('details.loading')} inline />
      )}
      {state.status === 'success' && !data && (
        <StatusMessage kind="empty" text={t('details.notFound')} inline />
      )}
      {data && props.affiliationActions?.(data)}
      {data && <AffiliationDetails details={data} onSelect={(node) => props.onChange({ node })} />}
    </Frame>
  );
}

/** The selected node's details: an institution, or a partnership/collaboration in the two-mode view. */
export function DetailsPanel(props: DetailsPanelProps) {
  const onClose = () => props.onChange({ node: null });
  return props.node && props.node.type !== 'INSTITUTION' ? (
    <AffiliationPanel {...props} onClose={onClose} />
  ) : (
    <InstitutionPanel {...props} onClose={onClose} />
  );
}
