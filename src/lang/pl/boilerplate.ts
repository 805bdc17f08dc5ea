/** Page-chrome phrases in Polish as they appear in text copied from a news page (menus, share bars, footers, cookie notices). */
export const boilerplate: readonly string[] = [
  'Czytaj więcej', 'Czytaj także', 'Zobacz też', 'Zobacz także', 'Powiązane artykuły', 'Udostępnij',
  'Udostępnij artykuł', 'Subskrybuj', 'Zapisz się do newslettera', 'Wszelkie prawa zastrzeżone',
  'Obserwuj nas na', 'Ta strona używa plików cookie', 'Używamy plików cookies', 'Polityka prywatności',
  'Reklama', 'Najczęściej czytane', 'Komentarze', 'Drukuj',
];
