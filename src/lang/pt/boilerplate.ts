/** Page-chrome phrases in Portuguese as they appear in text copied from a news page (menus, share bars, footers, cookie notices). */
export const boilerplate: readonly string[] = [
  'Leia mais', 'Leia também', 'Saiba mais', 'Notícias relacionadas', 'Veja também', 'Compartilhar',
  'Partilhar', 'Compartilhe esta notícia', 'Assine', 'Assine nossa newsletter',
  'Inscreva-se na nossa newsletter', 'Todos os direitos reservados', 'Siga-nos nas redes sociais',
  'Utilizamos cookies', 'Este site utiliza cookies', 'Política de privacidade', 'Publicidade', 'Mais lidas',
  'Comentários', 'Imprimir',
];
