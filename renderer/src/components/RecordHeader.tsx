import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import type { ReactNode } from 'react';

interface RecordHeaderProps {
  /** "Danh sách văn bản": back to the list the record belongs to. */
  back: { label: string; onClick(): void };
  /** A second link on the same line, e.g. the meeting a document was drafted from; cut with "…" when long. */
  context?: { label: string; onClick(): void };
  /** The save indicator: on the first line, so the row of buttons keeps its room. */
  status?: ReactNode;
  title: string;
  /** Tags and facts under the title. */
  meta?: ReactNode;
  /** The record's main buttons, kept on one line to the right of the title. */
  actions?: ReactNode;
}

/**
 * The top of a record's page (a meeting, a document). At 1366×768 a long title and four buttons
 * must share one line: the title gives way (cut with "…", whole in its tooltip), the buttons never
 * wrap, and the back links never clip.
 */
export function RecordHeader({ back, context, status, title, meta, actions }: RecordHeaderProps) {
  return (
    <header className="record-header">
      <div className="record-header-links">
        <nav aria-label="Quay lại" className="record-header-nav">
          <Button type="link" className="record-header-back" icon={<ArrowLeftOutlined aria-hidden />} onClick={back.onClick}>
            {back.label}
          </Button>
          {context && (
            <>
              <span className="record-header-separator" aria-hidden>
                ·
              </span>
              <Button type="link" className="record-header-context" title={context.label} onClick={context.onClick}>
                {context.label}
              </Button>
            </>
          )}
        </nav>
        {status && <div className="record-header-status">{status}</div>}
      </div>
      <div className="record-header-main">
        <Typography.Title level={1} className="record-header-title" ellipsis={{ rows: 2, tooltip: title }}>
          {title}
        </Typography.Title>
        {actions && <div className="record-header-actions">{actions}</div>}
      </div>
      {meta && <div className="record-header-meta">{meta}</div>}
    </header>
  );
}
