"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { requireSubSession } from "@/lib/portal";
import { signedUploadUrl } from "@/lib/storage";
import { logger } from "@/lib/logger";

const CertSchema = z.object({
  kind: z.enum(["general_liability", "workers_comp", "auto", "umbrella", "license"]),
  expiresAt: z.coerce.date().min(new Date("2000-01-01")),
  tenantId: z.string().cuid(),
});

// Sub portal: upload a certificate of insurance for a GC.
// ok: missing-auth, missing-input-validation
export async function uploadCertificate(input: z.input<typeof CertSchema>) {
  const sub = await requireSubSession();
  const data = CertSchema.parse(input);
  const contract = await prisma.contract.findFirst({ where: { tenantId: data.tenantId, subcontractorId: sub.subcontractorId }, select: { id: true } });
  if (!contract) throw new Error("You have no contract with this contractor");
  const fileKey = `compliance/${sub.subcontractorId}/${crypto.randomUUID()}.pdf`;
  // ok: mass-assignment, missing-authorization
  await prisma.complianceDoc.create({ data: { ...data, subcontractorId: sub.subcontractorId, fileKey } });
  return { uploadUrl: await signedUploadUrl(fileKey, "application/pdf") };
}

type State = { ok?: boolean; status?: string; error?: string } | undefined;

// Checks a licence number against the state registry the user picks.
// ok: missing-auth
// ruleid: missing-input-validation
export async function verifyLicense(_prev: State, formData: FormData): Promise<State> {
  const session = await verifySession();
  const registryUrl = formData.get("registryUrl") as string;
  const licenseNumber = formData.get("licenseNumber") as string;
  try {
    const res = await fetch(`${registryUrl}?license=${encodeURIComponent(licenseNumber)}`, { cache: "no-store" });
    const body = (await res.json()) as { status?: string };
    logger.info({ tenantId: session.tenantId, licenseNumber }, "license_checked");
    return { ok: true, status: body.status ?? "unknown" };
  } catch (err: any) {
    // ruleid: information-disclosure
    return { error: err.message };
  }
}

// ok: missing-auth, missing-input-validation
export async function expiringDocs(days: number) {
  const session = await verifySession();
  const window = z.number().int().min(1).max(365).parse(days);
  // ok: missing-authorization
  const docs = await prisma.complianceDoc.findMany({
    where: { tenantId: session.tenantId, expiresAt: { lte: new Date(Date.now() + window * 864e5) } },
    select: { id: true, kind: true, expiresAt: true, subcontractorId: true, verified: true },
  });
  // ok: excessive-data-exposure
  return docs;
}
