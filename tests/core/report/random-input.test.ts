// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/report/report-model';
import type { AuditReport } from '../../../src/core/report/report-types';
import { toCsv } from '../../../src/core/report/to-csv';
import { toHtml } from '../../../src/core/report/to-html';
import { toJson } from '../../../src/core/report/to-json';
import { toMarkdown } from '../../../src/core/report/to-markdown';
import { toSarif } from '../../../src/core/report/to-sarif';
import { auditResult } from './arbitrary-audit';
import { parseCsv } from './parse-csv';
import { schemaErrors } from './validate-report';
import { sarifErrors } from './validate-sarif';

const report = fc
  .tuple(auditResult, fc.boolean())
  .map(([result, includeValues]): AuditReport => buildReport(result, { toolName: 'cookie-audit', toolVersion: '0.1.0', includeValues }));

/** The same, with each site an origin as the audit makes them: scheme, host and maybe a port. */
const origin = fc
  .tuple(fc.constantFrom('http', 'https'), fc.domain(), fc.option(fc.integer({ min: 1, max: 65_535 }), { nil: undefined }))
  .map(([scheme, host, port]) => `${scheme}://${host}${port === undefined ? '' : `:${port}`}`);
const reportOnOrigins = fc.tuple(auditResult, fc.boolean(), origin, origin).map(([result, includeValues, ...origins]): AuditReport => {
  const sites = result.sites.map((audit, index) => {
    const site = origins[index] ?? audit.site;
    return { ...audit, site, findings: audit.findings.map((finding) => ({ ...finding, site })) };
  });
  return buildReport({ ...result, sites }, { toolName: 'cookie-audit', toolVersion: '0.1.0', includeValues });
});

const RUNS = { numRuns: 150 };

/** What an HTML parser makes of text: CR and CRLF become LF, NUL characters vanish. */
const asParsed = (text: string): string => text.replace(/\r\n?/g, '\n').replaceAll('\u0000', '');

describe('the writers on random hostile input', () => {
  it('build reports the schema accepts, and JSON that reads back to the same report', () => {
    fc.assert(
      fc.property(report, (r) => {
        expect(schemaErrors(r)).toBe('');
        const parsed = JSON.parse(toJson(r)) as AuditReport;
        expect(schemaErrors(parsed)).toBe('');
        expect(toJson(parsed)).toBe(toJson(r));
      }),
      RUNS,
    );
  });

  it('write CSV that parses back to the same cells, formulas neutralised', () => {
    fc.assert(
      fc.property(report, (r) => {
        const rows = parseCsv(toCsv(r)).slice(1);
        const expected = r.sites.flatMap((site) =>
          site.findings.map((f) =>
            [site.site, f.severity, f.ruleId, f.cookie?.name ?? '', f.cookie?.domain ?? '', f.cookie?.path ?? '',
              String(f.thirdParty), f.message, f.evidence, f.fix].map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)),
          ),
        );
        expect(rows).toEqual(expected);
        for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
      RUNS,
    );
  });

  it('write HTML whose elements are all the writer’s own and whose text is the input', () => {
    fc.assert(
      fc.property(report, (r) => {
        const doc = new DOMParser().parseFromString(toHtml(r), 'text/html');
        const foreign = [...doc.querySelectorAll('script, img, iframe, object, embed, link, base, form, svg svg, svg foreignObject')];
        expect(foreign).toEqual([]);
        const attributes = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name));
        expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
        const body = doc.body.textContent ?? '';
        for (const site of r.sites) {
          for (const f of site.findings) {
            expect(body).toContain(asParsed(f.message));
            expect(body).toContain(asParsed(f.evidence));
            expect(body).toContain(asParsed(f.fix));
          }
          for (const c of site.cookies) expect(body).toContain(asParsed(c.name));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('write Markdown tables whose rows keep their cells and whose markup is escaped', () => {
    fc.assert(
      fc.property(report, (r) => {
        const markdown = toMarkdown(r);
        expect(markdown.replace(/\\./gs, '')).not.toMatch(/[<>[\]`*_&~]/);
        const findingRows = markdown.split('\n').filter((line) => /^\| (critical|high|medium|low|info) \|/.test(line));
        expect(findingRows).toHaveLength(r.sites.reduce((n, site) => n + site.findings.length, 0));
        for (const row of findingRows) expect(row.replace(/\\./g, '').split('|')).toHaveLength(10);
      }),
      RUNS,
    );
  });

  it('write SARIF whose results all point at their rule', () => {
    fc.assert(
      fc.property(report, (r) => {
        const log = JSON.parse(toSarif(r)) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number }[] }[] };
        const [run] = log.runs;
        expect(run?.results).toHaveLength(r.sites.reduce((n, site) => n + site.findings.length, 0));
        for (const result of run?.results ?? []) expect(run?.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
      }),
      RUNS,
    );
  });

  // A site is an origin (the SARIF location's uri), so here the hostile text is everywhere else.
  it('write SARIF that the SARIF 2.1.0 schema accepts for sites that are origins', () => {
    fc.assert(
      fc.property(reportOnOrigins, (r) => {
        expect(sarifErrors(JSON.parse(toSarif(r)))).toBe('');
      }),
      RUNS,
    );
  });
});
