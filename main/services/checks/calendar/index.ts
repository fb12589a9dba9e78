export * from './iso-date';
export * from './clock-time';
export * from './date-schemas';
export * from './calendar-overrides';
export { probeChineseDaysYears } from './chinese-days-source';
export * from './working-calendar';
export * from './working-days';
export * from './explain-days';
