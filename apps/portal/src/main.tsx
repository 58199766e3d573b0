import '@trappen/ui/styles.css';
import './portal.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { LanguageProvider, mountApp } from '@trappen/ui';
import { App } from './App';
import { meQueryKey, queryClient } from './api/client';
import { parentViewQuery } from './api/queries';
import { preloadLogin, preloadPage } from './pages/lazy-pages';
import { matchRoute } from './router/routes';
import { fetchMe } from './session/use-me';

// Start the session check, the page's code and the child's data together rather
// than one after the other (a slow phone pays for every round trip).
const route = matchRoute(window.location.pathname);
preloadPage(route);
if (route.name === 'plan' || route.name === 'yourView')
  void queryClient.prefetchQuery(parentViewQuery(route.childId));
void queryClient.prefetchQuery({ queryKey: meQueryKey, queryFn: fetchMe }).then(() => {
  if (queryClient.getQueryData(meQueryKey) === null) preloadLogin();
});

mountApp(
  <LanguageProvider initialLang="da">
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </LanguageProvider>,
);
