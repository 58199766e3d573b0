import '@trappen/ui/styles.css';
import './console.css';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type Lang, LanguageProvider, mountApp } from '@trappen/ui';
import { App } from './App';
import { errorCode } from './api/errors';
import { createClient, TRPCProvider } from './api/trpc';
import { isMeKey } from './auth/session-cache';

const LANG_KEY = 'trappen.console.lang';
const NO_RETRY = new Set(['UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_REQUEST', 'CONFLICT']);

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    // An expired session shows up on any query: go back to the login form.
    onError: (error, query) => {
      if (!isMeKey(query.queryKey) && errorCode(error) === 'UNAUTHORIZED') {
        void queryClient.invalidateQueries({ queryKey: [['auth', 'me']] });
      }
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      retry: (count, error) => !NO_RETRY.has(errorCode(error) ?? '') && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});
const trpcClient = createClient();
const stored = window.localStorage.getItem(LANG_KEY);
const initialLang: Lang = stored === 'en' ? 'en' : 'da';

mountApp(
  <QueryClientProvider client={queryClient}>
    <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
      <LanguageProvider
        initialLang={initialLang}
        onLangChange={(lang) => window.localStorage.setItem(LANG_KEY, lang)}
      >
        <App />
      </LanguageProvider>
    </TRPCProvider>
  </QueryClientProvider>,
);
