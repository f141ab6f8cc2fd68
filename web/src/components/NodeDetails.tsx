import { AFFILIATION_FILL, NODE_SHAPES, SECTOR_COLORS } from '../core/appearance/types';
import { t } from '../core/i18n';
import { kindLabel, nodeTypeLabel, sectorLabel } from '../core/network/labels';
import type { NetworkNode } from '../core/network/types';
import { sectorKey } from '../core/network/utils';
import { NodeShapeIcon } from './NodeShapeIcon';

interface NodeDetailsProps {
  node: NetworkNode;
  onClose: () => void;
}

export function NodeDetails({ node, onClose }: NodeDetailsProps) {
  const isInstitution = node.type === 'INSTITUTION';
  const kind = kindLabel(node);
  return (
    <section
      className="panel details"
      data-testid="node-details"
      data-node-id={node.id}
      aria-labelledby="details-title"
    >
      <div className="details-head">
        <h2 id="details-title">{node.label}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('details.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <dl>
        <dt>{t('details.type')}</dt>
        <dd>
          <NodeShapeIcon
            shape={NODE_SHAPES[node.type]}
            fill={isInstitution ? SECTOR_COLORS[sectorKey(node.sector)] : AFFILIATION_FILL}
          />
          {nodeTypeLabel(node)}
        </dd>
        {kind !== undefined && (
          <>
            <dt>{t('details.kind')}</dt>
            <dd data-testid="node-kind">{kind}</dd>
          </>
        )}
        {isInstitution && (
          <>
            <dt>{t('details.sector')}</dt>
            <dd data-testid="node-sector">{sectorLabel(node.sector)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
