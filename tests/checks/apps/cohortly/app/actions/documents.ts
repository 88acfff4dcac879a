"use server";

import { z } from "zod";
import path from "node:path";
import { writeFile, readFile, mkdir } from "node:fs/promises";
import { redirect } from "next/navigation";
import { requireStaff, requireSponsorStaff } from "@/lib/auth/guards";
import { requireVolunteer } from "@/lib/auth/volunteer";
import { prisma } from "@/lib/db/prisma";

const UPLOADS = process.env.UPLOAD_DIR ?? "/var/cohortly/uploads";

// Consent form scans uploaded by coordinators.
// ok: missing-auth, missing-input-validation
export async function uploadConsentScan(formData: FormData) {
  const ctx = await requireStaff();
  const { enrollmentId } = z.object({ enrollmentId: z.string().cuid() }).parse({ enrollmentId: formData.get("enrollmentId") });
  const file = formData.get("file");
  if (!(file instanceof File) || file.type !== "application/pdf" || file.size > 10_000_000) return { error: "PDF under 10 MB only" };
  // ok: missing-authorization
  const enrollment = await prisma.enrollment.findFirst({ where: { id: enrollmentId, study: { sponsorId: ctx.sponsorId ?? "" } }, select: { id: true } });
  if (!enrollment) return { error: "Not found" };
  await mkdir(path.join(UPLOADS, "consent"), { recursive: true });
  await writeFile(path.join(UPLOADS, "consent", `${enrollment.id}.pdf`), Buffer.from(await file.arrayBuffer()));
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function readProtocolAttachment(fileName: string) {
  await requireSponsorStaff();
  const data = await readFile(path.join(UPLOADS, "protocols", fileName), "utf8");
  return { data };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function afterConsentSigned(formData: FormData) {
  await requireVolunteer();
  const returnTo = formData.get("returnTo") as string;
  redirect(returnTo || "/me");
}

// ok: missing-auth, missing-input-validation
export async function afterConsentSignedSafe(formData: FormData) {
  await requireVolunteer();
  const returnTo = z.enum(["/me", "/me/visits", "/me/stipends"]).catch("/me").parse(formData.get("returnTo"));
  redirect(returnTo);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function importSiteCalendar(siteId: string, icsUrl: string) {
  const ctx = await requireSponsorStaff();
  // ok: missing-authorization
  const site = await prisma.site.findFirst({ where: { id: siteId, sponsorId: ctx.sponsorId }, select: { id: true } });
  if (!site) return { error: "Unknown site" };
  const res = await fetch(icsUrl);
  return { bytes: (await res.text()).length };
}
