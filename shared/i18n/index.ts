export * from './locales';
export * from './translator';
export * from './active-locale';
export * from './format';
