import { describe, expect, it } from 'vitest';
import { hashPassword, unmatchableHash, verifyPassword } from './password-hash';

const password = 'correct horse battery';

describe('password hashes', () => {
  it('verifies the right password and no other', async () => {
    const stored = await hashPassword(password);
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{86}==$/);
    expect(stored).not.toContain(password);
    expect(await verifyPassword(password, stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
  });

  it('salts each hash, so the same password hashes differently', async () => {
    const first = await hashPassword(password);
    const second = await hashPassword(password);
    expect(first).not.toBe(second);
    expect(first.split('$')[4]).not.toBe(second.split('$')[4]);
  });

  it.each([
    '',
    'garbage',
    'bcrypt$32768$8$1$c2FsdA==$aGFzaA==',
    'scrypt$32768$8$1$c2FsdA==',
    'scrypt$32768$8$1$$aGFzaA==',
    'scrypt$big$8$1$c2FsdA==$aGFzaA==',
    'scrypt$32768$8$1.5$c2FsdA==$aGFzaA==',
  ])('is false for the malformed stored hash %j', async (stored) => {
    expect(await verifyPassword(password, stored)).toBe(false);
  });

  it('is false for a well-formed hash whose key has the wrong length', async () => {
    const [scheme, n, r, p, salt] = (await hashPassword(password)).split('$');
    const truncated = [scheme, n, r, p, salt, Buffer.alloc(32).toString('base64')].join('$');
    expect(await verifyPassword(password, truncated)).toBe(false);
  });

  it('matches no password with the unmatchable hash', async () => {
    expect(unmatchableHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword(password, unmatchableHash)).toBe(false);
  });
});
