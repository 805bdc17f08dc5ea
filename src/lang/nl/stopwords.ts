/** Common Dutch function words (hand-listed), used for language checks and to skip words when matching. */
export const stopwords: readonly string[] = `
aan al als bij dan dat de deze die dit door een en er haar had hem het hij hoe hun ik in is je kan
maar me met na naar niet nog nu of om omdat ook op over te tegen toen tot u uit van veel voor want
was wat we werd wie wij wordt zal ze zei zich zij zijn zo zou
`
  .split(/\s+/u)
  .filter(Boolean);
