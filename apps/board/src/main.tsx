import '@trappen/ui/styles.css';
import './board.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { LanguageProvider, mountApp } from '@trappen/ui';
import { App } from './App';
import { queryClient } from './api/client';

mountApp(
  <LanguageProvider initialLang="da">
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </LanguageProvider>,
);
