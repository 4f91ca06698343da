import { Fragment } from 'react';

/** A snippet with its matches in <mark>, as the main process found them. */
export function Highlighted({ text, highlights }: { text: string; highlights: Array<[number, number]> }) {
  const parts: Array<{ text: string; mark: boolean }> = [];
  let at = 0;
  for (const [start, end] of highlights) {
    if (start < at || end > text.length) continue;
    if (start > at) parts.push({ text: text.slice(at, start), mark: false });
    parts.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>{part.mark ? <mark className="search-mark">{part.text}</mark> : part.text}</Fragment>
      ))}
    </>
  );
}
