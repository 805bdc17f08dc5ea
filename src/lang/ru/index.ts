import { definePack } from '../define-pack.js';
import { boilerplate } from './boilerplate.js';
import { cues } from './cues.js';
import { dates } from './dates.js';
import { entities } from './entities.js';
import { events } from './events.js';
import { normalize } from './normalize.js';
import { stopwords } from './stopwords.js';
import { time } from './time.js';

/** The Russian language pack. */
export const pack = definePack({ code: 'ru', scripts: ['Cyrl'], dates, time, boilerplate, cues, entities, events, stopwords, normalize });
