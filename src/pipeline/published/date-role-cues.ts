import type { DateRole } from './date-evidence.js';

/**
 * Words written just before a date that say which date it is ("Veröffentlicht
 * am", "Mis à jour le", "آخر تحديث"), per language. They belong with the
 * language packs' vocabulary (src/lang/<code>/cues.ts); kept here until the
 * packs grow a field for them. Every entry is a form outlets write.
 */
const ROLE_CUES: Record<string, { published: string[]; modified: string[] }> = {
  en: { published: ['published', 'posted', 'first published'], modified: ['updated', 'last updated', 'modified', 'last modified', 'revised', 'last edited'] },
  de: { published: ['veröffentlicht', 'erschienen', 'publiziert', 'erstellt', 'gepostet'], modified: ['aktualisiert', 'geändert', 'zuletzt', 'stand'] },
  fr: { published: ['publié', 'publiée', 'mis en ligne', 'paru'], modified: ['mis à jour', 'modifié', 'actualisé'] },
  es: { published: ['publicado', 'publicada'], modified: ['actualizado', 'actualizada', 'modificado'] },
  it: { published: ['pubblicato', 'pubblicata'], modified: ['aggiornato', 'aggiornata', 'modificato'] },
  pt: { published: ['publicado', 'publicada'], modified: ['atualizado', 'atualizada', 'actualizado'] },
  nl: { published: ['gepubliceerd', 'geplaatst'], modified: ['bijgewerkt', 'gewijzigd'] },
  pl: { published: ['opublikowano'], modified: ['aktualizacja', 'zaktualizowano'] },
  ru: { published: ['опубликовано', 'дата публикации'], modified: ['обновлено', 'изменено'] },
  uk: { published: ['опубліковано', 'дата публікації'], modified: ['оновлено', 'змінено'] },
  tr: { published: ['yayınlanma', 'yayınlandı', 'yayın tarihi'], modified: ['güncellenme', 'güncellendi', 'güncelleme'] },
  az: { published: ['dərc edilib', 'dərc olunub'], modified: ['yenilənib'] },
  ar: { published: ['نشر', 'نُشر', 'تاريخ النشر'], modified: ['تحديث', 'آخر تحديث', 'حدث'] },
  fa: { published: ['تاریخ انتشار', 'منتشر شده'], modified: ['به‌روزرسانی', 'به روزرسانی', 'بروزرسانی'] },
  ur: { published: ['شائع'], modified: ['اپ ڈیٹ'] },
};

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A cue, then at most two short words ("am Montag,", "on Sat,"), then the date. */
function cuePattern(words: string[]): RegExp {
  const alternatives = words.map(escape).sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`(?<!\\p{L})(?:${alternatives})[^\\p{L}\\p{N}]{0,3}(?:\\p{L}+[^\\p{L}\\p{N}]{1,3}){0,2}$`, 'iu');
}

const ALL = Object.values(ROLE_CUES);
const MODIFIED = cuePattern(ALL.flatMap((cues) => cues.modified));
const PUBLISHED = cuePattern(ALL.flatMap((cues) => cues.published));
/** How far back a cue may start: "Zuletzt aktualisiert am Montag, " fits. */
const CUE_REACH = 40;

/** The role the words just before `start` give the date written there ("unknown" without a cue). */
export function roleBefore(text: string, start: number): DateRole {
  const before = text.slice(Math.max(0, start - CUE_REACH), start);
  if (MODIFIED.test(before)) return 'modified';
  if (PUBLISHED.test(before)) return 'published';
  return 'unknown';
}
