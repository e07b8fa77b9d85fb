// The layout, checked by `npm run lint:deps` (part of `npm run lint`). Imports point one way:
// app → lib/actions → lib/db | lib/auth | lib/http | lib/alerts → lib/domain; components → lib/actions, lib/domain.
// Type-only imports carry no code, so components may name a lib/db result type.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      severity: "error",
      comment: "A cycle makes load order matter and hides which module owns what.",
      from: {},
      // A type-only edge vanishes at compile time and closes no cycle at run time.
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "domain-is-pure",
      severity: "error",
      comment: "lib/domain takes plain data and returns plain data: no framework, no database, no I/O.",
      from: { path: "^lib/domain/" },
      to: {
        path: [
          "^node_modules/(next|react|react-dom|@prisma|@electric-sql|pg|next-auth)/",
          "^lib/(db|auth|http|actions|alerts|housekeeping|observability|ops)/",
          "^lib/env\\.ts$",
          "^(app|components)/",
        ],
        // The role and permission table is plain data with no imports (a domain fact kept beside its guards).
        pathNot: "^lib/auth/permissions\\.ts$",
      },
    },
    {
      name: "components-not-app",
      severity: "error",
      comment: "Routes use components, never the other way round; actions live in lib/actions.",
      from: { path: "^components/" },
      to: { path: "^app/" },
    },
    {
      name: "components-not-db",
      severity: "error",
      comment: "Components reach data through a page's props or a server action, never the database itself.",
      from: { path: "^components/" },
      to: { path: "^lib/db/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "lib-not-ui",
      severity: "error",
      comment: "lib/ is below the routes and components: it imports neither.",
      from: { path: "^lib/" },
      to: { path: "^(app|components)/" },
    },
    {
      name: "db-not-actions",
      severity: "error",
      comment: "Data access is called by actions, routes and pages; it does not call them back.",
      from: { path: "^lib/db/" },
      to: { path: "^lib/actions/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(lib/db/generated|\\.next|node_modules)" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".d.ts"],
    },
  },
};
