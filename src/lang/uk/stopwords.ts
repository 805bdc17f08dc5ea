/** Common Ukrainian function words (hand-listed), used for language checks and to skip words when matching. */
export const stopwords: readonly string[] = `
і й та в у на з із зі до від за про по для не що як це але або якщо вже ще також щоб його її їх він
вона вони ми ви я ти є був була було були буде може мені нам вам їм цей ця ці той те так тут там
коли де який яка яке які між після через під над без при лише навіть заявив заявила
`
  .split(/\s+/u)
  .filter(Boolean);
