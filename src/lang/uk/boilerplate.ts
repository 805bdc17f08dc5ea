/** Page-chrome phrases in Ukrainian as they appear in text copied from a news page (menus, share bars, footers, cookie notices). */
export const boilerplate: readonly string[] = [
  'Читайте також', 'Читати далі', 'Детальніше', 'Новини за темою', 'За темою', 'Поділитися', 'Підписатися',
  'Підпишіться на нашу розсилку', 'Усі права захищені', 'Всі права захищені', 'Ми в соцмережах',
  'Стежте за нами', 'Ми використовуємо файли cookie', 'Політика конфіденційності', 'Реклама',
  'Найпопулярніше', 'Коментарі', 'Помітили помилку? Виділіть її та натисніть Ctrl+Enter',
  'Підписуйтесь на наш Telegram-канал',
];
