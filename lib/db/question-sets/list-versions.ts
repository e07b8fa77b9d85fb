import "server-only";
import { getDb } from "../client";

/** Every question set with its versions, newest first, for the admin overview. */
export async function listVersions() {
  const db = await getDb();
  const sets = await db.questionSet.findMany({
    orderBy: { createdAt: "asc" },
    include: {
      versions: {
        orderBy: { version: "desc" },
        select: {
          id: true,
          version: true,
          status: true,
          updatedAt: true,
          publishedAt: true,
          retiredAt: true,
          changeNote: true,
          createdBy: { select: { email: true, name: true } },
          publishedBy: { select: { email: true, name: true } },
          _count: { select: { submissions: true } },
        },
      },
    },
  });
  return sets.map((set) => ({
    id: set.id,
    key: set.key,
    title: set.title,
    versions: set.versions.map((v) => ({
      id: v.id,
      version: v.version,
      status: v.status,
      updatedAt: v.updatedAt,
      publishedAt: v.publishedAt,
      retiredAt: v.retiredAt,
      changeNote: v.changeNote,
      createdBy: v.createdBy ? v.createdBy.name || v.createdBy.email : "system",
      publishedBy: v.publishedBy ? v.publishedBy.name || v.publishedBy.email : null,
      submissions: v._count.submissions,
    })),
  }));
}
