/** Common Azerbaijani function words (hand-listed), used for language checks and to skip words when matching. */
export const stopwords: readonly string[] = `
və ilə bir bu da də üçün amma kimi daha çox ən o ki nə hər olaraq olan oldu olduğu isə sonra qədər
deyil var yox görə həmçinin həm ya bunu buna onun ona bütün lakin çünki əgər dedi bildirib qeyd edib
`
  .split(/\s+/u)
  .filter(Boolean);
