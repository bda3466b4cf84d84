import { createContext, useContext } from "react";

import type { Navigate } from "./use-route.ts";

/** The app's navigate function, for links and views deep in the tree. */
export const NavigationContext = createContext<Navigate>(() => {
  throw new Error("NavigationContext used outside <App>");
});

export function useNavigate(): Navigate {
  return useContext(NavigationContext);
}
