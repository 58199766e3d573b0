import type { AppRouter } from '@trappen/api';
import { useLanguage } from '@trappen/ui';
import { createTRPCClient, httpLink } from '@trpc/client';
import { useCallback, useState } from 'react';
import { errorCode, errorMessage } from '../../api/errors';
import type { Outputs } from '../../api/types';
import { readFileText } from './read-file';
import { uploadingFetch } from './xhr-fetch';

/** A kind of import file. */
export type ImportKind = Outputs['imports']['template']['kind'];
/** What the server's check found. */
export type DryRun = Outputs['imports']['dryRun'];
/** What an import did. */
export type RunResult = Outputs['imports']['run'];

/** Where the flow is: each phase is what the browser can actually observe. */
export type ImportPhase =
  | { name: 'idle' }
  | { name: 'reading'; share: number }
  | { name: 'uploading'; share: number; purpose: 'check' | 'import' }
  | { name: 'server'; purpose: 'check' | 'import' };

/** The file as read in the browser. */
export interface ReadFile {
  name: string;
  size: number;
  text: string;
}

const newKey = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');

/**
 * The import page's state: read the file, check it on the server (dry run), import it
 * with an idempotency key kept for retries of the same checked file.
 */
export function useImportFlow(kind: ImportKind) {
  const { lang } = useLanguage();
  const [file, setFile] = useState<ReadFile | null>(null);
  const [phase, setPhase] = useState<ImportPhase>({ name: 'idle' });
  const [check, setCheck] = useState<DryRun | null>(null);
  const [result, setResult] = useState<RunResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  // One key per clean check: a retry after a lost answer sends it again and writes once.
  const [key, setKey] = useState<string | null>(null);

  const reset = useCallback(() => {
    setCheck(null);
    setResult(null);
    setError(null);
    setChanged(false);
    setKey(null);
  }, []);

  const client = (purpose: 'check' | 'import') =>
    createTRPCClient<AppRouter>({
      links: [
        httpLink({
          url: `${window.location.origin}/trpc`,
          fetch: uploadingFetch({
            progress: (sent, total) =>
              setPhase({ name: 'uploading', share: sent / total, purpose }),
            sent: () => setPhase({ name: 'server', purpose }),
          }),
        }),
      ],
    });

  const chooseFile = async (chosen: File | null) => {
    reset();
    setFile(null);
    if (!chosen) return;
    setPhase({ name: 'reading', share: 0 });
    try {
      const text = await readFileText(chosen, (share) => setPhase({ name: 'reading', share }));
      setFile({ name: chosen.name, size: chosen.size, text });
    } catch {
      setError('readFailed');
    } finally {
      setPhase({ name: 'idle' });
    }
  };

  const runCheck = async (text: string) => {
    setPhase({ name: 'uploading', share: 0, purpose: 'check' });
    try {
      const found = await client('check').imports.dryRun.mutate({ kind, csv: text });
      setCheck(found);
      setKey(found.problemCount === 0 ? newKey() : null);
    } catch (e) {
      setError(errorMessage(e, lang));
    } finally {
      setPhase({ name: 'idle' });
    }
  };

  const checkFile = async () => {
    if (!file) return;
    reset();
    await runCheck(file.text);
  };

  const runImport = async () => {
    if (!file || !key) return;
    setError(null);
    setPhase({ name: 'uploading', share: 0, purpose: 'import' });
    try {
      setResult(
        await client('import').imports.run.mutate({ kind, csv: file.text, idempotencyKey: key }),
      );
      setPhase({ name: 'idle' });
    } catch (e) {
      setPhase({ name: 'idle' });
      if (errorCode(e) === 'BAD_REQUEST') {
        // The data changed under the check: show the new problems instead.
        reset();
        setChanged(true);
        await runCheck(file.text);
      } else setError(errorMessage(e, lang));
    }
  };

  const ready = check !== null && check.problemCount === 0 && key !== null && result === null;
  return {
    file,
    phase,
    check,
    result,
    error,
    changed,
    ready,
    chooseFile,
    checkFile,
    runImport,
    reset,
  };
}
