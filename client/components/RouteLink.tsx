import type { MouseEvent, ReactNode } from "react";

import { formatRoute, type Route } from "../routing/route.ts";
import { useNavigate } from "../routing/navigation-context.ts";

/** A real link (it opens in a new tab, it can be copied) that navigates in place on a plain click. */
export function RouteLink(props: {
  readonly to: Route;
  readonly children: ReactNode;
  readonly className?: string | undefined;
  readonly title?: string | undefined;
}): ReactNode {
  const navigate = useNavigate();
  const onClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(props.to);
  };
  return (
    <a href={formatRoute(props.to)} onClick={onClick} className={props.className} title={props.title}>
      {props.children}
    </a>
  );
}
