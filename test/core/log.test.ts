import { describe, expect, it } from 'vitest';
import { isSecretHeader, maskEmailsInText, maskPersonalData, redactHeaders, redactUrl } from '../../src/internal/log.js';

describe('redaction', () => {
  it('redacts credential headers but not consistency tokens', () => {
    expect(isSecretHeader('Authorization')).toBe(true);
    expect(isSecretHeader('x-api-key')).toBe(true);
    expect(isSecretHeader('X-Auth-Token')).toBe(true);
    expect(isSecretHeader('eventbrite-api-waypoint-token')).toBe(false);
    expect(redactHeaders({ Authorization: 'Bearer x', Accept: 'application/json' })).toEqual({
      authorization: '[redacted]',
      accept: 'application/json',
    });
  });

  it('redacts token query parameters and userinfo in URLs', () => {
    expect(redactUrl('https://www.eventbriteapi.com/v3/users/me/?token=ABC123&expand=x')).toBe(
      'https://www.eventbriteapi.com/v3/users/me/?token=[redacted]&expand=x',
    );
    expect(redactUrl('https://user:pass@host.test/a')).toBe('https://host.test/a');
    expect(redactUrl('not a url ?token=abc')).toBe('not a url ?token=[redacted]');
  });

  it('masks personal data for debug logs', () => {
    expect(maskPersonalData({ buyer_name: 'Jane Smith', email: 'jane@example.com', total: 5 })).toEqual({
      buyer_name: 'J***',
      email: 'j***@example.com',
      total: 5,
    });
    expect(maskEmailsInText('/getGuestTickets?userEmail=ada%40example.com&x=1')).toBe('/getGuestTickets?userEmail=a***%40example.com&x=1');
  });
});

describe('normalized ids', () => {
  it('compose and split reversibly, encoding what needs it', async () => {
    const { composeId, splitId } = await import('../../src/internal/ids.js');
    expect(composeId('evt-1', 'tt_2')).toBe('evt-1:tt_2');
    expect(composeId('evt-1', 'ada@example.com')).toBe('evt-1:ada%40example.com');
    expect(composeId('a:b', 7)).toBe('a%3Ab:7');
    expect(splitId(composeId('a:b', 'x y'), 2)).toEqual(['a:b', 'x y']);
    expect(splitId('only-one', 2)).toBeNull();
  });
});

describe('personal data in debug logs', () => {
  it('masks names, emails and phones under vendor and camelCase key names, but not event or ticket names', async () => {
    const { maskPersonalData } = await import('../../src/internal/log.js');
    const masked = maskPersonalData({
      buyer_phone: '+1 555 0100',
      buyerName: 'Jane Smith',
      holder_email: 'jane@example.com',
      first_name: 'Jane',
      attendee: { fullName: 'Jane Smith', mobile: '555' },
      ticket_type_name: 'General Admission',
      event_name: 'Gala',
      title: 'Spring Workshop',
    }) as Record<string, unknown>;
    expect(JSON.stringify(masked)).not.toMatch(/Jane|555|jane@/);
    expect(masked).toMatchObject({ ticket_type_name: 'General Admission', event_name: 'Gala', title: 'Spring Workshop' });
  });
});

describe('credential fields in bodies', () => {
  it('are redacted wherever they appear', async () => {
    const { scrubValue } = await import('../../src/internal/log.js');
    expect(scrubValue({ data: [{ id: 's1', secret: 'abc123', name: 'x' }], password: 'pw', api_key: 'k', token: 't' }, [])).toEqual({
      data: [{ id: 's1', secret: '[redacted]', name: 'x' }],
      password: '[redacted]',
      api_key: '[redacted]',
      token: '[redacted]',
    });
  });
});
