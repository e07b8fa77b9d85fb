import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import clientBoundary from "./eslint-rules/client-boundary.mjs";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next*/**",
      ".tmp/**",
      "node_modules/**",
      ".data/**",
      "lib/db/generated/**",
      "test-results/**",
      ".stryker-tmp/**",
      "reports/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Patient text must always render escaped.",
        },
      ],
    },
  },
  {
    // Domain code is pure: no framework, no database.
    files: ["lib/domain/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["next", "next/*", "@prisma/*", "*/db/*", "react"] }],
    },
  },
  {
    // Imports point down: routes use components and lib, never the other way round (.dependency-cruiser.cjs checks
    // the whole graph; this says it in the editor).
    files: ["components/**", "lib/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/app/*", "**/app/*"],
              message: "Routes import components and lib, not the reverse: put shared code in lib/.",
            },
          ],
        },
      ],
    },
  },
  {
    // Components reach data through props or server actions (lib/actions); a result type may still be named.
    files: ["components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/app/*", "**/app/*"],
              message: "Routes import components and lib, not the reverse: put shared code in lib/.",
            },
            {
              group: ["@/lib/db/*", "**/lib/db/*"],
              allowTypeImports: true,
              message: "Components do not read the database: take the data as props or call a server action.",
            },
          ],
        },
      ],
    },
  },
  {
    plugins: { local: clientBoundary },
    rules: { "local/no-server-imports-in-client": "error" },
  },
];

export default config;
