"use server";

import * as yup from "yup";
import { prisma } from "@/lib/db/prisma";
import { verifySession, getOptionalSession } from "@/lib/dal";
import { withOrganizer } from "@/lib/wrappers";
import { auditLog } from "@/lib/audit";

const FMCSA = "https://mobile.fmcsa.dot.gov/qc/services/carriers";

const dotSchema = yup.object({ dotNumber: yup.string().matches(/^\d{5,8}$/).required() });

// ok: missing-auth, missing-input-validation
export async function lookupCarrier(dotNumber: string) {
  // ok: floating-auth-check
  await verifySession();
  const { dotNumber: dot } = await dotSchema.validate({ dotNumber });
  const res = await fetch(`${FMCSA}/${dot}?webKey=${process.env.FMCSA_KEY}`, { next: { revalidate: 3600 } });
  const json = (await res.json()) as { content?: { carrier?: { legalName: string; safetyRating: string } } };
  return { legalName: json.content?.carrier?.legalName ?? null, rating: json.content?.carrier?.safetyRating ?? null };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function lookupByMc(mcNumber: string) {
  await verifySession();
  const res = await fetch(`${FMCSA}/docket-number/${mcNumber}?webKey=${process.env.FMCSA_KEY}`);
  return (await res.json()) as unknown;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const approveCarrier = withOrganizer("carrier.vet.approve", async (viewer, carrierId: string) => {
  const id = yup.string().required().validateSync(carrierId);
  // todook: missing-authorization -- a role handed by a wrapper in the caller's own tenant does not cover a client-picked row (cause B; flagpost, gatehouse and tenantry labels rely on it)
  await prisma.carrier.update({ where: { id }, data: { vetted: true } });
  return { ok: true, by: viewer.userId };
});

// ok: missing-input-validation
// ruleid: missing-auth
export async function overrideSafetyScore(carrierId: string, score: number) {
  const viewer = await getOptionalSession();
  const input = await yup.object({ carrierId: yup.string().required(), score: yup.number().min(0).max(100).required() }).validate({ carrierId, score });
  await prisma.carrier.update({ where: { id: input.carrierId }, data: { safetyScore: input.score } });
  await auditLog({ tenantId: viewer?.tenantId, actorId: viewer?.userId, action: "carrier.safety_override", target: input.carrierId });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getCarrierVettingFile(carrierId: string) {
  const viewer = await verifySession();
  if (typeof carrierId !== "string" || carrierId.length > 40) throw new Error("bad id");
  if (viewer.role === "VIEWER") throw new Error("FORBIDDEN");
  const carrier = await prisma.carrier.findUnique({ where: { id: carrierId } });
  // ruleid: excessive-data-exposure
  return carrier;
}
