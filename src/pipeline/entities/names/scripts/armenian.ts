/**
 * Armenian (Eastern) to Latin, lower case, after BGN/PCGN 1981. Upper case is
 * folded before lookup; ու, and the word-initial ե and ո, are read by
 * read-armenian.ts.
 */
export const ARMENIAN_LETTERS: Readonly<Record<string, string>> = {
  ա: 'a',
  բ: 'b',
  գ: 'g',
  դ: 'd',
  ե: 'e',
  զ: 'z',
  է: 'e',
  ը: 'y',
  թ: 't',
  ժ: 'zh',
  ի: 'i',
  լ: 'l',
  խ: 'kh',
  ծ: 'ts',
  կ: 'k',
  հ: 'h',
  ձ: 'dz',
  ղ: 'gh',
  ճ: 'ch',
  մ: 'm',
  յ: 'y',
  ն: 'n',
  շ: 'sh',
  ո: 'o',
  չ: 'ch',
  պ: 'p',
  ջ: 'j',
  ռ: 'r',
  ս: 's',
  վ: 'v',
  տ: 't',
  ր: 'r',
  ց: 'ts',
  ւ: 'v',
  փ: 'p',
  ք: 'k',
  օ: 'o',
  ֆ: 'f',
  և: 'ev',
};

/** Readings at the start of a word (Երևան → Yerevan, Ոսկան → Voskan). */
export const ARMENIAN_INITIAL: Readonly<Record<string, string>> = {
  ե: 'ye',
  ո: 'vo',
  և: 'yev',
};

/** Marks written inside words (stress, emphasis, question) that say nothing about the name. */
export const ARMENIAN_SILENT_MARKS = '՛՜՞՟';

export const ARMENIAN_PUNCTUATION: Readonly<Record<string, string>> = {
  '։': '.',
  '՝': ',',
  '՚': "'",
};
