import { DataTable, useLanguage, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import type { Outputs } from '../../api/types';
import { common } from '../../i18n/common';
import { download } from '../business/download';
import { importMessages } from './import-messages';
import type { ImportKind } from './useImportFlow';

type Template = Outputs['imports']['template'];
type Column = Template['columns'][number];

/** The documented columns of a kind, and its template for download. */
export function ColumnsTable({
  kind,
  template,
}: {
  kind: ImportKind;
  template: Template;
}): ReactNode {
  const t = useT(importMessages);
  const c = useT(common);
  const { lang } = useLanguage();
  return (
    <>
      <DataTable<Column>
        caption={`${t('columns')}: ${t(`kind.${kind}`)}`}
        rows={template.columns}
        rowKey={(col) => col.name}
        columns={[
          {
            key: 'name',
            header: t('columns.name'),
            rowHeader: true,
            cell: (col) => <code>{col.name}</code>,
          },
          {
            key: 'required',
            header: t('columns.required'),
            cell: (col) => (col.required ? c('yes') : c('no')),
          },
          {
            key: 'description',
            header: t('columns.description'),
            cell: (col) => col.description[lang],
          },
          {
            key: 'example',
            header: t('columns.example'),
            cell: (col) => (col.example ? <code>{col.example}</code> : '–'),
          },
        ]}
      />
      <p>
        <button
          type="button"
          className="tr-button"
          onClick={() => download(template.fileName, template.csv)}
        >
          {t('template', { file: template.fileName })}
        </button>
      </p>
    </>
  );
}
