import { ApiError } from '../../../shared/api/errors.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * A team server's address as typed ("cuttings.example.org", "https://cuttings.example.org/",
 * "http://127.0.0.1:8080"), reduced to its origin. Without a scheme it is https. Plain http is
 * only for a server on this computer: anywhere else it would carry the password unencrypted.
 */
export function serverOrigin(typed: string): string {
  const trimmed = typed.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new ApiError(
      'bad_input',
      `“${trimmed}” is not a server address. Give it as your administrator wrote it, like https://cuttings.example.org.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ApiError(
      'bad_input',
      `A team server is reached over https, not ${url.protocol.replace(':', '')}. Give its address like https://cuttings.example.org.`,
    );
  }
  if (url.username || url.password) {
    throw new ApiError('bad_input', 'Leave your name and password out of the address: give them in their own fields.');
  }
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
    throw new ApiError(
      'bad_input',
      `http://${url.host} would send your password unencrypted. Use the server’s https:// address (its TLS proxy); ask your administrator if you do not know it.`,
    );
  }
  return url.origin;
}
