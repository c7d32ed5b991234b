import { describe, expect, it } from 'vitest';
import type { EmulatorRequest } from '../framework/http-types';
import type { Admission } from '../framework/latency/limits';
import { ManualTimers } from '../framework/latency/timers';
import { dynamicsLimits, serviceProtectionLimits } from './limits';

const req = {} as EmulatorRequest;

function refusal(admission: Admission): { status: number; code: string; retryAfter?: string } {
  if (!('refused' in admission)) throw new Error('expected a refusal');
  const body = JSON.parse(String(admission.refused.body)) as { error: { code: string } };
  return {
    status: admission.refused.status,
    code: body.error.code,
    retryAfter: admission.refused.headers?.['Retry-After'],
  };
}

function ticketOf(admission: Admission) {
  if (!('ticket' in admission)) throw new Error('expected an admission');
  return admission.ticket;
}

describe('Dataverse service protection limits', () => {
  it('refuses the 53rd concurrent call with 0x80072326, and admits again once one ends', () => {
    const limits = dynamicsLimits(new ManualTimers());
    const tickets = Array.from({ length: 52 }, () => ticketOf(limits.admit(req, 'query', 0)));
    expect(refusal(limits.admit(req, 'query', 0))).toEqual({
      status: 429,
      code: '0x80072326',
      retryAfter: '1',
    });
    tickets[0]?.release();
    expect('ticket' in limits.admit(req, 'query', 0)).toBe(true);
  });

  it('refuses requests over the count of the 5-minute window until the oldest leaves it', () => {
    const limits = dynamicsLimits(new ManualTimers(), { ...serviceProtectionLimits, requests: 3 });
    for (const at of [0, 1000, 2000]) ticketOf(limits.admit(req, 'query', at)).release();
    expect(refusal(limits.admit(req, 'query', 60_000))).toEqual({
      status: 429,
      code: '0x80072322',
      retryAfter: '240',
    });
    expect('ticket' in limits.admit(req, 'query', 300_000)).toBe(true);
  });

  it('refuses once the calls of the window add up to the execution time limit', () => {
    const timers = new ManualTimers();
    const limits = dynamicsLimits(timers, { ...serviceProtectionLimits, executionMs: 10_000 });
    const ticket = ticketOf(limits.admit(req, 'query', 0));
    ticket.planned(10_000);
    ticket.release();
    expect(refusal(limits.admit(req, 'query', 0)).code).toBe('0x80072321');
    expect('ticket' in limits.admit(req, 'query', 300_000)).toBe(true);
  });

  it('holds the published figures', () => {
    expect(serviceProtectionLimits).toEqual({
      windowMs: 300_000,
      requests: 6000,
      executionMs: 1_200_000,
      concurrent: 52,
    });
  });
});
