/** The browser tab names the page, so history and bookmarks say what each deep link is. */
import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n-context';

export function usePageTitle(title: string | null | undefined): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = title ? `${title} · ${t('app.title')}` : t('app.title');
  }, [title, t]);
}
