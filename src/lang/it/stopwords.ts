/** Common Italian function words (hand-listed), used for language checks and to skip words when matching. */
export const stopwords: readonly string[] = `
a ad al alla alle anche ancora che chi ci come con contro cui da dal dalla dei del della delle dello
di dopo dove e è ed era gli ha hanno il in io la le lei lo loro lui ma mi nei nel nella nelle no noi
non o per perché più quale quando quella quelle quello questa queste questo se si sia sono su sua
sue sui sul sulla suo suoi tra tutti tutto un una uno
`
  .split(/\s+/u)
  .filter(Boolean);
