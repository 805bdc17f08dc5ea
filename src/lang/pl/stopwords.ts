/** Common Polish function words (hand-listed), used for language checks and to skip words when matching. */
export const stopwords: readonly string[] = `
a aby ale bez był była było były być czy dla do gdy go i ich ile im jak jako jednak jego jej jest
jeszcze już każdy kiedy kto która które który lub ma mają może na nad nie nich niż o od oraz po pod
przed przez przy również się są ta tak także tam te tego tej ten to tu tylko w we więc z za ze że
żeby
`
  .split(/\s+/u)
  .filter(Boolean);
