import { useEffect, useMemo, useRef } from 'react';
import type { IntakeProposal } from '../../../../shared/schemas/intake';
import { useIntake } from '../../store/intake';
import { HIGHLIGHT_LABELS, INTAKE_TEXT } from './intake-labels';
import { highlightsOf, piecesOf, type HighlightKind, type ReviewDraft } from './review-draft';

const SWATCH: Record<HighlightKind, string> = {
  header: '#dbe8f7',
  attendee: '#d7f0d9',
  speech: '#f1e8fb',
  conclusion: '#fde6cf',
  award: '#fbf0b9',
  directive: '#cfeff0',
  figure: '#f9d9ea',
};

/**
 * The source text as it was read, every proposal highlighted where it came from. The item being
 * looked at in the review is outlined and scrolled into view; clicking a highlight selects it.
 */
export function SourceView({ proposal, draft }: { proposal: IntakeProposal; draft: ReviewDraft }) {
  const active = useIntake((s) => s.active);
  const setActive = useIntake((s) => s.setActive);
  const container = useRef<HTMLDivElement>(null);
  const pieces = useMemo(() => piecesOf(proposal.sourceText.length, highlightsOf(draft, proposal)), [proposal, draft]);

  useEffect(() => {
    if (!active || !container.current) return;
    const first = container.current.querySelector(`[data-keys~="${CSS.escape(active)}"]`);
    first?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [active]);

  return (
    <div ref={container}>
      <div className="intake-legend" aria-hidden>
        {(Object.keys(HIGHLIGHT_LABELS) as HighlightKind[]).map((kind) => (
          <span key={kind} style={{ ['--swatch' as string]: SWATCH[kind] }}>
            {HIGHLIGHT_LABELS[kind]}
          </span>
        ))}
      </div>
      <pre className="intake-source" aria-label={INTAKE_TEXT.source}>
        {pieces.map((piece) => {
          const text = proposal.sourceText.slice(piece.start, piece.end);
          if (piece.kind === null) return <span key={piece.start}>{text}</span>;
          const isActive = active !== null && piece.keys.includes(active);
          // Keys come innermost first: the innermost item is the one a click selects.
          const own = piece.keys[0] ?? null;
          return (
            <mark
              key={piece.start}
              data-keys={piece.keys.join(' ')}
              className={`intake-mark intake-${piece.kind}${isActive ? ' is-active' : ''}${piece.accepted ? '' : ' is-dropped'}`}
              title={HIGHLIGHT_LABELS[piece.kind]}
              onClick={() => setActive(own)}
            >
              {text}
            </mark>
          );
        })}
      </pre>
    </div>
  );
}
