/** Page-chrome phrases in Armenian as they appear in text copied from a news page (menus, share bars, footers, cookie notices). */
export const boilerplate: readonly string[] = [
  'Կարդալ ավելին', 'Կարդացեք նաև', 'Նմանատիպ նյութեր', 'Կիսվել', 'Բաժանորդագրվել',
  'Բոլոր իրավունքները պաշտպանված են', 'Հետևեք մեզ', 'Գովազդ', 'Ամենաընթերցվածը', 'Մեկնաբանություններ',
  'Տպել', 'Գաղտնիության քաղաքականություն', 'Նյութերի օգտագործման դեպքում հղումը պարտադիր է',
];
