import { type KeyboardEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ComboboxProps<T> {
  label: string;
  placeholder?: string;
  query: string;
  onQuery: (query: string) => void;
  /** null: nothing asked yet (query too short). */
  items: readonly T[] | null;
  status: 'idle' | 'loading' | 'success' | 'error';
  errorText?: string;
  emptyText: string;
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  onPick: (item: T) => void;
  testId: string;
}

/**
 * A search box with a list of suggestions (the WAI-ARIA combobox pattern): arrow keys move
 * through the options, Enter picks, Escape closes; focus stays in the input throughout.
 */
export function Combobox<T>(props: ComboboxProps<T>) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const items = props.items ?? [];
  const listId = `${id}-list`;
  const showList = open && props.query.trim().length > 0 && props.status !== 'idle';

  const pick = (item: T) => {
    props.onPick(item);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(items.length - 1, i + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter') {
      const item = items[active];
      if (showList && item !== undefined) {
        event.preventDefault();
        pick(item);
      }
    } else if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="field combobox" data-testid={props.testId}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && items[active] !== undefined ? `${id}-opt-${active}` : undefined}
        placeholder={props.placeholder}
        value={props.query}
        onChange={(event) => {
          props.onQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <div className="combobox-popup">
          {props.status === 'loading' && (
            <p className="combobox-note" role="status">
              {t('search.searching')}
            </p>
          )}
          {props.status === 'error' && (
            <p className="combobox-note error-text" role="alert">
              {props.errorText}
            </p>
          )}
          {props.status === 'success' && items.length === 0 && (
            <p className="combobox-note" role="status">
              {props.emptyText}
            </p>
          )}
          <div id={listId} role="listbox" aria-label={props.label} hidden={items.length === 0}>
            {props.status === 'success' &&
              items.map((item, index) => (
                <div
                  key={props.itemKey(item)}
                  tabIndex={-1}
                  id={`${id}-opt-${index}`}
                  role="option"
                  aria-selected={index === active}
                  className={index === active ? 'active' : undefined}
                  data-testid={`${props.testId}-option`}
                  // mousedown, not click: the input's blur would close the list first.
                  onMouseDown={(event) => {
                    event.preventDefault();
                    pick(item);
                  }}
                  onMouseEnter={() => setActive(index)}
                >
                  {props.renderItem(item)}
                </div>
              ))}
          </div>
        </div>
      )}
    </div>
  );
}
