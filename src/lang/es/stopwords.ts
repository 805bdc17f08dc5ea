/** Common Spanish function words (hand-listed), used for language checks and to skip words when matching. */
export const stopwords: readonly string[] = `
a al algo ante antes aquí así aunque bajo cada como con contra cual cuando de del desde donde dos
durante e el ella ellas ellos en entre era es esa ese eso esta está están este esto fue fueron ha
había han hasta hay la las le les lo los más me mi muy nada ni no nos o otra otro para pero poco por
porque que qué se sea según ser si sí sin sobre son su sus también tiene todo tras un una uno y ya
`
  .split(/\s+/u)
  .filter(Boolean);
