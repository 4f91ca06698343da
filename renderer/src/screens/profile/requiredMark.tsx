import type { ReactNode } from 'react';

/**
 * Marks required fields with a red asterisk drawn as an image, so that the field's name stays
 * exactly its label ("Tên Ủy ban", not "* Tên Ủy ban") for screen readers and for tests that
 * look a field up by its label.
 */
export function requiredMark(label: ReactNode, { required }: { required: boolean }): ReactNode {
  return (
    <>
      {required && (
        <svg
          aria-hidden="true"
          width="8"
          height="8"
          viewBox="0 0 8 8"
          style={{ marginInlineEnd: 4, verticalAlign: 'super', flex: 'none' }}
        >
          <path d="M4 0v8M0.54 2l6.92 4M0.54 6l6.92-4" stroke="#ff4d4f" strokeWidth="1.4" />
        </svg>
      )}
      {label}
    </>
  );
}
