import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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
];

export default config;
