/** Page-chrome phrases in English as they appear in text copied from a news page (menus, share bars, footers, cookie notices). */
export const boilerplate: readonly string[] = [
  'Read more', 'Read more:', 'Read More:', 'Related', 'Related articles', 'Related stories', 'Related news',
  'Share this article', 'Share this', 'Share on Facebook', 'Share on Twitter', 'Subscribe',
  'Subscribe to our newsletter', 'Sign up for our newsletter', 'Join the mailing list',
  'Join our mailing list', 'All rights reserved', 'Follow us on', 'Follow us on Twitter', 'We use cookies',
  'This website uses cookies', 'Accept cookies', 'Cookie policy', 'Privacy policy', 'Terms of use',
  'Advertisement', 'Skip to content', 'Skip to main content', 'Most read', 'Most popular', 'Trending now',
  'Sign in', 'Log in', 'Back to top', 'Leave a comment', 'Print', 'Email this article', 'Next article',
  'Previous article', 'You may also like', 'Recommended for you', 'Tags:', 'Topics:', 'End Item',
  'Loading...',
];
