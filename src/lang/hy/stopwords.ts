/** Common Armenian function words (hand-listed), used for language checks and to skip words when matching. */
export const stopwords: readonly string[] = `
և ու է են էր էին որ այդ այս այն մի մեկ իր իրենց նա նրա նրանք մենք դուք ես դու ինչ ինչպես համար հետ
մեջ վրա մասին կողմից նաև բայց եթե թե կամ արդեն դեռ պետք կարող միայն բոլոր ամեն որը որոնք հայտնել
ասել
`
  .split(/\s+/u)
  .filter(Boolean);
