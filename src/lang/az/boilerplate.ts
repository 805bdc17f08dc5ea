/** Page-chrome phrases in Azerbaijani as they appear in text copied from a news page (menus, share bars, footers, cookie notices). */
export const boilerplate: readonly string[] = [
  'Ətraflı', 'Daha çox oxu', 'Digər xəbərlər', 'Oxşar xəbərlər', 'Paylaş', 'Abunə ol',
  'Bütün hüquqlar qorunur', 'Bizi izləyin', 'Reklam', 'Ən çox oxunanlar', 'Şərhlər', 'Çap et',
  'Məxfilik siyasəti', 'Materiallardan istifadə edərkən istinad mütləqdir',
];
