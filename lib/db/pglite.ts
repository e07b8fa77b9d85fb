// Opens the embedded PGlite database. PGlite is single-process: two processes writing one data
// directory corrupt it, so a lock file with the owner's pid guards the directory.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";

const LOCK_FILE = "spine-intake.lock";

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function acquireLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      return () => {
        try {
          if (fs.readFileSync(lockPath, "utf8") === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(fs.readFileSync(lockPath, "utf8"));
      if (owner === process.pid) return () => {};
      if (Number.isInteger(owner) && owner > 0 && processIsAlive(owner)) {
        throw new Error(
          `The embedded database in ${dataDir} is in use by another process (pid ${owner}). ` +
            "Stop it first, or set DATABASE_URL to a PostgreSQL server to run several processes.",
        );
      }
      fs.unlinkSync(lockPath); // left behind by a process that died
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
