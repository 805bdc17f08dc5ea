import { definePack } from '../define-pack.js';
import { boilerplate } from './boilerplate.js';
import { cues } from './cues.js';
import { dates } from './dates.js';
import { entities } from './entities.js';
import { normalize } from './normalize.js';
import { stopwords } from './stopwords.js';

/** The Urdu language pack. */
export const pack = definePack({ code: 'ur', scripts: ['Arab'], direction: 'rtl', dates, boilerplate, cues, entities, stopwords, normalize });
