/** The frame of every page: skip link, navigation, language switch, the page, and the evidence panel. */
import { Form, NavLink, Outlet, useLocation, useNavigation, useSearchParams } from 'react-router';
import { useI18n } from '../i18n/i18n-context';
import { EvidencePanel } from './evidence-panel';
import { ServiceWarnings } from './service-warnings';

export function Layout() {
  const { t, lang, setLang } = useI18n();
  const navigation = useNavigation();
  const [params] = useSearchParams();
  const location = useLocation();
  // Other pages use `?q=` for their own searches (the SQL text, commitments): only the search page's is ours.
  const searched = location.pathname === '/search' ? (params.get('q') ?? '') : '';
  const links = [
    { to: '/', label: t('nav.overview'), end: true },
    { to: '/regions', label: t('nav.regions') },
    { to: '/indicators', label: t('nav.indicators') },
    { to: '/documents', label: t('nav.documents') },
    { to: '/sql', label: t('nav.sql') },
    { to: '/data', label: t('nav.data') },
    { to: '/add', label: t('nav.add') },
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
        {/* The global search: facts and documents, on its own page (`/search?q=`). */}
        <Form action="/search" role="search" className="global-search">
          <input
            type="search"
            name="q"
            key={searched}
            defaultValue={searched}
            placeholder={t('search.placeholder')}
            aria-label={t('search.title')}
            data-testid="global-search"
          />
        </Form>
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
