/**
 * The typed API contract shared by main, preload and renderer.
 * A capability adds its methods in `methods/<capability>.ts` and spreads them here.
 */
import type { z } from 'zod';
import { annotationMethods } from './methods/annotations';
import { appMethods } from './methods/app';
import { auditMethods } from './methods/audit';
import { bundleMethods } from './methods/bundles';
import { campaignMethods } from './methods/campaigns';
import { caseMethods } from './methods/cases';
import { checkSettingsMethods } from './methods/check-settings';
import { checkMethods } from './methods/checks';
import { documentMethods } from './methods/documents';
import { factMethods } from './methods/facts';
import { importMethods } from './methods/imports';
import { reportMethods } from './methods/reports';
import { reviewMethods } from './methods/reviews';
import { searchMethods } from './methods/search';
import { standardMethods } from './methods/standards';
import { taskMethods } from './methods/tasks';

export const contract = {
  ...annotationMethods,
  ...appMethods,
  ...auditMethods,
  ...bundleMethods,
  ...campaignMethods,
  ...caseMethods,
  ...checkMethods,
  ...checkSettingsMethods,
  ...documentMethods,
  ...factMethods,
  ...importMethods,
  ...reportMethods,
  ...reviewMethods,
  ...searchMethods,
  ...standardMethods,
  ...taskMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type ArgsOf<M extends MethodName> = z.input<Contract[M]['args']>;
export type ParsedArgsOf<M extends MethodName> = z.output<Contract[M]['args']>;
export type ResultOf<M extends MethodName> = NonNullable<Contract[M]['_result']>;

export const methodNames = Object.keys(contract) as MethodName[];
export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);

export * from './api';
export * from './result';
export * from './error-codes';
export * from './app-error';
export type { AppInfo, AppHealth, AppMode } from './methods/app';
export type { TaskState } from './methods/tasks';
