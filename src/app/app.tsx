/** The shell: routes, layout and the app-wide effects (language, banners, persistence). */
import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { PageLoading } from './page-loading';
import { CasePage } from './case-page';
import { CasesPage } from './cases-page';
import { EditCasePage } from './edit-case-page';
import { EditInteractionPage } from './edit-interaction-page';
import { HomePage } from './home-page';
import { Layout } from './layout';
import { LanguageSync } from './language-sync';
import { LogPage } from './log-page';
import { NewCasePage } from './new-case-page';
import { NotFoundPage } from './not-found-page';

// Settings carries the backup, restore and CSV engines: loaded when first opened (precached offline).
const SettingsPage = lazy(() => import('./settings-page').then((m) => ({ default: m.SettingsPage })));

export function App() {
  return (
    <>
      <LanguageSync />
      <Layout>
        <Switch>
          <Route path="/" component={HomePage} />
          <Route path="/cases" component={CasesPage} />
          <Route path="/cases/new" component={NewCasePage} />
          <Route path="/log">{() => <LogPage />}</Route>
          <Route path="/cases/:id/log">{(params) => <LogPage caseId={params.id} />}</Route>
          <Route path="/cases/:id/edit">{(params) => <EditCasePage id={params.id} />}</Route>
          <Route path="/cases/:id/interactions/:iid/edit">{(params) => <EditInteractionPage caseId={params.id} interactionId={params.iid} />}</Route>
          <Route path="/cases/:id">{(params) => <CasePage id={params.id} />}</Route>
          <Route path="/settings">
            <Suspense fallback={<PageLoading />}>
              <SettingsPage />
            </Suspense>
          </Route>
          <Route component={NotFoundPage} />
        </Switch>
      </Layout>
    </>
  );
}
