/** The --help texts: what each command does, its options, and an example that works as written. */
export const MAIN_HELP = `cookie-audit — audit the cookies a site sets, from HAR files or single values

Usage
  cookie-audit audit <file.har>... [options]   audit every Set-Cookie in one or more HAR files
  cookie-audit parse <set-cookie-value> [options]   how a browser parses and stores one Set-Cookie line
  cookie-audit decode <value> [options]        decode a session cookie (Flask, Django, JWT, ...)
  cookie-audit help [command]
  cookie-audit version                         print the version (npm exec keeps --version for npm)

Options
  -h, --help       show help (also after a command)
  --version        print the version

Exit codes: 0 done, 1 findings at or above --fail-on, 2 bad usage or unreadable input.
Run "cookie-audit <command> --help" for a command's options.
`;

export const AUDIT_HELP = `Usage: cookie-audit audit <file.har>... [options]

Reads HAR files (Chrome, Firefox, Playwright, proxies; any size: they are streamed) and audits every
cookie the responses set. Several files go into one audit.

Options
  --format FORMAT      json, md, html, csv or sarif (default: a summary for the terminal,
                       or the format named by the -o file's extension)
  -o, --output FILE    write the report to FILE instead of standard output
  --fail-on SEVERITY   exit 1 when a finding is at least this severe:
                       critical, high, medium, low or info; a HAR without any
                       cookie header (exported without them) is refused (exit 2)
  --allow-no-cookies   gate such a HAR anyway (a site that really sets no cookie)
  --include-values     show cookie values and decoded payloads (redacted by default)
  --secret S           also try S as a signing secret (repeatable)
  --wordlist FILE      also try every secret in FILE (one per line, Python literals allowed)
  -h, --help           show this help

Example
  cookie-audit audit site.har --format html -o report.html --fail-on high
`;

export const PARSE_HELP = `Usage: cookie-audit parse <set-cookie-value> [options]

Parses one Set-Cookie header value as a browser does (RFC 6265bis), lists everything the browser
would ignore or reject, and shows what it would store for the URL.

Options
  --url URL    the URL of the response that sent it (default: https://example.com/)
  --json       print JSON: {url, parsed, diagnostics, stored, deletion, deletes?}
  -h, --help   show this help

Example
  cookie-audit parse '__Host-id=1; Path=/; Secure; SameSite=Lax' --url https://shop.example/
`;

export const DECODE_HELP = `Usage: cookie-audit decode <value> [options]

Decodes a session cookie value: its format, when it was issued, its payload, whether a known or
given secret signed it, which library wrote each key, and what looks secret.

Options
  --name N         the cookie's name (helps recognise the format, e.g. session, connect.sid)
  --sig VALUE      the value of the <name>.sig cookie, which signs an Express cookie-session
                   value (keygrip); without it such a value cannot be verified
  --secret S       also try S as the signing secret (repeatable)
  --wordlist FILE  also try every secret in FILE (one per line, Python literals allowed);
                   like the built-in list, skipped on values over 16 KiB
  --json           print JSON: {format, payload, compressed, issuedAt, signature, attribution,
                   sensitive, warnings}
  -h, --help       show this help

Examples
  cookie-audit decode eyJ1c2VyX2lkIjo0MiwidXNlcm5hbWUiOiJhbGljZSJ9.awR_EA.EtVOe0ZfhHxbG6ae9QRMsV5qido --name session
  cookie-audit decode eyJ1c2VyIjoiYWxpY2UiLCJ2aWV3cyI6MX0= --name session --sig QeAC__G2lyS_mfFfCQQ51YM_9kY --secret cookie-session-key-1
`;
