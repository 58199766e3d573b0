import { FormField, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import type { BusinessCaseLine } from '../../api/types';
import { bcMessages } from './messages';

type LineType = BusinessCaseLine['type'];
const TYPES: readonly LineType[] = ['amounts', 'fte', 'recurring', 'oneOff', 'ramp'];

/** A number from an input; empty or invalid becomes 0 (the server validates again). */
const num = (text: string): number => {
  const value = Number(text.replace(/\s/g, '').replace(',', '.'));
  return Number.isFinite(value) ? value : 0;
};

/** A fresh line of the given type with its required fields. */
export function newLine(
  type: LineType,
  base: Pick<BusinessCaseLine, 'label' | 'budgetArea' | 'kind'>,
  years: readonly number[],
): BusinessCaseLine {
  const first = years[0] ?? new Date().getFullYear();
  const last = years[years.length - 1] ?? first;
  switch (type) {
    case 'amounts':
      return { ...base, type, amounts: {} };
    case 'fte':
      return { ...base, type, fte: 1, annualCost: 0 };
    case 'recurring':
      return { ...base, type, annualAmount: 0 };
    case 'oneOff':
      return { ...base, type, year: first, amount: 0 };
    case 'ramp':
      return { ...base, type, from: { year: first, amount: 0 }, to: { year: last, amount: 0 } };
  }
}

/** Props of {@link LineEditor}. */
export interface LineEditorProps {
  line: BusinessCaseLine;
  years: readonly number[];
  onChange: (line: BusinessCaseLine) => void;
  onRemove: () => void;
}

/** One business-case line: label, budget area, cost or saving, and its amounts by type. */
export function LineEditor({ line, years, onChange, onRemove }: LineEditorProps): ReactNode {
  const t = useT(bcMessages);
  const numberField = (label: string, value: number, set: (v: number) => void) => (
    <FormField label={label}>
      {(control) => (
        <input
          {...control}
          inputMode="decimal"
          value={String(value)}
          onChange={(e) => set(num(e.target.value))}
        />
      )}
    </FormField>
  );
  const base = { label: line.label, budgetArea: line.budgetArea, kind: line.kind };
  return (
    <fieldset className="c-form c-line">
      <legend>{line.label || t('line.new')}</legend>
      <div className="c-form__row">
        <FormField label={t('line.label')} required>
          {(control) => (
            <input
              {...control}
              value={line.label}
              onChange={(e) => onChange({ ...line, label: e.target.value })}
            />
          )}
        </FormField>
        <FormField label={t('line.area')} required>
          {(control) => (
            <input
              {...control}
              value={line.budgetArea}
              onChange={(e) => onChange({ ...line, budgetArea: e.target.value })}
            />
          )}
        </FormField>
        <FormField label={t('line.kind')}>
          {(control) => (
            <select
              {...control}
              value={line.kind}
              onChange={(e) =>
                onChange({ ...line, kind: e.target.value === 'saving' ? 'saving' : 'investment' })
              }
            >
              <option value="investment">{t('kind.investment')}</option>
              <option value="saving">{t('kind.saving')}</option>
            </select>
          )}
        </FormField>
        <FormField label={t('line.type')}>
          {(control) => (
            <select
              {...control}
              value={line.type}
              onChange={(e) => {
                const type = TYPES.find((x) => x === e.target.value) ?? 'amounts';
                onChange(newLine(type, base, years));
              }}
            >
              {TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`type.${type}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <div className="c-form__row">
        {line.type === 'amounts'
          ? years.map((year) => (
              <div key={year}>
                {numberField(t('line.amount', { year }), line.amounts[year] ?? 0, (v) =>
                  onChange({ ...line, amounts: { ...line.amounts, [year]: v } }),
                )}
              </div>
            ))
          : null}
        {line.type === 'fte' ? (
          <>
            {numberField(t('line.fte'), line.fte, (v) => onChange({ ...line, fte: v }))}
            {numberField(t('line.annualCost'), line.annualCost, (v) =>
              onChange({ ...line, annualCost: v }),
            )}
          </>
        ) : null}
        {line.type === 'recurring'
          ? numberField(t('line.annualAmount'), line.annualAmount, (v) =>
              onChange({ ...line, annualAmount: v }),
            )
          : null}
        {line.type === 'oneOff' ? (
          <>
            {numberField(t('line.year'), line.year, (v) => onChange({ ...line, year: v }))}
            {numberField(t('line.oneOff'), line.amount, (v) => onChange({ ...line, amount: v }))}
          </>
        ) : null}
        {line.type === 'ramp' ? (
          <>
            {numberField(t('line.fromYear'), line.from.year, (v) =>
              onChange({ ...line, from: { ...line.from, year: v } }),
            )}
            {numberField(t('line.fromAmount'), line.from.amount, (v) =>
              onChange({ ...line, from: { ...line.from, amount: v } }),
            )}
            {numberField(t('line.toYear'), line.to.year, (v) =>
              onChange({ ...line, to: { ...line.to, year: v } }),
            )}
            {numberField(t('line.toAmount'), line.to.amount, (v) =>
              onChange({ ...line, to: { ...line.to, amount: v } }),
            )}
          </>
        ) : null}
      </div>
      <button type="button" className="tr-button" onClick={onRemove}>
        {t('line.remove', { label: line.label })}
      </button>
    </fieldset>
  );
}
