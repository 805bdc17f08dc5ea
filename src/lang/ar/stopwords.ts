/**
 * Common Arabic function words, the bare time nouns "عام" (year), "سنة", "شهر", "يوم" and "مرة" ("time", as in
 * "للمرة الثانية") (hand-listed), used for
 * language checks and to skip words when matching: none is ever part of a name.
 */
export const stopwords: readonly string[] = `
في من على إلى الى عن مع هذا هذه ذلك تلك التي الذي الذين اللذين التى أن ان إن أو او ثم لم لن لا ما
ماذا متى كان كانت يكون تكون قد قال وقال كما بين بعد قبل حتى عند منذ خلال حول ضد كل بعض غير أي اي هو
هي هم هن نحن أنا انا أنت لقد وفي ومن وعلى وإلى والى وهو وهي ولا وقد إلا الا أما اما لكن ولكن حيث
ايضا أيضا فيه فيها عليه عليها منه منها إليه له لها لهم به بها
عام سنة شهر يوم مرة
أمام خلف وراء تحت فوق دون عبر ضمن لدى نحو قرب تجاه إزاء حيال عقب إثر جراء رغم مقابل
`
  .split(/\s+/u)
  .filter(Boolean);
