/** The frame of every page: skip link, navigation, language switch, the page, and the evidence panel. */
import { NavLink, Outlet, useNavigation } from 'react-router';
import { useI18n } from '../i18n/i18n-context';
import { EvidencePanel } from './evidence-panel';
import { ServiceWarnings } from './service-warnings';

export function Layout() {
  const { t, lang, setLang } = useI18n();
  const navigation = useNavigation();
  const links = [
    { to: '/', label: t('nav.overview'), end: true },
    { to: '/regions', label: t('nav.regions') },
    { to: '/indicators', label: t('nav.indicators') },
    { to: '/documents', label: t('nav.documents') },
    { to: '/sql', label: t('nav.sql') },
  ];
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="app-header">
        <NavLink to="/" className="brand">
          {t('app.title')}
        </NavLink>
        <nav aria-label={t('app.title')}>
          <ul className="nav-list">
            {links.map((link) => (
              <li key={link.to}>
                <NavLink to={link.to} end={link.end}>
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <button
          type="button"
          className="button button-quiet lang-switch"
          aria-label={t('lang.label')}
          onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
          lang={lang === 'zh' ? 'en' : 'zh'}
        >
          {t('lang.switch')}
        </button>
      </header>
      {navigation.state === 'loading' ? <div className="route-progress" aria-hidden="true" /> : null}
      <ServiceWarnings />
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <EvidencePanel />
    </div>
  );
}
