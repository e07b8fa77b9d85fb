// A "use client" module is shipped to the browser: importing data access from it would bundle the database client
// (or fail the build far from the cause). Type-only imports carry no code and stay allowed.
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const SERVER_ONLY = [/^lib\/db(\/|$)/, /^@prisma\//, /^server-only$/];

function target(source, filename) {
  if (source.startsWith("@/")) return source.slice(2);
  if (source.startsWith(".")) return path.relative(root, path.resolve(path.dirname(filename), source));
  return source;
}

const typeOnly = (node) =>
  node.importKind === "type" || (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === "type"));

/** @type {import("eslint").Rule.RuleModule} */
const noServerImportsInClient = {
  meta: {
    type: "problem",
    schema: [],
    messages: {
      server: 'A "use client" module may not import {{source}}: pass data as props or call a server action.',
    },
  },
  create(context) {
    let client = false;
    return {
      Program(program) {
        client = program.body.some((s) => s.type === "ExpressionStatement" && s.directive === "use client");
      },
      ImportDeclaration(node) {
        if (!client || typeOnly(node)) return;
        const source = String(node.source.value);
        if (SERVER_ONLY.some((pattern) => pattern.test(target(source, context.filename))))
          context.report({ node, messageId: "server", data: { source } });
      },
    };
  },
};

const plugin = { rules: { "no-server-imports-in-client": noServerImportsInClient } };
export default plugin;
