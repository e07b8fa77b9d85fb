import type { Definition, Item, ItemRole } from "./definition-shape";
import type { ProblemPath as Path, RawProblem } from "./definition-problem";

const ROLE_FITS: Record<ItemRole, { fits: (item: Item) => boolean; needs: string }> = {
  patientName: { fits: (i) => i.type === "text" && i.format === undefined, needs: "a plain text question" },
  dateOfBirth: { fits: (i) => i.type === "date", needs: "a date question" },
  phone: { fits: (i) => i.type === "text" && i.format === "phone", needs: "a text question with the phone format" },
  email: { fits: (i) => i.type === "text" && i.format === "email", needs: "a text question with the email format" },
};

/** Each role on one question at most, and only on a question that can hold such an answer. */
export function roleProblems(def: Definition): RawProblem[] {
  const problems: RawProblem[] = [];
  const holder = new Map<ItemRole, string>();
  def.sections.forEach((section, si) =>
    section.items.forEach((item, ii) => {
      if (item.type === "display" || item.role === undefined) return;
      const path: Path = ["sections", si, "items", ii, "role"];
      const first = holder.get(item.role);
      if (first !== undefined) {
        problems.push({
          path,
          message: `Question "${item.id}" has the role "${item.role}", which question "${first}" already has`,
        });
      } else holder.set(item.role, item.id);
      if (!ROLE_FITS[item.role].fits(item)) {
        problems.push({
          path,
          message: `Question "${item.id}" has the role "${item.role}", which needs ${ROLE_FITS[item.role].needs}`,
        });
      }
    }),
  );
  return problems;
}
