/** The browser tab names the page, so history and bookmarks say what each deep link is. */
import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n-context';

/** A page's title as the tab shows it (the server writes the landing page's the same way). */
export function pageTitle(title: string | null | undefined, t: (key: 'app.title') => string): string {
  return title ? `${title} · ${t('app.title')}` : t('app.title');
}

export function usePageTitle(title: string | null | undefined): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = pageTitle(title, t);
  }, [title, t]);
}
