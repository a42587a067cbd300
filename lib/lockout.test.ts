import { describe, expect, it } from 'vitest';
import { lockedUntil, lockoutLookback, lockoutPolicy, minutesLeft } from './lockout';

const minute = 60_000;
const now = new Date('2026-11-29T10:00:00Z');
const ago = (minutes: number) => new Date(now.getTime() - minutes * minute);

describe('lockout', () => {
  it('does not lock below the threshold', () => {
    expect(lockedUntil([ago(1), ago(2), ago(3), ago(4)], now)).toBeNull();
  });

  it('locks for 15 minutes from the fifth failure within 15 minutes', () => {
    expect(lockedUntil([ago(10), ago(8), ago(6), ago(4), ago(2)], now)).toEqual(new Date(now.getTime() + 13 * minute));
  });

  it('does not lock when the five failures are spread over more than 15 minutes', () => {
    expect(lockedUntil([ago(20), ago(14), ago(10), ago(6), ago(2)], now)).toBeNull();
  });

  it('releases once the lock has run out', () => {
    expect(lockedUntil([ago(29), ago(28), ago(27), ago(26), ago(25)], now)).toBeNull();
    expect(lockedUntil([ago(29), ago(28), ago(27), ago(26), ago(14)], now)).toEqual(new Date(now.getTime() + minute));
  });

  it('ignores the order failures arrive in', () => {
    expect(lockedUntil([ago(2), ago(10), ago(4), ago(8), ago(6)], now)).toEqual(new Date(now.getTime() + 13 * minute));
  });

  it('looks back far enough to see every lock still running', () => {
    expect(lockoutLookback()).toBe(lockoutPolicy.windowMs + lockoutPolicy.lockMs);
  });

  it('rounds the minutes left up, never showing zero', () => {
    expect(minutesLeft(new Date(now.getTime() + 61_000), now)).toBe(2);
    expect(minutesLeft(new Date(now.getTime() + 1_000), now)).toBe(1);
  });
});
