import { matchesAnywhere, type TextCues } from './text-cues.js';
import { assign, unassigned, type TextLine } from './text-lines.js';

/** Photo-agency credit stamps as wire captions write them: "REUTERS/Name", "AFP PHOTO", "(AP Photo/Name)". */
const AGENCY_PHOTO_STAMP = /\b(?:REUTERS|AFP|AP|EPA|ANADOLU|TASS|XINHUA|GETTY IMAGES)(?:\s+PHOTO)?\s*\/\s*\p{Lu}|\(\s*(?:AP|AFP)\s+Photo\b/u;

/** A closing parenthetical that credits a photo: "(MNA photo)", "(Photo: Reuters)", "(Фото: ТАСС)", "(عکس: ایرنا)". */
const PHOTO_PARENTHETICAL = /\((?:[^()]{0,40}[\s:/])?(?:photo|photos|foto|fotoğraf|фото|صورة|عکس|image|bild|imagen|immagine|zdjęcie|լուսանկար|تصویر)(?:[\s:/.][^()]{0,40})?\)\.?$/iu;

/** Marks photo captions: lines carrying a photo credit ("(Photo by AFP)", "Photo: …", "REUTERS/…"). */
export function markCaptions(lines: TextLine[], cues: TextCues): void {
  for (const line of unassigned(lines)) {
    if (matchesAnywhere(cues.caption, line.text) > 0 || AGENCY_PHOTO_STAMP.test(line.text) || PHOTO_PARENTHETICAL.test(line.text)) assign(line, 'caption', 'photo caption');
  }
}
