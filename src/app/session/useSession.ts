/** React glue: the page's {@link Session}, created once, and its state (re-rendering on every change). */
import { useState, useSyncExternalStore } from 'react';
import { Session, type SessionDeps, type SessionEngine } from './session';
import type { SessionState } from './state';
import type { BackendName } from '../../tfjs/browserBackends';

/** Creates the session once (`make` runs on the first render only) and subscribes to its state. */
export function useSession<E extends SessionEngine>(
  make: () => { deps: SessionDeps<E>; backendChosen: BackendName | null },
): [SessionState, Session<E>] {
  const [session] = useState(() => {
    const { deps, backendChosen } = make();
    return new Session(deps, backendChosen);
  });
  const state = useSyncExternalStore(session.subscribe, session.getState);
  return [state, session];
}
