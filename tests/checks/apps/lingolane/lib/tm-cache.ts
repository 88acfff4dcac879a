import "server-only";
import { tmCache } from "@/lib/db/sqlite";

tmCache.exec("CREATE TABLE IF NOT EXISTS tm (source TEXT, target_lang TEXT, target TEXT, PRIMARY KEY (source, target_lang))");

export function tmLookup(source: string, targetLang: string): string | null {
  // ok: sql-injection
  const row = tmCache.prepare("SELECT target FROM tm WHERE source = ? AND target_lang = ?").get(source, targetLang) as { target: string } | undefined;
  return row?.target ?? null;
}

export function tmStore(source: string, targetLang: string, target: string) {
  tmCache.prepare("INSERT OR REPLACE INTO tm (source, target_lang, target) VALUES (?, ?, ?)").run(source, targetLang, target);
}

export function tmPurgeLang(targetLang: string) {
  // ruleid: sql-injection
  tmCache.exec(`DELETE FROM tm WHERE target_lang = '${targetLang}'`);
}

const TABLE = "tm";

export function tmCount() {
  // ok: sql-injection
  return (tmCache.prepare(`SELECT COUNT(*) AS n FROM ${TABLE}`).get() as { n: number }).n;
}
