/** The storage model's diagnostics (§5.7): why the browser refuses a cookie, in plain words. */
import type { Diagnostic } from './types';

function rejected(code: Diagnostic['code'], message: string, attribute?: string): Diagnostic {
  return attribute === undefined ? { code, effect: 'rejected', message } : { code, effect: 'rejected', attribute, message };
}

export function invalidUrl(url: string): Diagnostic {
  const shown = url.length > 80 ? `${url.slice(0, 77)}...` : url;
  return rejected('invalid-url', `${JSON.stringify(shown)} is not a URL with a host; no browser would store a cookie from it.`);
}

export function domainMismatch(domain: string, host: string): Diagnostic {
  return rejected(
    'domain-mismatch',
    `Domain=${domain} is neither the host ${host} nor a parent domain of it; the browser rejects the cookie.`,
    'domain',
  );
}

export function domainPublicSuffix(domain: string): Diagnostic {
  return rejected(
    'domain-public-suffix',
    `Domain=${domain} is a public suffix (anyone can register a site under it); the browser rejects the cookie.`,
    'domain',
  );
}

export function publicSuffixHostOnly(domain: string): Diagnostic {
  return {
    code: 'domain-public-suffix',
    effect: 'note',
    attribute: 'domain',
    message: `Domain=${domain} is a public suffix but also the host itself; the browser stores a host-only cookie instead.`,
  };
}

export function domainIpAddress(domain: string, host: string): Diagnostic {
  return rejected(
    'domain-ip-address',
    `The host ${host} is an IP address, which has no parent domains; Domain=${domain} is not that address, so the browser rejects the cookie.`,
    'domain',
  );
}

export function secureFromInsecureOrigin(): Diagnostic {
  return rejected(
    'secure-from-insecure-origin',
    'A Secure cookie may only be set by an https:// response (or from localhost); the browser rejects it.',
    'secure',
  );
}

export function overwriteSecureFromInsecure(name: string): Diagnostic {
  return rejected(
    'overwrite-secure-from-insecure',
    `A Secure cookie named ${JSON.stringify(name)} already exists for this domain and path; a non-Secure cookie from an http:// response may not overwrite or shadow it, so the browser rejects it.`,
  );
}

export function prefixSecure(): Diagnostic {
  return rejected('prefix-secure-violation', 'A __Secure- cookie must have the Secure attribute; the browser rejects it.');
}

export function prefixHost(problems: readonly string[]): Diagnostic {
  return rejected(
    'prefix-host-violation',
    `A __Host- cookie must be Secure, have no Domain and have Path=/ (here: ${problems.join(', ')}); the browser rejects it.`,
  );
}

export function namelessPrefix(): Diagnostic {
  return rejected(
    'nameless-prefix',
    'A nameless cookie whose value starts with __Secure- or __Host- would be sent as if it had that prefix; the browser rejects it.',
  );
}

export function sameSiteNoneWithoutSecure(): Diagnostic {
  return rejected(
    'samesite-none-without-secure',
    'SameSite=None requires Secure; the browser rejects the cookie.',
    'samesite',
  );
}

export function partitionedWithoutSecure(): Diagnostic {
  return rejected(
    'partitioned-without-secure',
    'Partitioned requires Secure; Chrome rejects the cookie (Firefox, which does not partition this way yet, ignores the attribute).',
    'partitioned',
  );
}

export function httpOnlyFromScript(): Diagnostic {
  return rejected(
    'http-only-from-script',
    'A script (document.cookie) cannot set an HttpOnly cookie; the browser rejects it.',
    'httponly',
  );
}

export function overwriteHttpOnlyFromScript(name: string): Diagnostic {
  return rejected(
    'http-only-from-script',
    `An HttpOnly cookie named ${JSON.stringify(name)} already exists; a script cannot overwrite it, so the browser rejects it.`,
  );
}

export function deletion(): Diagnostic {
  return {
    code: 'deletion',
    effect: 'note',
    message:
      'The cookie is already expired (Max-Age ≤ 0 or Expires in the past): the browser removes any cookie with this name, domain and path and stores nothing.',
  };
}
