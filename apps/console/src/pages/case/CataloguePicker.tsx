import { type FieldControlProps, useLanguage, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import type { StaircaseOutput } from '../../api/types';
import { caseMessages } from './messages';

/** Props of {@link CataloguePicker}. */
export interface CataloguePickerProps {
  control: FieldControlProps;
  staircase: StaircaseOutput;
  value: string;
  onChange: (code: string) => void;
  /** Only steps whose rank passes this test are offered (e.g. lower steps for a step down). */
  allowRank?: (rank: number) => boolean;
}

/** The intervention catalogue as a select, grouped by step (lowest first). */
export function CataloguePicker({
  control,
  staircase,
  value,
  onChange,
  allowRank = () => true,
}: CataloguePickerProps): ReactNode {
  const t = useT(caseMessages);
  const { lang } = useLanguage();
  const steps = [...staircase.steps]
    .sort((a, b) => a.rank - b.rank)
    .filter((s) => allowRank(s.rank));
  return (
    <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('choose')}</option>
      {steps.map((step) => (
        <optgroup key={step.id} label={t('stepGroup', { rank: step.rank, name: step.name[lang] })}>
          {staircase.interventions
            // A retired entry is offered only where it is already chosen (an existing intervention).
            .filter((entry) => entry.step === step.id && (!entry.retired || entry.code === value))
            .map((entry) => (
              <option key={entry.code} value={entry.code}>
                {entry.name[lang]}
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}

/** The rank of a catalogue code's step, or 0 when unknown. */
export function rankOf(staircase: StaircaseOutput, code: string): number {
  const entry = staircase.interventions.find((e) => e.code === code);
  return staircase.steps.find((s) => s.id === entry?.step)?.rank ?? 0;
}

/** A catalogue code's name in the UI language (the code itself when unknown). */
export function nameOf(staircase: StaircaseOutput, code: string, lang: 'da' | 'en'): string {
  return staircase.interventions.find((e) => e.code === code)?.name[lang] ?? code;
}
