/** Every way to call the CLI wrongly: exit code 2 and one line on stderr that says what is wrong. */
import { describe, expect, it } from 'vitest';
import { harPath } from '../core/har/fixtures';
import { expectOneLineError, run } from './fake-io';
import { scratchDir } from './temp-files';

const tmp = scratchDir();
const truncated = tmp.write('truncated.har', '{"log":{"version":"1.2","entries":[{"request":{"url":"https://x.example/"}},{"request":');
const notHar = tmp.write('list.json', '[{"url": "https://x.example/"}]');
const html = tmp.write('page.har', '<!doctype html><title>Not a HAR</title>');
const empty = tmp.write('empty.har', '');
const noEntries = tmp.write('no-entries.har', '{"log":{"version":"1.2","pages":[]}}');
const FIREFOX = harPath('firefox');

describe('bad usage and unreadable input', () => {
  it.each([
    [['frobnicate'], /^cookie-audit: unknown command "frobnicate" \(expected audit, parse, decode; see: cookie-audit --help\)$/],
    [['--frob'], /^cookie-audit: unknown option --frob /],
    [['help', 'nope'], /^cookie-audit: unknown command "nope"/],
    [['audit'], /^cookie-audit: audit needs at least one HAR file/],
    [['audit', FIREFOX, '--format', 'xml'], /^cookie-audit: unknown format "xml" \(expected json, md, html, csv, sarif\)$/],
    [['audit', FIREFOX, '--format'], /^cookie-audit: option '--format <value>' argument missing \(see: cookie-audit audit --help\)$/],
    [['audit', FIREFOX, '--fail-on', 'severe'], /^cookie-audit: unknown severity "severe" for --fail-on \(expected critical, high, medium, low, info\)$/],
    [['audit', FIREFOX, '--include-value'], /^cookie-audit: unknown option --include-value \(see: cookie-audit audit --help\)$/],
    [['audit', FIREFOX, '--include-values=yes'], /^cookie-audit: option '--include-values' does not take an argument/],
    [['audit', tmp.path('missing.har')], /^cookie-audit: \/.*missing\.har: no such file$/],
    [['audit', tmp.path('')], /^cookie-audit: \/.*: is a directory, not a file$/],
    [['audit', truncated], /^cookie-audit: \/.*truncated\.har: truncated JSON: the file ends inside log\.entries\[1\]$/],
    [['audit', notHar], /^cookie-audit: \/.*list\.json: not a HAR file: the top-level value is not an object$/],
    [['audit', noEntries], /^cookie-audit: \/.*no-entries\.har: not a HAR file: log\.entries is missing$/],
    [['audit', html], /^cookie-audit: \/.*page\.har: not valid JSON: unexpected '<' at character 1, expected a value$/],
    [['audit', empty], /^cookie-audit: \/.*empty\.har: the file is empty$/],
    [['audit', FIREFOX, truncated], /^cookie-audit: \/.*truncated\.har: truncated JSON/],
    [['audit', FIREFOX, '--wordlist', tmp.path('nope.txt')], /^cookie-audit: \/.*nope\.txt: no such file$/],
    [['audit', FIREFOX, '-o', tmp.path('no/such/dir/report.html')], /^cookie-audit: cannot write \/.*report\.html: no such file$/],
    [['parse'], /^cookie-audit: parse takes one Set-Cookie value, quoted/],
    [['parse', 'a=1;', 'Path=/'], /^cookie-audit: parse takes one Set-Cookie value, quoted, .*\(got 2\)$/],
    [['parse', 'a=1', '--url', 'example.com'], /^cookie-audit: --url "example\.com" is not an http\(s\) URL$/],
    [['parse', 'a=1', '--url', 'ftp://example.com/'], /^cookie-audit: --url "ftp:\/\/example\.com\/" is not an http\(s\) URL$/],
    [['decode'], /^cookie-audit: decode takes one cookie value \(got 0/],
    [['decode', '  '], /^cookie-audit: nothing to decode: the value is empty$/],
    [['decode', 'abc', '--wordlist', tmp.path('words.txt')], /^cookie-audit: \/.*words\.txt: no such file$/],
    [['decode', 'abc', '--secrets', 'x'], /^cookie-audit: unknown option --secrets \(see: cookie-audit decode --help\)$/],
  ])('%j exits 2 with one line on stderr', async (argv, message) => {
    expect(expectOneLineError(await run(argv))).toMatch(message);
  });

  it('prints the usage to stderr and exits 2 when called with no command', async () => {
    const result = await run([]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain('Usage');
  });

  it('writes the file name with control characters escaped', async () => {
    const line = expectOneLineError(await run(['audit', tmp.path('evil\u001b[2Jname.har')]));
    expect(line).toContain('evil\\x1b[2Jname.har: no such file');
    expect(line).not.toContain('\u001b');
  });

  it('stops at the first unreadable file without writing a report', async () => {
    const out = tmp.path('never.json');
    expectOneLineError(await run(['audit', truncated, FIREFOX, '-o', out]));
    await expect(import('node:fs').then((fs) => fs.existsSync(out))).resolves.toBe(false);
  });
});
