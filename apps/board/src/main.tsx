import '@trappen/ui/styles.css';
import './board.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { LanguageProvider } from '@trappen/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { queryClient } from './api/client';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <LanguageProvider initialLang="da">
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </LanguageProvider>
  </StrictMode>,
);
