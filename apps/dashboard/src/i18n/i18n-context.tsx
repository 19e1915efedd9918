/**
 * The current language, kept in localStorage so a reload keeps the reader's choice, and in a cookie
 * so the server renders the landing page in it (server-render.tsx); `<html lang>` follows it for
 * screen readers and fonts.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type Lang, type MessageKey, translate } from './dictionary';
import { regionName } from './region-names';

const STORAGE_KEY = 'gwr.lang';
/** The cookie the server reads (apps/api/src/static-site.ts): a year, for the whole site. */
const COOKIE = `${STORAGE_KEY}=`;
const COOKIE_ATTRIBUTES = '; path=/; max-age=31536000; samesite=lax';

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  /** A region's name in the current language (`庆元县`, `Qingyuan County`). */
  region: (name: string | null | undefined) => string;
}

const I18nContext = createContext<I18n | null>(null);

function storedLang(): Lang | null {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'zh') return stored;
  } catch {
    // Storage can be blocked (private mode); the default is fine.
  }
  return null;
}

interface Props {
  children: ReactNode;
  /** The language to render in first (default: the reader's stored choice, else Chinese). */
  lang?: Lang;
  /**
   * `lang` is the language the server rendered the page in: the reader's stored choice, if another
   * (chosen before the cookie existed), follows once the page is hydrated.
   */
  prerendered?: boolean;
}

export function I18nProvider({ children, lang: fixed, prerendered = false }: Props) {
  const [lang, setLangState] = useState<Lang>(() => fixed ?? storedLang() ?? 'zh');
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisted; the switch still works for this visit.
    }
  }, []);
  useEffect(() => {
    if (!prerendered) return;
    const stored = storedLang();
    if (stored) setLangState(stored);
  }, [prerendered]);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    // biome-ignore lint/suspicious/noDocumentCookie: one plain cookie; the Cookie Store API is missing from older Safari and Firefox
    document.cookie = `${COOKIE}${lang}${COOKIE_ATTRIBUTES}`;
  }, [lang]);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, vars) => translate(lang, key, vars),
      region: (name) => regionName(name, lang),
    }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside <I18nProvider>');
  return value;
}
