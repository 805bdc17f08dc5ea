/**
 * Phones: the sound-like units a romanised name is compared in. Every script
 * reader ends here, so "kh" from Cyrillic х, Arabic خ and Latin "kh" is one
 * and the same object, and the key and the similarity see one alphabet.
 */

/**
 * K velars and uvulars (k q g kh gh), B labials (p b f v w), T dentals (t d th
 * dh), S sibilants (s z sh), C affricates and zh (ch j ts dz zh), L R M N,
 * H the h sounds, V vowels, Y the glide y, Q weak sounds: ayn, hamza,
 * apostrophe, a Latin final h after a vowel.
 */
export type PhoneClass = 'K' | 'B' | 'T' | 'S' | 'C' | 'L' | 'R' | 'M' | 'N' | 'H' | 'V' | 'Y' | 'Q';

export interface Phone {
  readonly roman: string;
  readonly cls: PhoneClass;
}

const registry = new Map<string, Phone>();

/** The one Phone object for `roman` in class `cls` (phones compare by identity). */
export function phone(roman: string, cls: PhoneClass): Phone {
  const id = `${cls}${roman}`;
  let found = registry.get(id);
  if (found === undefined) {
    found = { roman, cls };
    registry.set(id, found);
  }
  return found;
}

const P = {
  a: phone('a', 'V'),
  e: phone('e', 'V'),
  i: phone('i', 'V'),
  o: phone('o', 'V'),
  u: phone('u', 'V'),
  y: phone('y', 'Y'),
  h: phone('h', 'H'),
  k: phone('k', 'K'),
  kh: phone('kh', 'K'),
  g: phone('g', 'K'),
  gh: phone('gh', 'K'),
  q: phone('q', 'K'),
  ch: phone('ch', 'C'),
  j: phone('j', 'C'),
  ts: phone('ts', 'C'),
  dz: phone('dz', 'C'),
  zh: phone('zh', 'C'),
  s: phone('s', 'S'),
  z: phone('z', 'S'),
  sh: phone('sh', 'S'),
  t: phone('t', 'T'),
  th: phone('th', 'T'),
  d: phone('d', 'T'),
  dh: phone('dh', 'T'),
  p: phone('p', 'B'),
  b: phone('b', 'B'),
  f: phone('f', 'B'),
  v: phone('v', 'B'),
  w: phone('w', 'B'),
  l: phone('l', 'L'),
  r: phone('r', 'R'),
  m: phone('m', 'M'),
  n: phone('n', 'N'),
  apostrophe: phone("'", 'Q'),
  weakH: phone('h', 'Q'),
} as const;

/**
 * A dental followed by a sibilant is one affricate however it was written:
 * Latin "ts"/"tz", Cyrillic ц, Arabic تس, Georgian ძ as "dz", Arabic تش for "ch".
 */
function affricate(dental: Phone, next: Phone): Phone | undefined {
  if (dental === P.t) {
    if (next === P.s || next === P.z) return P.ts;
    if (next === P.sh || next === P.ch) return P.ch;
  } else if (dental === P.d) {
    if (next === P.z) return P.dz;
    if (next === P.zh || next === P.j) return P.j;
  }
  return undefined;
}

/** Collects the phones of one word: doubled phones collapse, dental + sibilant merge. */
export class PhoneSink {
  phones: Phone[] = [];

  push(next: Phone): void {
    const length = this.phones.length;
    const last = length > 0 ? this.phones[length - 1] : undefined;
    if (last === next) return;
    // "ou" written letter by letter (Cyrillic Роухани, French Poutine) is one u.
    if (last === P.o && next === P.u) {
      this.phones[length - 1] = P.u;
      return;
    }
    if (last !== undefined && last.cls === 'T') {
      const merged = affricate(last, next);
      if (merged !== undefined) {
        this.phones[length - 1] = merged;
        return;
      }
    }
    this.phones.push(next);
  }

  get lastClass(): PhoneClass | undefined {
    return this.phones[this.phones.length - 1]?.cls;
  }

  /** Hands over the collected phones and starts a new word. */
  take(): Phone[] {
    const taken = this.phones;
    this.phones = [];
    return taken;
  }
}

function isVowelChar(char: string | undefined): boolean {
  return char === 'a' || char === 'e' || char === 'i' || char === 'o' || char === 'u' || char === 'y';
}

/**
 * Reads folded Latin (lower-case ASCII letters and "'") into phones, with the
 * digraphs of the common romanisations: kh gh sh zh ch th dh ph ou sch sz cz ck.
 * @example readLatinPhones('rouhani', sink) // r u h a n i
 */
export function readLatinPhones(text: string, sink: PhoneSink): void {
  const length = text.length;
  for (let i = 0; i < length; i += 1) {
    const char = text[i]!;
    const next = text[i + 1];
    switch (char) {
      case 'a':
      case 'e':
      case 'i':
      case 'u':
        sink.push(P[char]);
        break;
      case 'o':
        if (next === 'u') {
          sink.push(P.u);
          i += 1;
        } else sink.push(P.o);
        break;
      case 'y': {
        // "y" closing a syllable is the vowel i (Zelensky, Bayramov's "ay" stays a glide).
        const afterConsonant = sink.lastClass !== undefined && sink.lastClass !== 'V' && sink.lastClass !== 'Y';
        sink.push(afterConsonant && !isVowelChar(next) ? P.i : P.y);
        break;
      }
      case 'h':
        // A final h after a vowel is mostly silent, the Latin spelling of ة or ه (Hezbollah, Хезболла).
        sink.push(i === length - 1 && sink.lastClass === 'V' ? P.weakH : P.h);
        break;
      case 'k':
        if (next === 'h') {
          sink.push(P.kh);
          i += 1;
        } else sink.push(P.k);
        break;
      case 'g':
        if (next === 'h') {
          sink.push(P.gh);
          i += 1;
        } else sink.push(P.g);
        break;
      case 'q':
        sink.push(P.q);
        break;
      case 'c':
        if (next === 'h' || next === 'z') {
          sink.push(P.ch);
          i += 1;
        } else if (next === 'k') {
          sink.push(P.k);
          i += 1;
        } else sink.push(next === 'e' || next === 'i' || next === 'y' ? P.s : P.k);
        break;
      case 's':
        if (next === 'c' && text[i + 2] === 'h') {
          sink.push(P.sh);
          i += 2;
        } else if (next === 'h' || next === 'z') {
          sink.push(P.sh);
          i += 1;
        } else sink.push(P.s);
        break;
      case 'z':
        if (next === 'h') {
          sink.push(P.zh);
          i += 1;
        } else sink.push(P.z);
        break;
      case 'j':
        sink.push(P.j);
        break;
      case 't':
        if (next === 'h') {
          sink.push(P.th);
          i += 1;
        } else sink.push(P.t);
        break;
      case 'd':
        if (next === 'h') {
          sink.push(P.dh);
          i += 1;
        } else sink.push(P.d);
        break;
      case 'p':
        if (next === 'h') {
          sink.push(P.f);
          i += 1;
        } else sink.push(P.p);
        break;
      case 'b':
      case 'f':
      case 'v':
      case 'w':
      case 'l':
      case 'r':
      case 'm':
      case 'n':
        sink.push(P[char]);
        break;
      case 'x':
        sink.push(P.k);
        sink.push(P.s);
        break;
      case "'":
        sink.push(P.apostrophe);
        break;
      default:
        break;
    }
  }
}

const cache = new Map<string, readonly Phone[]>();

/**
 * The phones of one letter's romanisation read on its own, so that Arabic ت
 * then ه stays "t"+"h" and never becomes the digraph "th". Cached: the
 * readers only produce a few hundred distinct romanisations.
 */
export function phonesOfLetter(roman: string): readonly Phone[] {
  let found = cache.get(roman);
  if (found === undefined) {
    const sink = new PhoneSink();
    readLatinPhones(roman, sink);
    found = sink.phones;
    cache.set(roman, found);
  }
  return found;
}

