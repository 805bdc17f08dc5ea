import type { CueVocabulary } from '../types.js';

/** Turkish cues for credits, agencies, datelines, related-article lists, captions, opinion and attribution. */
export const cues: CueVocabulary = {
  credit: ['Fotoğraf:', 'Kaynak:', 'Foto:', 'Muhabir:'],
  agencies: [
    'AA', 'Anadolu Ajansı', 'DHA', 'İHA', 'Demirören Haber Ajansı', 'İhlas Haber Ajansı', 'Reuters', 'AFP',
    'AP', 'ANKA', 'Sputnik', 'IRNA', 'TASS',
  ],
  dateline: ['(AA) -', '–', '-'],
  opinion: ['Yorum', 'Analiz', 'Görüş', 'Köşe yazısı'],
  relatedHeaders: [
    'İlgili Haberler', 'İlgili Haber', 'İlgili İçerikler', 'Benzer Haberler', 'Diğer Haberler', 'Önerilen Haberler',
    'Ayrıca okuyun', 'Bunu da okuyun', 'Bunlar da ilginizi çekebilir', 'İlginizi çekebilir', 'Daha fazla oku',
    'Devamını oku',
  ],
  endMarkers: ['SON', '(SON)', '-SON-', '/SON/'],
  // BBC Türkçe copies as "Fotoğraf kaynağı, …" / "Fotoğraf altı yazısı, …".
  captions: [
    'Fotoğraf:', 'Fotoğraflar:', 'Foto:', 'Görsel:', 'Arşiv fotoğrafı', '(Arşiv)', 'Temsili fotoğraf',
    'Temsili görsel', '(Temsili)', 'Fotoğraf kaynağı', 'Fotoğraf altı yazısı',
  ],
  // "görünüşe göre" is left out: "göre" is an attribution word and would veto it.
  hedges: [
    'belli ki', 'besbelli', 'açıkça', 'açık ki', 'kuşkusuz', 'şüphesiz', 'hiç şüphe yok ki', 'nedense', 'anlaşılan',
    'anlaşılıyor ki', 'elbette', 'kesinlikle', 'bu da gösteriyor ki',
  ],
  attribution: [
    'dedi', 'açıkladı', 'söyledi', 'belirtti', 'ifade etti', 'göre', 'kaydetti', 'vurguladı', 'bildirdi',
    'aktardı', 'dile getirdi', 'ifadelerini kullandı', 'açıklamasında', 'duyurdu', 'diye konuştu',
  ],
  bylines: ['Yazan:', 'Haber:', 'Muhabir:', 'Editör:'],
};
