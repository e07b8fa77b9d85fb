import "server-only";
import { getDb } from "../client";

export type RecordName = { label: string; href?: string };

/**
 * What the audit log calls each record it lists, in the clinic's words: a submission by its reference code, a
 * question-set version by its number, a staff member by name — with a link to it. Records since deleted (a
 * discarded draft, a purged submission) have no name and are shown by id.
 */
export async function recordNames(
  rows: readonly { entityType: string | null; entityId: string | null }[],
): Promise<ReadonlyMap<string, RecordName>> {
  const ids = (type: string) => [
    ...new Set(rows.filter((r) => r.entityType === type && r.entityId).map((r) => r.entityId!)),
  ];
  const submissionIds = ids("Submission");
  const versionIds = ids("QuestionSetVersion");
  const userIds = ids("User");
  const names = new Map<string, RecordName>();
  if (!submissionIds.length && !versionIds.length && !userIds.length) return names;
  const db = await getDb();
  const [submissions, versions, users] = await Promise.all([
    submissionIds.length
      ? db.submission.findMany({ where: { id: { in: submissionIds } }, select: { id: true, referenceCode: true } })
      : [],
    versionIds.length
      ? db.questionSetVersion.findMany({
          where: { id: { in: versionIds } },
          select: { id: true, version: true, questionSet: { select: { title: true } } },
        })
      : [],
    userIds.length ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }) : [],
  ]);
  for (const s of submissions)
    names.set(`Submission:${s.id}`, { label: `Submission ${s.referenceCode}`, href: `/dashboard/submissions/${s.id}` });
  for (const v of versions)
    names.set(`QuestionSetVersion:${v.id}`, {
      label: `${v.questionSet.title}, version ${v.version}`,
      href: `/admin/versions/${v.id}`,
    });
  for (const u of users) names.set(`User:${u.id}`, { label: u.name, href: "/admin/staff" });
  return names;
}
