/**
 * The shell: routes, layout and the app-wide effects (language, banners, persistence).
 * Home is part of the start-up bundle; every other screen is a chunk of its own, so the first paint
 * carries only what Home needs (and only Home's part of the messages). The other chunks are fetched
 * at the first touch or soon after start-up (they are precached offline), so a tap on a case never
 * waits on a loading line.
 */
import { lazy, Suspense, useEffect } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { ROUTES } from '../lib/routes';
import { loadLanguage } from '../i18n/translate';
import { useUiStore } from '../stores/ui-store';
import { HomePage } from './home-page';
import { LanguageSync } from './language-sync';
import { Layout } from './layout';
import { PageLoading } from './page-loading';
import { ScreenBoundary } from './screen-boundary';
import { soonAfterStartUp } from './when-idle';

/** A screen's chunk, ready once the rest of the language in use has loaded too. */
function withMessages<M>(load: () => Promise<M>): () => Promise<M> {
  return async () => (await Promise.all([load(), loadLanguage(useUiStore.getState().lang)]))[0];
}

const screens = {
  case: withMessages(() => import('./case-page')),
  cases: withMessages(() => import('./cases-page')),
  newCase: withMessages(() => import('./new-case-page')),
  editCase: withMessages(() => import('./edit-case-page')),
  editInteraction: withMessages(() => import('./edit-interaction-page')),
  log: withMessages(() => import('./log-page')),
  settings: withMessages(() => import('./settings-page')),
  notFound: withMessages(() => import('./not-found-page')),
};

const CasePage = lazy(() => screens.case().then((m) => ({ default: m.CasePage })));
const CasesPage = lazy(() => screens.cases().then((m) => ({ default: m.CasesPage })));
const NewCasePage = lazy(() => screens.newCase().then((m) => ({ default: m.NewCasePage })));
const EditCasePage = lazy(() => screens.editCase().then((m) => ({ default: m.EditCasePage })));
const EditInteractionPage = lazy(() => screens.editInteraction().then((m) => ({ default: m.EditInteractionPage })));
const LogPage = lazy(() => screens.log().then((m) => ({ default: m.LogPage })));
const SettingsPage = lazy(() => screens.settings().then((m) => ({ default: m.SettingsPage })));
const NotFoundPage = lazy(() => screens.notFound().then((m) => ({ default: m.NotFoundPage })));

/** Fetch every screen's chunk, and the rest of the messages, soon after the first screen is up. */
function useWarmScreens() {
  useEffect(() => soonAfterStartUp(() => Object.values(screens).forEach((load) => void load().catch(() => undefined))), []);
}

export function App() {
  useWarmScreens();
  const [path] = useLocation();
  return (
    <>
      <LanguageSync />
      <Layout>
        <ScreenBoundary key={path}>
        <Suspense fallback={<PageLoading />}>
          <Switch>
            <Route path={ROUTES.home} component={HomePage} />
            <Route path={ROUTES.cases} component={CasesPage} />
            <Route path={ROUTES.newCase} component={NewCasePage} />
            <Route path={ROUTES.log}>{() => <LogPage />}</Route>
            <Route path={ROUTES.caseLog}>{(params) => <LogPage caseId={params.id} />}</Route>
            <Route path={ROUTES.editCase}>{(params) => <EditCasePage id={params.id} />}</Route>
            <Route path={ROUTES.editInteraction}>{(params) => <EditInteractionPage caseId={params.id} interactionId={params.iid} />}</Route>
            <Route path={ROUTES.case}>{(params) => <CasePage id={params.id} />}</Route>
            <Route path={ROUTES.settings} component={SettingsPage} />
            <Route component={NotFoundPage} />
          </Switch>
        </Suspense>
        </ScreenBoundary>
      </Layout>
    </>
  );
}
