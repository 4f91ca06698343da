import { SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Input } from 'antd';
import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';

/*
 * The shell of the four list screens (meetings, directives, tasks, directory): a title with the
 * screen's buttons, one bar of filters (remembered in store/list-filters.ts, with "Bỏ lọc" whenever
 * one is set), the error of the list in plain words, then the list itself.
 */

export function ListScreen({ title, subtitle, actions, children }: { title: string; subtitle?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  return (
    <div className="screen">
      <div className="screen-header">
        <div>
          <h1>{title}</h1>
          {subtitle && <div className="muted">{subtitle}</div>}
        </div>
        {actions && <div className="record-header-actions">{actions}</div>}
      </div>
      {children}
    </div>
  );
}

interface ListToolbarProps {
  children: ReactNode;
  /** Some filter differs from the list's first view: "Bỏ lọc" is offered. */
  filtered: boolean;
  onReset(): void;
  /** Buttons at the right end of the bar ("Thêm người"). */
  actions?: ReactNode;
}

export function ListToolbar({ children, filtered, onReset, actions }: ListToolbarProps) {
  return (
    // The filters wrap among themselves; the buttons keep their place at the right end of the first line.
    <Flex gap={16} align="start" className="list-toolbar">
      <Flex wrap gap={8} align="center" style={{ flex: 1, minWidth: 0 }} role="search" aria-label="Bộ lọc danh sách">
        {children}
        {filtered && (
          <Button type="link" onClick={onReset}>
            Bỏ lọc
          </Button>
        )}
      </Flex>
      {actions && <div style={{ flex: 'none' }}>{actions}</div>}
    </Flex>
  );
}

/** Wait this long after the last keystroke before searching, so a word typed is one query. */
const TYPING_PAUSE_MS = 250;

interface ListSearchProps {
  /** The text the list is filtered by (from its remembered filter). */
  value: string;
  onSearch(text: string): void;
  label: string;
  placeholder: string;
  style?: CSSProperties;
}

/** The search box of a list: what is typed shows at once, the list follows after a pause. */
export function ListSearch({ value, onSearch, label, placeholder, style }: ListSearchProps) {
  const [draft, setDraft] = useState(value);
  const applied = useRef(value);
  // The filter changed from outside ("Bỏ lọc", a link that opens the list on a view): show it.
  useEffect(() => {
    if (value !== applied.current) {
      applied.current = value;
      setDraft(value);
    }
  }, [value]);
  useEffect(() => {
    if (draft === applied.current) return;
    const timer = setTimeout(() => {
      applied.current = draft;
      onSearch(draft);
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [draft, onSearch]);
  // Leaving the list within the pause: what was typed is still what the list shows on return.
  const latest = useRef({ draft, onSearch });
  latest.current = { draft, onSearch };
  useEffect(
    () => () => {
      const { draft: typed, onSearch: apply } = latest.current;
      if (typed !== applied.current) apply(typed);
    },
    [],
  );
  return (
    <Input
      allowClear
      aria-label={label}
      prefix={<SearchOutlined aria-hidden />}
      placeholder={placeholder}
      style={style}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
    />
  );
}

export function ListError({ error, what, onRetry }: { error: string | null; what: string; onRetry(): void }) {
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={`Không tải được ${what}`}
      description={error}
      action={<Button onClick={onRetry}>Thử lại</Button>}
      style={{ marginBottom: 16 }}
    />
  );
}
