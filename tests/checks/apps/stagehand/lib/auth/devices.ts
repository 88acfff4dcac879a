import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db/kysely";

export function hashDeviceKey(key: string) {
  return createHash("sha256").update(key).digest("hex");
}

export function newDeviceKey() {
  const raw = `shd_${randomBytes(24).toString("base64url")}`;
  return { raw, prefix: raw.slice(0, 10), hash: hashDeviceKey(raw) };
}

/** Gate scanners send `x-device-key`. Lookup by hash: no secret comparison in JS. */
export async function authenticateDevice(req: Request) {
  const key = req.headers.get("x-device-key");
  if (!key) return null;
  const device = await db
    .selectFrom("device_keys")
    .select(["id", "festival_id", "gate", "name"])
    .where("key_hash", "=", hashDeviceKey(key))
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return device ?? null;
}
