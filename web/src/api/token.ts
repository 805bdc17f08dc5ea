/**
 * The operator's write token, kept for this browser tab only (sessionStorage): it is gone when the tab closes
 * and never written to disk by the page or sent anywhere but this server's write endpoints.
 */
const KEY = 'newsloom.token';

export function readToken(): string {
  try {
    return window.sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function saveToken(token: string): void {
  try {
    if (token) window.sessionStorage.setItem(KEY, token);
    else window.sessionStorage.removeItem(KEY);
  } catch {
    // Storage disabled (private mode policies): the token then lasts as long as the page.
  }
}
