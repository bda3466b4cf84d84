import { useCallback, useEffect, useState } from "react";

import { formatRoute, parseRoute, type Route } from "./route.ts";

/** Moves to a route: a new history entry (back returns here), or `replace` for filter tweaks and selections. */
export type Navigate = (route: Route, options?: { replace?: boolean }) => void;

/** The current route from the address bar, kept in step with the back and forward buttons. */
export function useRoute(): [Route, Navigate] {
  const [route, setRoute] = useState<Route>(() => parseRoute(new URL(window.location.href)));
  useEffect(() => {
    const onPop = (): void => setRoute(parseRoute(new URL(window.location.href)));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  const navigate = useCallback<Navigate>((next, options) => {
    const url = formatRoute(next);
    if (url === window.location.pathname + window.location.search) return;
    if (options?.replace) window.history.replaceState(null, "", url);
    else window.history.pushState(null, "", url);
    setRoute(parseRoute(new URL(window.location.href)));
    if (!options?.replace) window.scrollTo(0, 0);
  }, []);
  return [route, navigate];
}
