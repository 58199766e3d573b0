import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import {
  type Dictionary,
  type Lang,
  type Messages,
  type Translate,
  translator,
} from './dictionary';
import { type UiMessageKey, uiMessages } from './ui-messages';

/** The current language and a way to change it. */
export interface LanguageContextValue {
  /** The language the UI is shown in. */
  lang: Lang;
  /** Switches the UI language. */
  setLang: (lang: Lang) => void;
}

// Without a provider the UI is Danish and cannot switch; that keeps components usable
// in isolation (tests, server rendering) without a wrapper.
const LanguageContext = createContext<LanguageContextValue>({ lang: 'da', setLang: () => {} });

/** Props of {@link LanguageProvider}. */
export interface LanguageProviderProps {
  /** Starting language when uncontrolled (default Danish). */
  initialLang?: Lang;
  /** The language, when the app controls it (e.g. from the URL). */
  lang?: Lang;
  /** Called when the user switches language. */
  onLangChange?: (lang: Lang) => void;
  /** Whether to mirror the language onto `<html lang>` (default true; WCAG 3.1.1). */
  setDocumentLang?: boolean;
  /** The app. */
  children: ReactNode;
}

/**
 * Holds the UI language (Danish first) for everything below it, and keeps
 * `<html lang>` in step so screen readers pronounce the text correctly.
 */
export function LanguageProvider({
  initialLang = 'da',
  lang: controlled,
  onLangChange,
  setDocumentLang = true,
  children,
}: LanguageProviderProps): ReactNode {
  const [uncontrolled, setUncontrolled] = useState<Lang>(initialLang);
  const lang = controlled ?? uncontrolled;
  const value = useMemo<LanguageContextValue>(
    () => ({
      lang,
      setLang: (next) => {
        setUncontrolled(next);
        onLangChange?.(next);
      },
    }),
    [lang, onLangChange],
  );
  useEffect(() => {
    if (setDocumentLang && typeof document !== 'undefined') document.documentElement.lang = lang;
  }, [lang, setDocumentLang]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/** The current language and its setter. */
export function useLanguage(): LanguageContextValue {
  return useContext(LanguageContext);
}

/**
 * A translate function for the current language. Without an argument it covers the
 * messages of `@trappen/ui`; pass an app's own dictionary (from `defineMessages`) to
 * translate its keys, type-checked.
 *
 * @example
 * ```tsx
 * const t = useT(portalMessages);
 * return <h1>{t('plan.title', { child: name })}</h1>;
 * ```
 */
export function useT(): Translate<UiMessageKey>;
export function useT<K extends string>(dictionary: Dictionary<K>): Translate<K>;
export function useT<K extends string>(dictionary?: Dictionary<K>): Translate<K | UiMessageKey> {
  const { lang } = useLanguage();
  return useMemo(() => {
    const dict = (dictionary ?? uiMessages) as Dictionary<K | UiMessageKey>;
    return translator(dict, lang);
  }, [dictionary, lang]);
}

/** Picks the text for a language from a `{ da, en }` pair, e.g. a step's name. */
export function pick(text: Messages<Lang>, lang: Lang): string {
  return text[lang];
}
