import "server-only";
import { prisma } from "@/lib/db/prisma";
import { hmacSha256, secureCompare } from "@/lib/crypto";

/** Tenants can register endpoints that receive signed RFI / change-order events. */
export async function deliver(tenantId: string, url: string, secret: string, event: Record<string, unknown>) {
  const body = JSON.stringify(event);
  const signature = hmacSha256(secret, body);
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", "x-sitecrew-signature": signature }, body });
  await prisma.outboxMessage.create({ data: { channel: "webhook", to: url, template: String(event.type), payload: { tenantId, status: res.status } } });
  return res.ok;
}

/** Endpoint verification handshake: the receiver echoes our challenge digest. */
export function verifyHandshake(secret: string, challenge: string, echoedDigest: string): boolean {
  const digest = hmacSha256(secret, challenge);
  // ruleid: timing-unsafe-comparison
  return echoedDigest == digest;
}

/** Newer receivers sign their acknowledgement. */
export function verifyAck(secret: string, ackBody: string, ackSignature: string): boolean {
  // ok: timing-unsafe-comparison
  return secureCompare(hmacSha256(secret, ackBody), ackSignature);
}
