import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { ContractorSession } from "@/lib/db/mongo";
import { hashToken } from "@/lib/crypto";

export const CONTRACTOR_COOKIE = "tenantry_contractor";

/** Lucia-style request validation for the contractor portal. */
export const validateRequest = cache(async () => {
  const token = (await cookies()).get(CONTRACTOR_COOKIE)?.value;
  if (!token) return { contractor: null };
  const session = await ContractorSession.findOne({ tokenHash: hashToken(token), expiresAt: { $gt: new Date() } }).lean<{ contractorId: string }>();
  return { contractor: session ? { id: session.contractorId } : null };
});

export async function requireContractor() {
  const { contractor } = await validateRequest();
  if (!contractor) redirect("/contractor/sign-in");
  return contractor;
}
