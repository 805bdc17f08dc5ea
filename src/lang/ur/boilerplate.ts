/** Page-chrome phrases in Urdu as they appear in text copied from a news page (menus, share bars, footers, cookie notices). */
export const boilerplate: readonly string[] = [
  'مزید پڑھیں', 'یہ بھی پڑھیں', 'متعلقہ خبریں', 'شیئر کریں', 'سبسکرائب کریں', 'جملہ حقوق محفوظ ہیں',
  'ہمیں فالو کریں', 'اشتہار', 'سب سے زیادہ پڑھی جانے والی', 'تبصرے', 'رازداری کی پالیسی',
];
