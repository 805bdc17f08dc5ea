import { definePack } from '../define-pack.js';
import { boilerplate } from './boilerplate.js';
import { cues } from './cues.js';
import { dates } from './dates.js';
import { entities } from './entities.js';
import { events } from './events.js';
import { normalize } from './normalize.js';
import { stopwords } from './stopwords.js';
import { time } from './time.js';

/** The English language pack. */
export const pack = definePack({ code: 'en', scripts: ['Latn'], dates, time, boilerplate, cues, entities, events, stopwords, normalize });
