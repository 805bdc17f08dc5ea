/** Page-chrome phrases in Italian as they appear in text copied from a news page (menus, share bars, footers, cookie notices). */
export const boilerplate: readonly string[] = [
  'Leggi anche', 'Leggi di più', 'Continua a leggere', 'Articoli correlati', 'Notizie correlate',
  'Condividi', 'Condividi questo articolo', 'Iscriviti', 'Iscriviti alla newsletter',
  'Tutti i diritti riservati', 'Riproduzione riservata', 'Seguici su', 'Questo sito utilizza cookie',
  'Utilizziamo i cookie', 'Informativa sulla privacy', 'Pubblicità', 'I più letti', 'Commenti', 'Stampa',
  'Potrebbe interessarti',
];
