// Opens the embedded PGlite database. PGlite is single-process: two processes writing one data
// directory corrupt it, so a lock file names the owner (pid and, where the system tells, the process's start time).
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";

const LOCK_FILE = "spine-intake.lock";

type LockOwner = { pid: number; startedAt: string | null };

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * When the process with this pid started (Linux: clock ticks since boot, field 22 of /proc/<pid>/stat), or null
 * where the system does not say. A pid is reused after its process ends; pid and start time together are not.
 */
export function processStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses: count fields from after its closing one.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function commandLineOf(pid: number): string | null {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    return null;
  }
}

function readOwner(lockPath: string): LockOwner | null {
  const text = fs.readFileSync(lockPath, "utf8").trim();
  if (/^\d+$/.test(text)) return { pid: Number(text), startedAt: null }; // written by an earlier release
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    if (Number.isInteger(parsed.pid) && (parsed.pid ?? 0) > 0)
      return { pid: parsed.pid!, startedAt: typeof parsed.startedAt === "string" ? parsed.startedAt : null };
  } catch {
    // a half-written lock: its writer died before finishing
  }
  return null;
}

/** The lock's owner still runs: same pid and, where known, the same start time (else the pid was reused). */
export function ownerIsRunning(owner: LockOwner): boolean {
  if (!processIsAlive(owner.pid)) return false;
  const startedAt = processStartTime(owner.pid);
  if (owner.startedAt !== null && startedAt !== null) return owner.startedAt === startedAt;
  // An old lock without a start time: a live process that is not Node cannot be the portal.
  const commandLine = commandLineOf(owner.pid);
  return commandLine === null || /node/i.test(commandLine);
}

function acquireLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, LOCK_FILE);
  const me = JSON.stringify({ pid: process.pid, startedAt: processStartTime(process.pid) });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, me, { flag: "wx" });
      return () => {
        try {
          if (fs.readFileSync(lockPath, "utf8") === me) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readOwner(lockPath);
      if (owner?.pid === process.pid) return () => {};
      if (owner && ownerIsRunning(owner)) {
        throw new Error(
          `The embedded database in ${dataDir} is in use by another process (pid ${owner.pid}). ` +
            "Stop it first, or set DATABASE_URL to a PostgreSQL server to run several processes.",
        );
      }
      fs.rmSync(lockPath, { force: true }); // left behind by a process that died (its pid may run something else now)
    }
  }
  throw new Error(`Could not lock the embedded database in ${dataDir}`);
}

export async function openPglite(dataDir: string): Promise<PGlite> {
  if (dataDir.startsWith("memory://")) return PGlite.create(dataDir);
  const release = acquireLock(dataDir);
  try {
    const db = await PGlite.create(dataDir);
    const close = db.close.bind(db);
    db.close = async () => {
      await close();
      release();
    };
    process.once("exit", release);
    return db;
  } catch (error) {
    release();
    throw error;
  }
}
