/** Common German function words (hand-listed), used for language checks and to skip words when matching. */
export const stopwords: readonly string[] = `
aber alle als also am an auch auf aus bei bin bis bist da damit dann das dass dem den der des die
dies diese dieser dieses doch dort du durch ein eine einem einen einer eines er es etwa für gegen
hat hatte hier ich ihm ihn ihr im in ist ja jedoch kann kein keine mit nach nicht noch nun nur ob
oder ohne sehr sein seine sich sie sind so soll über um und uns unter vom von vor war waren was weil
wenn werden wie wir wird wurde wurden zu zum zur zwischen
`
  .split(/\s+/u)
  .filter(Boolean);
