import type { ReactNode } from 'react';
import { useLanguage, useT } from './i18n/LanguageProvider';

/** Props of {@link AppShell}. */
export interface AppShellProps {
  /** The app's name, e.g. "Forældreportalen". */
  appName: string;
  /** The municipality's name, always visible, e.g. "Eksempelby Kommune". */
  municipality: string;
  /** The signed-in user's role in the UI language, e.g. "Sagsbehandler"; omit when signed out. */
  userRole?: string;
  /** Extra header content, e.g. a log-out button. */
  headerActions?: ReactNode;
  /** Main navigation (links); rendered inside a labelled `<nav>`. */
  nav?: ReactNode;
  /** Accessible name of the navigation (default: the app name). */
  navLabel?: string;
  /** Footer content, e.g. a link to the accessibility statement. */
  footer?: ReactNode;
  /** Id of the `<main>` element, the skip link's target (default `main`). */
  mainId?: string;
  /** The page. */
  children: ReactNode;
}

/**
 * The page frame of every app: a skip link, a header with the app and municipality
 * names, the user's role and a Danish/English toggle, optional navigation, one
 * `<main>` landmark and a footer. Must be inside a {@link LanguageProvider}.
 */
export function AppShell({
  appName,
  municipality,
  userRole,
  headerActions,
  nav,
  navLabel,
  footer,
  mainId = 'main',
  children,
}: AppShellProps): ReactNode {
  const t = useT();
  const { lang, setLang } = useLanguage();
  const other = lang === 'da' ? 'en' : 'da';
  return (
    <div className="tr-shell">
      <a className="tr-skip-link" href={`#${mainId}`}>
        {t('skipLink')}
      </a>
      <header className="tr-shell__header">
        <div className="tr-shell__brand">
          <span className="tr-shell__app">{appName}</span>
          <span className="tr-shell__municipality">{municipality}</span>
        </div>
        {userRole ? (
          <p className="tr-shell__role">
            <span className="tr-visually-hidden">{`${t('roleLabel')}: `}</span>
            {userRole}
          </p>
        ) : null}
        {/* The button names the other language in that language, marked with its lang. */}
        <button
          type="button"
          className="tr-button tr-shell__lang"
          lang={other}
          onClick={() => setLang(other)}
        >
          {t('switchLanguage')}
        </button>
        {headerActions}
      </header>
      {nav ? (
        <nav className="tr-shell__nav" aria-label={navLabel ?? appName}>
          {nav}
        </nav>
      ) : null}
      <main id={mainId} className="tr-shell__main" tabIndex={-1}>
        {children}
      </main>
      <footer className="tr-shell__footer">{footer}</footer>
    </div>
  );
}
