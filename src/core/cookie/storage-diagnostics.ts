/** The storage model's diagnostics (§5.7): why the browser refuses a cookie, in plain words. */
import { joinPhrases, phrase, type Phrase } from '../i18n/phrase';
import type { Diagnostic } from './types';
import { worded } from './worded';

function rejected(code: Diagnostic['code'], message: Phrase, attribute?: string): Diagnostic {
  return attribute === undefined ? worded({ code, effect: 'rejected' }, message) : worded({ code, effect: 'rejected', attribute }, message);
}

export function invalidUrl(url: string): Diagnostic {
  const shown = url.length > 80 ? `${url.slice(0, 77)}...` : url;
  return rejected('invalid-url', phrase('diagInvalidUrl', JSON.stringify(shown)));
}

export function domainMismatch(domain: string, host: string): Diagnostic {
  return rejected(
    'domain-mismatch',
    phrase('diagDomainMismatch', domain, host),
    'domain',
  );
}

export function domainPublicSuffix(domain: string): Diagnostic {
  return rejected(
    'domain-public-suffix',
    phrase('diagDomainPublicSuffix', domain),
    'domain',
  );
}

export function publicSuffixHostOnly(domain: string): Diagnostic {
  return worded({ code: 'domain-public-suffix', effect: 'note', attribute: 'domain' }, phrase('diagPublicSuffixHostOnly', domain));
}

export function domainIpAddress(domain: string, host: string): Diagnostic {
  return rejected(
    'domain-ip-address',
    phrase('diagDomainIpAddress', host, domain),
    'domain',
  );
}

export function secureFromInsecureOrigin(): Diagnostic {
  return rejected(
    'secure-from-insecure-origin',
    phrase('diagSecureFromInsecureOrigin'),
    'secure',
  );
}

export function overwriteSecureFromInsecure(name: string): Diagnostic {
  return rejected(
    'overwrite-secure-from-insecure',
    phrase('diagOverwriteSecureFromInsecure', JSON.stringify(name)),
  );
}

export function prefixSecure(): Diagnostic {
  return rejected('prefix-secure-violation', phrase('diagPrefixSecure'));
}

export function prefixHost(problems: readonly Phrase[]): Diagnostic {
  return rejected(
    'prefix-host-violation',
    phrase('diagPrefixHost', joinPhrases(problems, 'listItems')),
  );
}

export function namelessPrefix(): Diagnostic {
  return rejected(
    'nameless-prefix',
    phrase('diagNamelessPrefix'),
  );
}

export function sameSiteNoneWithoutSecure(): Diagnostic {
  return rejected(
    'samesite-none-without-secure',
    phrase('diagSameSiteNoneWithoutSecure'),
    'samesite',
  );
}

export function partitionedWithoutSecure(): Diagnostic {
  return rejected(
    'partitioned-without-secure',
    phrase('diagPartitionedWithoutSecure'),
    'partitioned',
  );
}

export function httpOnlyFromScript(): Diagnostic {
  return rejected(
    'http-only-from-script',
    phrase('diagHttpOnlyFromScript'),
    'httponly',
  );
}

export function overwriteHttpOnlyFromScript(name: string): Diagnostic {
  return rejected(
    'http-only-from-script',
    phrase('diagOverwriteHttpOnlyFromScript', JSON.stringify(name)),
  );
}

export function deletion(): Diagnostic {
  return worded({ code: 'deletion', effect: 'note' }, phrase('diagDeletion'));
}
