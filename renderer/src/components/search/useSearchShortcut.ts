import { useEffect, useRef } from 'react';

/**
 * Ctrl+K (⌘K on a Mac) from anywhere, even inside a text field or the editor: puts the cursor in
 * the search box. The app's menu has the same accelerator (Electron then sends 'focus-search').
 */
export function useSearchShortcut(onShortcut: () => void): void {
  const latest = useRef(onShortcut);
  latest.current = onShortcut;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        latest.current();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    const offMenu = window.appEvents?.onMenuCommand((command) => {
      if (command === 'focus-search') latest.current();
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      offMenu?.();
    };
  }, []);
}
