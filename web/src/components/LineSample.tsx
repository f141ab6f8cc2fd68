import { EDGE_COLOR } from '../core/appearance/types';

/** How the canvas draws a tie: solid, dashed and faded (ended), or dotted (no source yet). */
export type LineStyle = 'solid' | 'ended' | 'dotted';

/** A short sample of a tie's line, as the canvas draws it (core/appearance/style.ts). */
export function LineSample({ style }: { style: LineStyle }) {
  return (
    <svg className="line-sample" width="28" height="10" aria-hidden="true">
      <line
        x1="1"
        y1="5"
        x2="27"
        y2="5"
        stroke={EDGE_COLOR}
        strokeWidth="2.5"
        strokeLinecap={style === 'dotted' ? 'round' : undefined}
        strokeDasharray={style === 'ended' ? '6 4' : style === 'dotted' ? '0.1 5' : undefined}
        opacity={style === 'ended' ? 0.4 : 0.65}
      />
    </svg>
  );
}
