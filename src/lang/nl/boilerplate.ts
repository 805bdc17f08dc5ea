/** Page-chrome phrases in Dutch as they appear in text copied from a news page (menus, share bars, footers, cookie notices). */
export const boilerplate: readonly string[] = [
  'Lees meer', 'Lees ook', 'Meer over', 'Gerelateerde artikelen', 'Gerelateerd nieuws', 'Delen',
  'Deel dit artikel', 'Abonneren', 'Schrijf je in voor onze nieuwsbrief', 'Alle rechten voorbehouden',
  'Volg ons op', 'Wij gebruiken cookies', 'Deze website maakt gebruik van cookies', 'Privacybeleid',
  'Advertentie', 'Meest gelezen', 'Reacties', 'Afdrukken',
];
