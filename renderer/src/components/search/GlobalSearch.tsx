import { SearchOutlined } from '@ant-design/icons';
import { Input, Tag, type InputRef } from 'antd';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { SEARCH_SCOPE, type SearchScope } from '../../../../shared/domain';
import type { SearchHit } from '../../../../shared/schemas/search';
import { useApiQuery } from '../../api/query';
import { Highlighted } from './Highlighted';
import { openHit } from './open-hit';
import { useSearchMaintenance } from './useSearchMaintenance';
import { useSearchShortcut } from './useSearchShortcut';

/** Results while typing: asked again this long after the last keystroke. */
const TYPING_PAUSE_MS = 120;
const LIST_ID = 'tim-kiem-ket-qua';

/**
 * The search box in the top bar of every screen: Ctrl+K from anywhere, results while typing,
 * grouped by kind with the match marked, ↑/↓ to move, Enter to open at the matching row, Esc to
 * close; scope chips narrow it to meetings, documents, tasks or the directory.
 */
export function GlobalSearch() {
  const inputRef = useRef<InputRef>(null);
  const [text, setText] = useState('');
  const [typed, setTyped] = useState('');
  const [scope, setScope] = useState<SearchScope>('tat_ca');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  useSearchMaintenance();
  useSearchShortcut(() => {
    inputRef.current?.focus({ cursor: 'all' });
    setOpen(true);
  });

  useEffect(() => {
    const timer = setTimeout(() => setTyped(text), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const query = useApiQuery(
    'search:query',
    { query: typed, scope, perKind: scope === 'tat_ca' ? 5 : 20 },
    // While the index is being built the answer covers what is built so far: read again each second.
    { enabled: typed.trim() !== '', keepPrevious: true, refetchEvery: (data) => (data?.indexing ? 1000 : false) },
  );
  const groups = typed.trim() === '' ? [] : (query.data?.groups ?? []);
  const hits = useMemo(() => groups.flatMap((group) => group.hits), [groups]);
  useEffect(() => setActive(0), [query.data]);

  const choose = (hit: SearchHit) => {
    setOpen(false);
    inputRef.current?.blur();
    void openHit(hit);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (hits.length === 0 ? 0 : (i + 1) % hits.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (hits.length === 0 ? 0 : (i - 1 + hits.length) % hits.length));
    } else if (event.key === 'Enter') {
      const hit = hits[active];
      if (hit) {
        event.preventDefault();
        choose(hit);
      }
    } else if (event.key === 'Escape') {
      setOpen(false);
      inputRef.current?.blur();
    }
  };

  const showPanel = open && text.trim() !== '';
  const activeHit = hits[active];
  let index = -1;
  return (
    <div className="global-search" onBlur={(event) => !event.currentTarget.contains(event.relatedTarget) && setOpen(false)}>
      <Input
        ref={inputRef}
        allowClear
        prefix={<SearchOutlined aria-hidden />}
        suffix={<kbd className="search-kbd">Ctrl+K</kbd>}
        placeholder="Tìm người, hội nghị, văn bản, số ký hiệu, nhiệm vụ…"
        aria-label="Tìm kiếm trong toàn bộ dữ liệu"
        role="combobox"
        aria-expanded={showPanel}
        aria-controls={LIST_ID}
        aria-autocomplete="list"
        aria-activedescendant={showPanel && activeHit ? hitDomId(activeHit) : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      {showPanel && (
        <div className="search-panel" tabIndex={-1}>
          <div className="search-scopes" role="group" aria-label="Phạm vi tìm kiếm">
            {SEARCH_SCOPE.values.map((value) => (
              <Tag.CheckableTag
                key={value}
                checked={scope === value}
                aria-pressed={scope === value}
                onChange={() => {
                  setScope(value);
                  inputRef.current?.focus();
                }}
              >
                {SEARCH_SCOPE.labels[value]}
              </Tag.CheckableTag>
            ))}
          </div>
          {query.data?.hint && typed.trim() !== '' && <p className="text-secondary search-hint">{query.data.hint}</p>}
          {query.error && <p className="text-danger">{query.error}</p>}
          <div id={LIST_ID} role="listbox" aria-label="Kết quả tìm kiếm" className="search-results">
            {groups.map((group) => (
              <div key={group.kind} role="group" aria-label={group.label} className="search-group">
                <div className="search-group-title" aria-hidden>
                  {group.label}
                </div>
                {group.hits.map((hit) => {
                  index += 1;
                  const position = index;
                  return (
                    <div
                      key={`${hit.kind}-${hit.id}`}
                      id={hitDomId(hit)}
                      role="option"
                      aria-selected={position === active}
                      className={`search-hit${position === active ? ' search-hit-active' : ''}`}
                      onMouseEnter={() => setActive(position)}
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => choose(hit)}
                    >
                      <div className="search-hit-title">{hit.title || '(chưa có tên)'}</div>
                      {hit.detail && <div className="search-hit-detail">{hit.detail}</div>}
                      <div className="search-hit-snippet">
                        <Highlighted text={hit.snippet} highlights={hit.highlights} />
                      </div>
                    </div>
                  );
                })}
                {group.more && scope === 'tat_ca' && <div className="search-more">Còn kết quả khác: chọn phạm vi ở trên để xem thêm.</div>}
              </div>
            ))}
            {query.data && groups.length === 0 && !query.data.hint && !query.loading && typed.trim() !== '' && (
              <div className="search-empty">Không tìm thấy gì khớp với «{typed.trim()}». Hãy thử ít từ hơn, hoặc gõ đầu của từ.</div>
            )}
          </div>
        </div>
      )}
    </div>
  );
}

function hitDomId(hit: Pick<SearchHit, 'kind' | 'id'>): string {
  return `ket-qua-${hit.kind}-${hit.id}`;
}
