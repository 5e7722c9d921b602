import { describe, expect, it } from 'vitest';
import type { SetEvent } from '../../src/core/ledger/types';
import { attributeChanges, lineAttributes } from '../../src/ui/set-cookie-attributes';
import { FLASK_LIVE, FLASK_LOGOUT } from '../core/audit/lines';

function event(line: string, time: number, deletion = false): SetEvent {
  return { line, time, deletion, url: 'http://127.0.0.1:5000/', type: 'main_frame', status: 200, fromCache: false };
}

describe('lineAttributes', () => {
  it.each([
    ['session=abc; Expires=Thu, 24 Dec 2026 17:59:53 GMT; HttpOnly; Path=/', [['Expires', 'Thu, 24 Dec 2026 17:59:53 GMT'], ['HttpOnly', ''], ['Path', '/']]],
    ['id=1;Secure ;  SameSite = Lax ;;', [['Secure', ''], ['SameSite', 'Lax']]],
    ['a=b=c; Domain==x', [['Domain', '=x']]],
    ['plain', []],
  ])('reads the attributes of %j as written', (line, expected) => {
    expect(lineAttributes(line).map((a) => [a.name, a.value])).toEqual(expected);
  });
});

describe('attributeChanges', () => {
  it('sees no change in a Flask session whose Expires moves with every refresh', () => {
    expect(attributeChanges(FLASK_LIVE.map((line, i) => event(line, i)))).toEqual([]);
  });

  it('reports attributes added, removed and changed, with the time of the line', () => {
    const history = [
      event('id=1; Path=/; SameSite=Lax', 1),
      event('id=2; Path=/app; SameSite=Lax; Secure', 2),
      event('id=3; Path=/app; Secure', 3),
    ];
    expect(attributeChanges(history)).toEqual([
      { time: 2, deletion: false, added: [{ name: 'Secure', value: '' }], removed: [], changed: [{ name: 'Path', from: '/', to: '/app' }] },
      { time: 3, deletion: false, added: [], removed: [{ name: 'SameSite', value: 'Lax' }], changed: [] },
    ]);
  });

  it('reports a deletion as a change', () => {
    const changes = attributeChanges([event(FLASK_LIVE[0], 1), event(FLASK_LOGOUT, 2, true)]);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ time: 2, deletion: true, added: [{ name: 'Max-Age', value: '0' }] });
  });
});
