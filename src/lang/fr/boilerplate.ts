/** Page-chrome phrases in French as they appear in text copied from a news page (menus, share bars, footers, cookie notices). */
export const boilerplate: readonly string[] = [
  'Lire aussi', 'À lire aussi', 'Lire la suite', 'Sur le même sujet', 'Articles similaires', 'Partager',
  'Partager cet article', "S'abonner", 'Abonnez-vous', 'Inscrivez-vous à notre newsletter',
  'Tous droits réservés', 'Suivez-nous sur', 'Nous utilisons des cookies', 'Ce site utilise des cookies',
  'Politique de confidentialité', 'Publicité', 'Les plus lus', 'Commentaires', 'Imprimer', 'Mots-clés',
  'Voir aussi', 'En savoir plus',
];
