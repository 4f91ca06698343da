import { Input, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { DIRECTIVE_TYPE, SYMBOL_FAMILY } from '../../../../shared/domain';
import { NUMBER_SYMBOL_MAX_LENGTH, type ParseSymbolResult } from '../../../../shared/number-symbol-parser';
import { useApiQuery } from '../../api/query';
import { useSettled } from '../../components/useSettled';

/** Read again this long after the last keystroke. */
const TYPING_PAUSE_MS = 120;

interface SymbolFieldProps {
  value: string;
  onChange(value: string): void;
  /** Told every time the reading changes, so the form can fill the type. */
  onParsed(result: ParseSymbolResult | null): void;
}

/**
 * The number-symbol, read as the user types (through the same parser the main process uses
 * to refuse a save): the kind found, or the reason the symbol cannot be read.
 */
export function SymbolField({ value, onChange, onParsed }: SymbolFieldProps) {
  const settled = useSettled(value, TYPING_PAUSE_MS);
  // The previous reading stays in sight while the next one is asked for, as the user types.
  const reading = useApiQuery('directives:parseSymbol', { text: settled }, { enabled: settled.trim() !== '', keepPrevious: true });
  // An emptied field has no reading at once, and none until typing pauses again.
  const blank = value.trim() === '' || settled.trim() === '';
  const parsed = blank ? null : (reading.data ?? null);
  // The form is told of an emptied field and of each answer: not of the previous answer shown
  // while the next is read (`refreshing`), nor of the wait for the first one (a record opened
  // keeps its type meanwhile). A reading that fails says nothing here; the save refuses the
  // symbol with its reason.
  const answer = blank ? null : reading.refreshing ? undefined : reading.data;
  useEffect(() => {
    if (answer !== undefined) onParsed(answer);
    // onParsed is a fresh closure each render; what it is told depends on the answer only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [answer]);

  return (
    <div>
      <Input
        id="directive-symbol"
        aria-label="Số, ký hiệu"
        placeholder="Ví dụ: 56-NQ/TU, 757/QĐ-UBND, 12/BC-MTTQ-BTT"
        status={parsed && !parsed.ok ? 'error' : undefined}
        value={value}
        maxLength={NUMBER_SYMBOL_MAX_LENGTH}
        onChange={(e) => onChange(e.target.value)}
      />
      <div style={{ minHeight: 24, marginTop: 4 }} aria-live="polite" data-testid="symbol-reading">
        {parsed?.ok === true && (
          <>
            <Tag color="green">{DIRECTIVE_TYPE.labels[parsed.value.type]}</Tag>
            <Typography.Text type="secondary">
              {SYMBOL_FAMILY.labels[parsed.value.family]} · đọc là <strong>{parsed.value.normalized}</strong>
            </Typography.Text>
          </>
        )}
        {parsed?.ok === false && <Typography.Text type="danger">{parsed.reason}</Typography.Text>}
      </div>
    </div>
  );
}
