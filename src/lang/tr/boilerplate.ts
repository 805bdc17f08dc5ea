/** Page-chrome phrases in Turkish as they appear in text copied from a news page (menus, share bars, footers, cookie notices). */
export const boilerplate: readonly string[] = [
  'Devamını oku', 'Devamı için tıklayın', 'İlgili haberler', 'Benzer haberler', 'Paylaş', 'Bu haberi paylaş',
  'Abone ol', 'Bültenimize abone olun', 'Tüm hakları saklıdır', 'Bizi takip edin',
  'Bizi sosyal medyada takip edin', 'Çerez politikası', 'Sitemizde çerezler kullanılmaktadır',
  'Gizlilik politikası', 'Reklam', 'En çok okunanlar', 'Çok okunanlar', 'Yorumlar', 'Yorum yap', 'Etiketler',
  'Haberin devamı', 'Google News ile takip et',
];
