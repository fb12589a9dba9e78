import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { BUNDLES } from './bundles';
import { en } from './en';
import { zhCN } from './zh-CN';

export const LANGUAGES = [
  { code: 'zh-CN', label: '简体中文' },
  { code: 'en', label: 'English' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'pingcha.language';
const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
const initial: LanguageCode = stored === 'en' ? 'en' : 'zh-CN';

const merge = (base: object, lang: 'zhCN' | 'en') => Object.assign({}, base, ...BUNDLES.map((b) => b[lang]));

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: merge(zhCN, 'zhCN') }, en: { translation: merge(en, 'en') } },
  lng: initial,
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});

export function setLanguage(code: LanguageCode): void {
  localStorage.setItem(STORAGE_KEY, code);
  void i18n.changeLanguage(code);
  document.documentElement.lang = code;
}

export { i18n };
