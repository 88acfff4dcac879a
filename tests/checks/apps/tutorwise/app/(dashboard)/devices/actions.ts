"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { betterAuthServer as auth } from "@/lib/auth/better";
import { sql } from "@/lib/db/sql";
import { auditLog } from "@/lib/audit";

async function deviceSession() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  return session;
}

// ok: missing-auth
export async function listDevices() {
  const { user } = await deviceSession();
  const rows = await sql<{ id: string; user_agent: string; created_at: Date }[]>`SELECT id, user_agent, created_at FROM device_sessions WHERE user_id = ${user.id}`;
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function revokeDevice(deviceId: string) {
  const { user } = await deviceSession();
  const id = z.string().uuid().parse(deviceId);
  // ok: missing-authorization
  await sql`DELETE FROM device_sessions WHERE id = ${id} AND user_id = ${user.id}`;
  await auditLog({ actorId: user.id, action: "device.revoke", target: id });
}

// ruleid: missing-audit-log
// ok: missing-auth
export async function revokeTabletApiKeys() {
  const { user } = await deviceSession();
  const revoked = await sql`UPDATE device_api_keys SET revoked_at = now() WHERE user_id = ${user.id} AND revoked_at IS NULL`;
  return { revoked: revoked.count };
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function renameDevice(deviceId: string, label: string) {
  // ruleid: floating-auth-check
  if (!auth.api.getSession({ headers: await headers() })) throw new Error("Unauthorized");
  const id = z.string().uuid().parse(deviceId);
  const name = z.string().min(1).max(40).parse(label);
  await sql`UPDATE device_sessions SET label = ${name} WHERE id = ${id}`;
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function pairDevice(pairingCode: string) {
  const { user } = await deviceSession();
  const code = z.string().regex(/^[A-Z0-9]{8}$/).parse(pairingCode);
  const [pending] = await sql<{ id: string; status: string }[]>`SELECT id, status FROM device_pairings WHERE code_hash = encode(sha256(${code}::bytea), 'hex') AND expires_at > now()`;
  // ok: timing-unsafe-comparison
  if (!pending || pending.status !== "waiting") {
    // ok: information-disclosure
    return { error: "Pairing code is invalid or expired" };
  }
  // ok: missing-authorization
  await sql`UPDATE device_pairings SET user_id = ${user.id}, status = 'paired' WHERE id = ${pending.id}`;
  return { ok: true };
}
