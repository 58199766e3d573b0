export { AppShell, type AppShellProps } from './AppShell';
export { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';
export { BarChart, type BarChartProps, type BarSeries } from './charts/BarChart';
export type { ChartCommonProps, TableMode } from './charts/ChartFigure';
export { type LineBand, LineChart, type LineChartProps, type LineSeries } from './charts/LineChart';
export { TornadoChart, type TornadoChartProps, type TornadoDriver } from './charts/TornadoChart';
export { cx } from './cx';
export { DataTable, type DataTableColumn, type DataTableProps } from './DataTable';
export { EmptyState, type EmptyStateProps } from './EmptyState';
export { ErrorState, type ErrorStateProps } from './ErrorState';
export {
  type FieldControlProps,
  FieldError,
  type FieldErrorProps,
  FormField,
  type FormFieldProps,
} from './FormField';
export {
  type DateStyle,
  formatDate,
  formatDKK,
  formatNumber,
  formatPercentChange,
  LOCALES,
  percentChange,
} from './format';
export { InAppLink, type InAppLinkProps } from './InAppLink';
export {
  type Dictionary,
  defineMessages,
  interpolate,
  LANGS,
  type Lang,
  type Messages,
  type MessageValues,
  type Translate,
  translator,
} from './i18n/dictionary';
export {
  type LanguageContextValue,
  LanguageProvider,
  type LanguageProviderProps,
  pick,
  useLanguage,
  useT,
} from './i18n/LanguageProvider';
export { type UiMessageKey, uiMessages } from './i18n/ui-messages';
export { LoadingState, type LoadingStateProps } from './LoadingState';
export {
  LoginForm,
  type LoginFormProps,
  logout,
  type OidcProviders,
  useOidcProviders,
} from './LoginForm';
export { mountApp } from './mount-app';
export { StaircasePicture, type StaircasePictureProps } from './StaircasePicture';
export { StepTimeline, type StepTimelineProps } from './StepTimeline';
export { type SortDirection, type SortState, type SortValue, sortRows } from './sort';
export {
  type CellValue,
  drawable,
  formatCell,
  HIDDEN,
  HIDDEN_TEXT,
  isSuppressed,
  markText,
  SUPPRESSED,
  SUPPRESSED_TEXT,
} from './suppression';
