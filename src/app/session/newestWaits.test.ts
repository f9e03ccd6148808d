import { describe, expect, it } from 'vitest';
import { NewestWaits } from './newestWaits';

describe('NewestWaits', () => {
  it('runs one at a time; of the requests made meanwhile only the newest runs next, the others resolve to null', async () => {
    const ran: string[] = [];
    const waitingSeen: (string | null)[] = [];
    const gates = new Map<string, () => void>();
    const q = new NewestWaits<string, string>(
      (a) =>
        new Promise((done) => {
          ran.push(a);
          gates.set(a, () => done(a.toUpperCase()));
        }),
      (a) => waitingSeen.push(a),
    );
    const first = q.submit('a');
    expect(q.busy).toBe(true);
    const second = q.submit('b');
    const third = q.submit('c');
    expect(q.waiting).toBe('c');
    expect(await second).toBeNull();
    gates.get('a')!();
    expect(await first).toBe('A');
    await Promise.resolve();
    expect(ran).toEqual(['a', 'c']);
    gates.get('c')!();
    expect(await third).toBe('C');
    expect(q.busy).toBe(false);
    expect(waitingSeen).toEqual(['b', 'c', null]);
  });
});
