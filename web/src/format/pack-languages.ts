/** Languages newsloom has a language pack for (src/lang/<code>/): the choices offered in language filters. */
export const PACK_LANGUAGES = ['ar', 'az', 'de', 'en', 'es', 'fa', 'fr', 'hy', 'it', 'nl', 'pl', 'pt', 'ru', 'tr', 'uk', 'ur'] as const;
