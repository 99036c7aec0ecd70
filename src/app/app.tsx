/** The shell: routes, layout and the app-wide effects (language, banners, persistence). */
import { Route, Switch } from 'wouter';
import { CasePage } from './case-page';
import { CasesPage } from './cases-page';
import { HomePage } from './home-page';
import { Layout } from './layout';
import { LanguageSync } from './language-sync';
import { NewCasePage } from './new-case-page';
import { NotFoundPage } from './not-found-page';
import { SettingsPage } from './settings-page';

export function App() {
  return (
    <>
      <LanguageSync />
      <Layout>
        <Switch>
          <Route path="/" component={HomePage} />
          <Route path="/cases" component={CasesPage} />
          <Route path="/cases/new" component={NewCasePage} />
          <Route path="/cases/:id">{(params) => <CasePage id={params.id} />}</Route>
          <Route path="/settings" component={SettingsPage} />
          <Route component={NotFoundPage} />
        </Switch>
      </Layout>
    </>
  );
}
