/** Common Urdu function words (hand-listed), used for language checks and to skip words when matching. */
export const stopwords: readonly string[] = `
کے کا کی میں ہے ہیں نے کو سے پر اور بھی یہ وہ اس ان کہ تھا تھی تھے ہو گیا گئی گئے کر کیا کرنے کہا جو
جس جن تک ایک لیے لئے ساتھ بعد پہلے اپنے اپنی نہیں ہی اگر مگر لیکن یا جب تو رہا رہی رہے سکتا سکتی
والے والی
`
  .split(/\s+/u)
  .filter(Boolean);
