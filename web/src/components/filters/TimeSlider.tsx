import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../core/i18n';
import { formatDate } from '../../core/i18n/format';
import { usePlayback } from '../../core/time';
import { stepIndex } from '../../core/time/utils';

interface TimeSliderProps {
  /** The dates on which the drawing changes, in order (core/time timeSteps). */
  steps: readonly string[];
  /** The years the ties span ("2014–2026"): what the far right, no date, shows. */
  years: string;
  asOf: string | null;
  onChange: (asOf: string | null, replace: boolean) => void;
}

/**
 * "As of" a date: the slider stops at each date a tie begins or is gone (and today); the far right
 * is every tie of all years (no date filter). Play replays the history from the first date, each
 * step changing the drawing; each frame replaces the history entry, so Back leaves the replay in
 * one step.
 */
export function TimeSlider({ steps, years, asOf, onChange }: TimeSliderProps) {
  const { t } = useTranslation();
  const id = useId();
  const locale = currentLocale();
  const position = Math.max(0, stepIndex(steps, asOf));
  const max = steps.length;

  const advance = useCallback(() => {
    const next = position + 1;
    if (next > max) return false;
    onChange(next === max ? null : (steps[next] ?? null), true);
    return next < max;
  }, [position, max, steps, onChange]);
  const [playing, setPlaying] = usePlayback(advance);

  if (steps.length === 0) {
    return (
      <p className="time-slider muted" data-testid="time-slider-empty">
        {t('time.undated')}
      </p>
    );
  }

  const text =
    asOf === null ? t('time.allYears', { years }) : t('time.asOf', { date: formatDate(asOf, locale) });
  return (
    <div className="time-slider" data-testid="time-slider">
      <button
        type="button"
        className="play"
        data-testid="time-play"
        aria-pressed={playing}
        onClick={() => {
          if (playing) return setPlaying(false);
          // Start from the beginning when at the end, as a replay should.
          if (asOf === null) onChange(steps[0] ?? null, false);
          setPlaying(true);
        }}
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? t('time.pause') : t('time.play')}
      </button>
      <label htmlFor={id}>{t('time.label')}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={max}
        step={1}
        value={asOf === null ? max : position}
        aria-valuetext={text}
        data-testid="time-range"
        onChange={(event) => {
          setPlaying(false);
          const index = Number(event.target.value);
          onChange(index >= max ? null : (steps[index] ?? null), false);
        }}
      />
      <output htmlFor={id} data-testid="time-value">
        {text}
      </output>
    </div>
  );
}
