/** Common French function words (hand-listed), used for language checks and to skip words when matching. */
export const stopwords: readonly string[] = `
au aux avec ce ces cette dans de des du elle elles en entre est et été être eux il ils je la le les
leur leurs lui ma mais me même mes moi mon ne nos notre nous on ont ou où par pas pour qu que qui sa
sans se ses son sont sur ta te tes toi ton tu un une vos votre vous y a ainsi alors aussi avant
après car comme contre depuis donc dont encore fait selon si sous tout tous très
`
  .split(/\s+/u)
  .filter(Boolean);
