/** Live example of how the abbreviation appears in a number-symbol, e.g. "Số: 05/BB-MTTQ-BTT". */
export function AbbreviationExample({ abbreviation }: { abbreviation: string | undefined }) {
  const shown = (abbreviation ?? '').trim() || 'MTTQ-BTT';
  return (
    <span>
      Phần đứng sau mã loại văn bản. Ví dụ, biên bản số 05 sẽ ghi: <strong>{`Số: 05/BB-${shown}`}</strong>
    </span>
  );
}
