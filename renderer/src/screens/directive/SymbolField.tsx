import { Input, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { DIRECTIVE_TYPE, SYMBOL_FAMILY } from '../../../../shared/domain';
import { NUMBER_SYMBOL_MAX_LENGTH, type ParseSymbolResult } from '../../../../shared/number-symbol-parser';
import { call } from '../../api/client';

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
  const [parsed, setParsed] = useState<ParseSymbolResult | null>(null);

  useEffect(() => {
    let current = true;
    if (value.trim() === '') {
      setParsed(null);
      onParsed(null);
      return;
    }
    const timer = setTimeout(() => {
      call('directives:parseSymbol', { text: value })
        .then((result) => {
          if (!current) return;
          setParsed(result);
          onParsed(result);
        })
        .catch(() => undefined);
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // onParsed is a fresh closure each render; the reading depends on the text only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

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
