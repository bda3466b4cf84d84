import { useEffect, type ReactNode } from "react";

import { RouteLink } from "./components/RouteLink.tsx";
import { SearchBox } from "./components/SearchBox.tsx";
import { Empty } from "./components/Status.tsx";
import { NavigationContext } from "./routing/navigation-context.ts";
import { HELP_DEFAULTS, type Route } from "./routing/route.ts";
import { useRoute } from "./routing/use-route.ts";
import { FamilyTreeView } from "./views/FamilyTreeView.tsx";
import { HelpNetworkView } from "./views/HelpNetworkView.tsx";
import { HomeView } from "./views/HomeView.tsx";
import { ResearchView } from "./views/ResearchView.tsx";
import { SearchView } from "./views/SearchView.tsx";
import { ThreadView } from "./views/ThreadView.tsx";
import { UserView } from "./views/UserView.tsx";

/** The document title for a route, so history entries and shared tabs say what they are. */
function titleOf(route: Route): string {
  switch (route.view) {
    case "home":
      return "commons-graph";
    case "search":
      return `“${route.q}” · search`;
    case "tree":
      return `${route.model} · family tree`;
    case "help":
      return "Help network";
    case "thread":
      return `Thread ${route.id}`;
    case "user":
      return `u/${route.name}`;
    case "research":
      return "Research";
    case "not-found":
      return "Not found";
  }
}

function View(props: { readonly route: Route }): ReactNode {
  const { route } = props;
  switch (route.view) {
    case "home":
      return <HomeView />;
    case "search":
      return <SearchView q={route.q} />;
    case "tree":
      return <FamilyTreeView route={route} />;
    case "help":
      return <HelpNetworkView route={route} />;
    case "thread":
      return <ThreadView key={route.id} id={route.id} comment={route.comment} />;
    case "user":
      return <UserView key={route.name} name={route.name} />;
    case "research":
      return <ResearchView model={route.model} />;
    case "not-found":
      return (
        <Empty>
          Nothing lives at <code>{route.path}</code>. <RouteLink to={{ view: "home" }}>Start over</RouteLink>.
        </Empty>
      );
  }
}

/** The explorer: a header with the search box and the main views, and the view the URL names. */
export function App(): ReactNode {
  const [route, navigate] = useRoute();
  useEffect(() => {
    document.title = `${titleOf(route)} — commons-graph explorer`;
  }, [route]);
  const current = route.view;
  return (
    <NavigationContext.Provider value={navigate}>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="app-header">
        <RouteLink to={{ view: "home" }} className="brand">
          commons<span>graph</span>
        </RouteLink>
        <SearchBox
          key={route.view === "search" ? route.q : "box"}
          initial={route.view === "search" ? route.q : ""}
        />
        <nav aria-label="Views">
          <RouteLink
            to={{ view: "help", ...HELP_DEFAULTS }}
            className={current === "help" ? "current" : undefined}
          >
            Help network
          </RouteLink>
          <RouteLink to={{ view: "research" }} className={current === "research" ? "current" : undefined}>
            Research
          </RouteLink>
        </nav>
      </header>
      <main id="main" className={`view-${current}`}>
        <View route={route} />
      </main>
    </NavigationContext.Provider>
  );
}
