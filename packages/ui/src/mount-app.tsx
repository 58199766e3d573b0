import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * Renders an app into the page's `#root` element in strict mode. A page without
 * `#root` is a broken build, so it fails loudly rather than showing a blank page.
 *
 * @example
 * ```tsx
 * mountApp(<LanguageProvider initialLang="da"><App /></LanguageProvider>);
 * ```
 */
export function mountApp(app: ReactNode): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element.');
  createRoot(root).render(<StrictMode>{app}</StrictMode>);
}
