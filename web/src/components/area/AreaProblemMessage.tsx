import { useTranslation } from 'react-i18next';
import type { Area, AreaProblem } from '../../core/area/types';
import { tMaybe } from '../../core/i18n';

interface AreaProblemMessageProps {
  problem: AreaProblem;
  /** The link of a view of another area (keeps the other choices). */
  hrefOf: (teryt: string) => string;
  onPick: (teryt: string) => void;
}

const place = (area: Area) => `${area.name} (${tMaybe(`area.level.${area.level}`, area.level)})`;

/**
 * Instead of a network, when the link's area cannot be drawn: names the code, says why, and
 * offers the nearest areas with data as links. Never the network of another area.
 */
export function AreaProblemMessage({ problem, hrefOf, onPick }: AreaProblemMessageProps) {
  const { t } = useTranslation();
  const text =
    problem.kind === 'noData'
      ? t('area.problem.noData', { name: place(problem.area), code: problem.code })
      : problem.kind === 'checking'
        ? t('area.problem.checking', { code: problem.code })
        : problem.kind === 'malformed'
          ? t('area.problem.malformed', { code: problem.code })
          : t('area.problem.unknown', { code: problem.code });
  return (
    <div
      className="status status-empty area-problem"
      role="alert"
      data-testid="area-problem"
      data-kind={problem.kind}
    >
      <p className="status-title">{text}</p>
      {problem.nearby.length > 0 && (
        <>
          <p>{t('area.problem.nearby')}</p>
          <ul className="area-problem-links">
            {problem.nearby.map((area) => (
              <li key={area.teryt}>
                <a
                  href={hrefOf(area.teryt)}
                  data-teryt={area.teryt}
                  onClick={(event) => {
                    event.preventDefault();
                    onPick(area.teryt);
                  }}
                >
                  {place(area)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
