import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { AppShell, ErrorState, LoadingState, useT } from '@trappen/ui';
import { type ReactNode, useEffect, useState } from 'react';
import { errorCode, trpcClient } from './api/client';
import { sentFrom } from './from-other-app';
import { messages } from './messages';
import { BoardPage } from './pages/BoardPage';
import { Login } from './pages/Login';
import { ReportPage } from './pages/ReportPage';

const BASE = '/board/';
const REPORT = `${BASE}rapport`;

/** The page from the URL: the overview, or the print-friendly council report. */
function usePath(): [string, (path: string) => void] {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const onPop = () => setPath(window.location.pathname);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const go = (next: string) => {
    window.history.pushState(null, '', `${next}${window.location.search}`);
    setPath(next);
    window.scrollTo(0, 0);
  };
  return [path, go];
}

/** The board: one query for every figure, a login when needed, two pages. */
export function App(): ReactNode {
  const t = useT(messages);
  const queryClient = useQueryClient();
  const [path, go] = usePath();
  // A public board is opened with ?kommune=<code>; otherwise the caller's own municipality.
  const municipalityCode = new URLSearchParams(window.location.search).get('kommune') ?? undefined;
  const board = useQuery({
    queryKey: ['kpi', 'board', municipalityCode ?? null],
    queryFn: () => trpcClient.kpi.board.query(municipalityCode ? { municipalityCode } : {}),
  });
  // Signed in (not a public board opened by code): the council member can log out.
  const signedIn = board.data !== undefined && !municipalityCode;
  const logout = useMutation({
    mutationFn: () => trpcClient.auth.logout.mutate(),
    onSettled: () => queryClient.resetQueries({ queryKey: ['kpi'] }),
  });
  const from = sentFrom(window.location.search);
  const isReport = path.startsWith(REPORT);
  const link = (to: string, label: string) => (
    <a
      href={`${to}${window.location.search}`}
      aria-current={(to === REPORT) === isReport ? 'page' : undefined}
      onClick={(event) => {
        event.preventDefault();
        go(to);
      }}
    >
      {label}
    </a>
  );
  const nav = (
    <ul className="board-nav">
      <li>{link(BASE, t('board'))}</li>
      <li>{link(REPORT, t('report'))}</li>
    </ul>
  );

  let content: ReactNode;
  if (board.isPending) content = <LoadingState label={t('loading')} />;
  else if (board.error) {
    const code = errorCode(board.error);
    content =
      code === 'UNAUTHORIZED' ? (
        <Login onSignedIn={() => void queryClient.invalidateQueries({ queryKey: ['kpi'] })} />
      ) : (
        <ErrorState
          title={t('failed')}
          message={code === 'FORBIDDEN' ? t('forbidden') : t('failed')}
          onRetry={() => void board.refetch()}
        />
      );
  } else content = isReport ? <ReportPage board={board.data} /> : <BoardPage board={board.data} />;

  return (
    <AppShell
      appName={t('appName')}
      municipality={board.data ? `${board.data.municipality.name} Kommune` : ''}
      userRole={board.data && !board.data.municipality.isPublic ? t('council') : undefined}
      nav={board.data ? nav : undefined}
      navLabel={t('navLabel')}
      headerActions={
        signedIn ? (
          <button
            type="button"
            className="tr-button"
            disabled={logout.isPending}
            onClick={() => logout.mutate()}
          >
            {t('logout')}
          </button>
        ) : null
      }
    >
      {from && board.data ? (
        <p className="board-note" role="status">
          {t(from === 'konsol' ? 'sentFromConsole' : 'sentFromPortal')}
        </p>
      ) : null}
      {content}
    </AppShell>
  );
}
