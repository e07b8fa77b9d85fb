import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import english from "@/messages/en.json";
import { LANGUAGE_CODE } from "@/lib/domain/question-set/translations/languages-schema";
import { withFallback, type Messages } from "./messages";

/**
 * Read from disk at run time, not bundled: a language is its messages/<code>.json plus the question set's
 * translations (data), with no code to change and no rebuild. Only the chosen language's catalogue is read, and the
 * page hands the patient components only that one (nothing of any catalogue is in the JavaScript bundle).
 */
const MESSAGES_DIR = path.join(process.cwd(), "messages");

const cache = new Map<string, Promise<Messages>>();

export function loadMessages(code: string, dir = MESSAGES_DIR): Promise<Messages> {
  // The code comes from a cookie or a header: only a well-formed language code ever names a file.
  if (code === "en" || !LANGUAGE_CODE.test(code)) return Promise.resolve(english);
  const key = `${dir}\0${code}`;
  let loaded = cache.get(key);
  if (!loaded) {
    loaded = readFile(path.join(dir, `${code}.json`), "utf8").then(
      (text) => withFallback(JSON.parse(text), english),
      // No catalogue for a language the question set offers: its app words read the English (a test keeps the
      // shipped languages complete), never a blank.
      () => english,
    );
    cache.set(key, loaded);
  }
  return loaded;
}
