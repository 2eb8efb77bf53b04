declare namespace App {
  interface Locals {
    /** The page's route data: src/middleware.ts. */
    route: import('./view/context.ts').PageContext;
  }
}
