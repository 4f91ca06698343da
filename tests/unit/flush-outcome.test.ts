import { describe, expect, it } from 'vitest';
import { readFlushOutcome } from '../../shared/ipc/events';

describe('readFlushOutcome (the page tells the closing window what it could not save)', () => {
  it('keeps a message the page sends', () => {
    expect(readFlushOutcome({ unsaved: 'Hãy nhập tên hội nghị.' })).toEqual({ unsaved: 'Hãy nhập tên hội nghị.' });
  });

  it.each([undefined, null, 'text', 42, {}, { unsaved: null }, { unsaved: '   ' }, { unsaved: 7 }])(
    'treats %j as nothing unsaved',
    (value) => {
      expect(readFlushOutcome(value)).toEqual({ unsaved: null });
    },
  );

  it('cuts an oversized message so a dialog stays readable', () => {
    expect(readFlushOutcome({ unsaved: 'x'.repeat(5000) }).unsaved).toHaveLength(500);
  });
});
