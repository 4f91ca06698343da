import Icon from '@ant-design/icons';
import type { CSSProperties } from 'react';

/** @ant-design/icons has no "justify" icon: four full-width lines, drawn like its AlignLeft icon. */
function JustifySvg() {
  return (
    <svg viewBox="0 0 1024 1024" width="1em" height="1em" fill="currentColor" aria-hidden="true" focusable="false">
      <path d="M120 230h784v72H120zM120 430h784v72H120zM120 630h784v72H120zM120 830h784v72H120z" />
    </svg>
  );
}

export function AlignJustifyIcon() {
  return <Icon component={JustifySvg} />;
}

const markerStyle: CSSProperties = {
  fontFamily: "'Times New Roman', 'Liberation Serif', serif",
  fontWeight: 600,
  fontSize: 15,
  lineHeight: 1,
  letterSpacing: -0.5,
};

/** The list buttons show the marker the list will get: "1.", "a)", "-". */
export function ListMarkerIcon({ marker }: { marker: string }) {
  return (
    <span className="anticon" style={markerStyle} aria-hidden="true">
      {marker}
    </span>
  );
}
