import { seeOther } from "@/lib/http/see-other";
import { deleteDraft } from "@/lib/db/drafts/delete-draft";
import { clearPatientCookies, readDraftCookie } from "@/lib/http/patient-cookies";

/** "Start a new intake" on a shared device: forget this browser's draft and receipt. */
export async function GET() {
  await deleteDraft(await readDraftCookie());
  await clearPatientCookies();
  return seeOther("/intake");
}
