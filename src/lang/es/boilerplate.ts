/** Page-chrome phrases in Spanish as they appear in text copied from a news page (menus, share bars, footers, cookie notices). */
export const boilerplate: readonly string[] = [
  'Leer más', 'Lee también', 'Te puede interesar', 'Noticias relacionadas', 'Artículos relacionados',
  'Compartir', 'Comparte esta noticia', 'Suscríbete', 'Suscríbete a nuestro boletín',
  'Todos los derechos reservados', 'Síguenos en', 'Utilizamos cookies', 'Este sitio web utiliza cookies',
  'Política de privacidad', 'Aviso legal', 'Publicidad', 'Lo más leído', 'Comentarios', 'Imprimir',
  'Etiquetas', 'Más información',
];
