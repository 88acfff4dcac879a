"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { requireSubSession } from "@/lib/portal";
import { signedUploadUrl } from "@/lib/storage";

const WaiverSchema = z.object({
  payAppId: z.string().cuid(),
  kind: z.enum(["conditional_progress", "unconditional_progress", "conditional_final", "unconditional_final"]),
});

// Subcontractor portal upload.
// ok: missing-auth, missing-input-validation
export async function uploadLienWaiver(input: z.input<typeof WaiverSchema>) {
  const sub = await requireSubSession();
  const data = WaiverSchema.parse(input);
  const payApp = await prisma.payApp.findUnique({ where: { id: data.payAppId }, select: { tenantId: true } });
  if (!payApp) throw new Error("Pay app not found");
  const invited = await prisma.contract.findFirst({
    where: { tenantId: payApp.tenantId, subcontractorId: sub.subcontractorId },
    select: { id: true },
  });
  if (!invited) throw new Error("No contract on this project");
  const fileKey = `lien-waivers/${sub.subcontractorId}/${crypto.randomUUID()}.pdf`;
  // ok: missing-authorization, mass-assignment
  await prisma.lienWaiver.create({ data: { ...data, tenantId: payApp.tenantId, subcontractorId: sub.subcontractorId, fileKey } });
  return { uploadUrl: await signedUploadUrl(fileKey, "application/pdf") };
}

// GC accountant marks the waiver as checked.
// ok: missing-auth
// ruleid: missing-input-validation
export async function verifyLienWaiver(waiverId: string) {
  const session = await auth();
  if (!session?.user) throw new Error("Unauthorized");
  // ruleid: missing-authorization
  await prisma.lienWaiver.update({ where: { id: waiverId }, data: { verified: true } });
  revalidatePath("/lien-waivers");
}
