import type { MouseEvent, ReactNode } from 'react';

export interface RecordListItem {
  key: string | number;
  /** What the row is (a meeting's title, a report's name): a heading, so a screen reader can jump between rows. */
  title: ReactNode;
  /** The full title when `title` is cut to one line (`oneLineTitles`): shown on hover, read by screen readers anyway. */
  fullTitle?: string;
  description?: ReactNode;
  /** On the right: a status tag or the row's buttons. */
  aside?: ReactNode;
  /** The row opens its record; the title is then a link (`href` for the address, Tab reaches it). */
  open?: { href: string; onOpen(): void };
}

interface RecordListProps {
  items: RecordListItem[];
  label?: string;
  empty: ReactNode;
  /** Tighter rows with side padding, for a list inside a card beside other content. */
  compact?: boolean;
  oneLineTitles?: boolean;
}

/**
 * A short list of records on a card (the home screen's meetings and reports due). Plain markup
 * rather than antd's List: List brings Pagination and with it the Select and its virtual list, and
 * a cut title brought Typography's measuring and a Tooltip — all code the first screen had to load
 * and run before it could paint (README, "The window: first paint and typing").
 */
export function RecordList({ items, label, empty, compact = false, oneLineTitles = false }: RecordListProps) {
  if (items.length === 0) return <div className="record-list-empty">{empty}</div>;
  const classes = ['record-list', compact ? 'record-list-compact' : '', oneLineTitles ? 'record-list-one-line' : ''].filter(Boolean).join(' ');
  return (
    <ul className={classes} aria-label={label}>
      {items.map((item) => (
        <li
          key={item.key}
          className={item.open ? 'record-list-item clickable-row' : 'record-list-item'}
          onClick={item.open ? () => item.open!.onOpen() : undefined}
        >
          <div className="record-list-main">
            <h4 className="record-list-title" title={item.fullTitle}>
              {item.open ? (
                <a
                  href={item.open.href}
                  onClick={(event: MouseEvent<HTMLAnchorElement>) => {
                    // The row's own click opens it (through the leave guard); the address is for Tab and screen readers.
                    event.preventDefault();
                  }}
                >
                  {item.title}
                </a>
              ) : (
                item.title
              )}
            </h4>
            {item.description !== undefined && <div className="record-list-description">{item.description}</div>}
          </div>
          {item.aside !== undefined && <div className="record-list-aside">{item.aside}</div>}
        </li>
      ))}
    </ul>
  );
}
