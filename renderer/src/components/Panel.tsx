import { useId, type CSSProperties, type ReactNode } from 'react';

interface PanelProps {
  /** The panel's heading; the panel is a region named by it. */
  title: ReactNode;
  /** On the right of the heading: a link to the whole list. */
  extra?: ReactNode;
  style?: CSSProperties;
  children: ReactNode;
}

/**
 * A titled white panel, in the look of antd's Card, for the home screen. Plain markup because
 * Card brings Tabs, and Tabs its overflow Dropdown and a Menu — code the first screen had to load
 * and compile before it could paint, for cards that never show tabs (README, "The window: first
 * paint and typing"). The other screens keep antd's Card.
 */
export function Panel({ title, extra, style, children }: PanelProps) {
  const headingId = useId();
  return (
    <section className="panel" style={style} aria-labelledby={headingId}>
      <div className="panel-head">
        <h2 className="panel-title" id={headingId}>
          {title}
        </h2>
        {extra !== undefined && <div className="panel-extra">{extra}</div>}
      </div>
      <div className="panel-body">{children}</div>
    </section>
  );
}
