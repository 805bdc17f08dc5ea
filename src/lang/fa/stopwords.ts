/** Common Persian function words (hand-listed), used for language checks and to skip words when matching. */
export const stopwords: readonly string[] = `
از به با در که این آن را و یا تا بر برای است بود شد شده کرد کرده می‌شود می‌کند نیز هم اما اگر چه چون
هر همه خود ما من تو او آنها ایشان شما دیگر بین پس پیش روی زیر بعد قبل خواهد باید نیست هست بودند شدند
کردند گفت گفته داد دارد داشت وی ای یک هیچ نه کند شود آنان اینکه زیرا
`
  .split(/\s+/u)
  .filter(Boolean);
