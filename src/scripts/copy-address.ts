/**
 * Copy buttons for feed addresses on /volgen/. Buttons start hidden: without
 * JavaScript or a clipboard the plain link remains. The result is spoken by the
 * polite live region (role="status") next to the button.
 */
const CLEAR_AFTER_MS = 6000;

export function enableCopyButtons(root: Document): void {
  const clipboard = navigator.clipboard;
  if (!clipboard || typeof clipboard.writeText !== 'function') return;
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const status = button.parentElement?.querySelector<HTMLElement>('[role="status"]');
    let timer: ReturnType<typeof setTimeout> | undefined;
    button.hidden = false;
    button.addEventListener('click', async () => {
      let message: string;
      try {
        await clipboard.writeText(button.dataset.copy ?? '');
        message = button.dataset.copied ?? '';
      } catch {
        message = button.dataset.failed ?? '';
      }
      if (!status) return;
      clearTimeout(timer);
      // Empty first, so a second click on the same button is announced again.
      status.textContent = '';
      requestAnimationFrame(() => {
        status.textContent = message;
      });
      timer = setTimeout(() => {
        status.textContent = '';
      }, CLEAR_AFTER_MS);
    });
  }
}
