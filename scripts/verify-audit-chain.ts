// `npm run audit:verify`: walks the audit log's hash chain and reports every broken link (exit 1), so an edited,
// deleted or inserted event is noticed. Runs with react-server conditions like scripts/bootstrap.ts ("server-only").
import { getDb } from "@/lib/db/client";
import { verifyStoredAuditChain } from "@/lib/db/audit/verify-audit-chain";

async function main(): Promise<number> {
  const db = await getDb();
  try {
    const { checked, breaks } = await verifyStoredAuditChain(db);
    if (breaks.length === 0) {
      console.log(`Audit chain intact: ${checked} events checked.`);
      return 0;
    }
    for (const b of breaks) console.error(`Broken link at seq ${b.seq} (event ${b.id}): ${b.problem}`);
    console.error(`Audit chain BROKEN: ${breaks.length} problem(s) in ${checked} events.`);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
