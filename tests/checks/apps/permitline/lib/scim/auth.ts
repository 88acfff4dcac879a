import { prisma } from "@/lib/db/prisma";
import { sha256, secureCompare } from "@/lib/secure-compare";

// Returns the municipality whose directory is provisioning, or null.
export async function authenticateScim(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  const token = header.replace(/^Bearer\s+/i, "");
  const slug = req.headers.get("x-municipality") ?? "";
  if (!token || !slug) return null;
  const m = await prisma.municipality.findUnique({ where: { slug }, select: { id: true, scimTokenHash: true } });
  if (!m?.scimTokenHash) return null;
  // ok: timing-unsafe-comparison
  return secureCompare(sha256(token), m.scimTokenHash) ? { municipalityId: m.id } : null;
}

export const SCIM_ROLE_MAP: Record<string, "PERMIT_CLERK" | "PLAN_REVIEWER" | "BUILDING_INSPECTOR" | "FIRE_MARSHAL" | "CODE_OFFICER" | "CASHIER" | "AUDITOR" | "VIEWER"> = {
  "Permit Clerks": "PERMIT_CLERK",
  "Plan Review": "PLAN_REVIEWER",
  "Building Inspection": "BUILDING_INSPECTOR",
  "Fire Prevention": "FIRE_MARSHAL",
  "Code Enforcement": "CODE_OFFICER",
  Cashiers: "CASHIER",
  "Internal Audit": "AUDITOR",
};
