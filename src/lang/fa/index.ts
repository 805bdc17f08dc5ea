import { definePack } from '../define-pack.js';
import { boilerplate } from './boilerplate.js';
import { cues } from './cues.js';
import { dates } from './dates.js';
import { entities } from './entities.js';
import { normalize } from './normalize.js';
import { stopwords } from './stopwords.js';

/** The Persian language pack. */
export const pack = definePack({ code: 'fa', scripts: ['Arab'], direction: 'rtl', dates, boilerplate, cues, entities, stopwords, normalize });
