/** Page-chrome phrases in German as they appear in text copied from a news page (menus, share bars, footers, cookie notices). */
export const boilerplate: readonly string[] = [
  'Weiterlesen', 'Mehr lesen', 'Lesen Sie auch', 'Auch interessant', 'Mehr zum Thema', 'Zum Thema',
  'Artikel teilen', 'Teilen', 'Abonnieren', 'Newsletter abonnieren',
  'Melden Sie sich für unseren Newsletter an', 'Alle Rechte vorbehalten', 'Folgen Sie uns auf',
  'Wir verwenden Cookies', 'Diese Website verwendet Cookies', 'Datenschutzerklärung', 'Datenschutz',
  'Impressum', 'Anzeige', 'Werbung', 'Meistgelesen', 'Kommentare', 'Drucken', 'Schlagworte',
];
