declare namespace App {
  interface Locals {
    /** Set by the route page before its children render (src/lib/route-context.ts). */
    route?: import("./lib/route-context").RouteContext;
  }
}
