export * from './extracted-value';
export * from './chinese-numerals';
export * from './extract-dates';
export * from './extract-amounts';
export * from './extract-officers';
export * from './extract-case-numbers';
export * from './extract-page';
