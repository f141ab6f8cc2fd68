import { NODE_BORDER } from '../core/appearance/types';

interface NodeShapeIconProps {
  shape: 'ellipse' | 'diamond' | 'round-rectangle';
  fill: string;
  /** Drawn as an institution outside the area: paler, with a dashed rim. */
  outside?: boolean;
}

/** A 14 px picture of a node as the canvas draws it, for the legend and the details panel. */
export function NodeShapeIcon({ shape, fill, outside = false }: NodeShapeIconProps) {
  return (
    <svg className="shape-icon" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      {shape === 'ellipse' && (
        <circle
          cx="7"
          cy="7"
          r="6"
          fill={fill}
          fillOpacity={outside ? 0.4 : 1}
          stroke={NODE_BORDER}
          strokeWidth="1.5"
          strokeDasharray={outside ? '2.5 1.5' : undefined}
        />
      )}
      {shape === 'diamond' && (
        <path d="M7 1 L13 7 L7 13 L1 7 Z" fill={fill} stroke={NODE_BORDER} strokeWidth="1.5" />
      )}
      {shape === 'round-rectangle' && (
        <rect
          x="1.5"
          y="1.5"
          width="11"
          height="11"
          rx="3"
          fill={fill}
          stroke={NODE_BORDER}
          strokeWidth="1.5"
        />
      )}
    </svg>
  );
}
