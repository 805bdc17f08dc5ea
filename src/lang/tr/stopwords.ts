/** Common Turkish function words (hand-listed), used for language checks and to skip words when matching. */
export const stopwords: readonly string[] = `
ve ile bir bu da de için ama gibi daha çok en o şu ki ne her mi mı mu mü olarak olan oldu olduğu ise
sonra kadar değil var yok göre ayrıca hem veya ya diye bunu buna bunun onun ona şey tüm ancak çünkü
eğer dedi açıkladı belirtti
`
  .split(/\s+/u)
  .filter(Boolean);
