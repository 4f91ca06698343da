/**
 * antd's icons render `<span role="img" aria-label="home">`: the icon's English file name, which a
 * screen reader reads aloud ("home Trang chủ", "close"). Every icon in this app stands beside a
 * Vietnamese word or inside a control that carries its own Vietnamese label, so icons are hidden
 * from assistive technology instead. One observer covers every screen, dialog and toast, including
 * icons antd draws itself (the close button of a modal keeps its own Vietnamese "Đóng").
 */
const ICON_SELECTOR = 'span.anticon[role="img"]';

function hide(icon: Element): void {
  icon.removeAttribute('aria-label');
  icon.removeAttribute('role');
  icon.setAttribute('aria-hidden', 'true');
}

function hideWithin(node: Node): void {
  if (!(node instanceof Element)) return;
  if (node.matches(ICON_SELECTOR)) hide(node);
  for (const icon of node.querySelectorAll(ICON_SELECTOR)) hide(icon);
}

export function hideDecorativeIcons(root: HTMLElement = document.body): () => void {
  hideWithin(root);
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'attributes') hideWithin(mutation.target);
      else for (const node of mutation.addedNodes) hideWithin(node);
    }
  });
  // antd re-renders an icon in place (a spinner becoming a tick): watch its role and label too.
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['role', 'aria-label'] });
  return () => observer.disconnect();
}
