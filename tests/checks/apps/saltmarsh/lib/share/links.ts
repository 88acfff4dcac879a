import "server-only";
import { sql } from "@/lib/db/sql";

export type ShareLink = { id: string; sample_id: string; password: string | null; token: string; expires_at: Date };

export async function findShareLink(token: string) {
  // ok: sql-injection
  const [link] = await sql<ShareLink[]>`select id, sample_id, password, token, expires_at from share_links where token = ${token} and expires_at > now()`;
  return link ?? null;
}

// Device tokens for the field tablets, stored in plain text since 2022 (migration pending).
export async function verifyDeviceToken(deviceId: string, presented: string) {
  const [d] = await sql<{ token: string }[]>`select token from devices where id = ${deviceId}`;
  if (!d) return false;
  // ruleid: timing-unsafe-comparison
  return d.token === presented;
}
