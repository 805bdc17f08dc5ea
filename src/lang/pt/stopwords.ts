/** Common Portuguese function words (hand-listed), used for language checks and to skip words when matching. */
export const stopwords: readonly string[] = `
a ao aos as à às até com como da das de dela dele depois do dos e é ela elas ele eles em entre era
essa esse esta está este eu foi foram há isso já lhe mais mas me mesmo meu muito na nas nem no nos
não o os ou para pela pelo por qual quando que quem se sem ser seu seus sobre sua suas também tem
têm um uma você
`
  .split(/\s+/u)
  .filter(Boolean);
