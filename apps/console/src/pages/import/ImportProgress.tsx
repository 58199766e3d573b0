import { useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { importMessages } from './import-messages';
import type { ImportPhase } from './useImportFlow';

const percent = (share: number) => Math.round(share * 100);

/**
 * The phase the import is in. Reading and sending are measured; the server's work is
 * not, so it shows as an indeterminate bar. Only the phase's name is announced.
 */
export function ImportProgress({ phase }: { phase: ImportPhase }): ReactNode {
  const t = useT(importMessages);
  const label =
    phase.name === 'reading'
      ? t('phase.reading', { percent: percent(phase.share) })
      : phase.name === 'uploading'
        ? t('phase.uploading', { percent: percent(phase.share) })
        : phase.name === 'server'
          ? t(phase.purpose === 'check' ? 'phase.checking' : 'phase.importing')
          : '';
  const announced =
    phase.name === 'server' ? label : phase.name === 'idle' ? '' : label.replace(/ … \d+ %$/, ' …');
  return (
    <div className="c-import-progress">
      <p className="tr-visually-hidden" role="status" aria-live="polite">
        {announced}
      </p>
      {phase.name === 'idle' ? null : (
        <>
          <p id="import-progress-label" aria-hidden="true">
            {label}
          </p>
          {phase.name === 'server' ? (
            <>
              <progress aria-labelledby="import-progress-label" />
              <p className="tr-field__hint">{t('phase.serverHint')}</p>
            </>
          ) : (
            <progress
              aria-labelledby="import-progress-label"
              max={100}
              value={percent(phase.share)}
            />
          )}
        </>
      )}
    </div>
  );
}
