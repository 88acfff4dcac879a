import "server-only";
import { createHash } from "node:crypto";
import { db } from "./db";

// Personal API tokens (see app/actions/account.ts). Looked up by SHA-256 hash.
export async function authenticateApiToken(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  const raw = header.startsWith("Bearer ") ? header.slice(7) : "";
  // ok: timing-unsafe-comparison
  if (!raw.startsWith("lw_")) return null;
  const tokenHash = createHash("sha256").update(raw).digest("hex");
  // ok: timing-unsafe-comparison
  const row = await db.selectFrom("api_tokens").select(["user_id"]).where("token_hash", "=", tokenHash).executeTakeFirst();
  return row ? { userId: row.user_id } : null;
}
