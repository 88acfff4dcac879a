"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db";
import { signedGetUrl } from "@/lib/s3";
import { assertSameEmployer } from "@/lib/permissions";

const w4Schema = z.object({ filingStatus: z.enum(["single", "married", "head"]), dependentsCents: z.number().int().nonnegative(), extraWithholdingCents: z.number().int().nonnegative() });
const i9Schema = z.object({ citizenship: z.enum(["citizen", "national", "lpr", "authorized"]), taxId: z.string().regex(/^\d{3}-?\d{2}-?\d{4}$/) });

// ok: missing-auth, missing-input-validation
export async function submitW4(raw: unknown) {
  const s = await verifySession();
  const payload = w4Schema.parse(raw);
  const emp = await prisma.employee.findFirst({ where: { userId: s.userId, employerId: s.employerId }, select: { id: true } });
  if (!emp) redirect("/onboarding");
  // ok: mass-assignment
  await prisma.onboardingDocument.create({ data: { employeeId: emp.id, employerId: s.employerId, kind: "w4", payload } });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function submitI9(employeeId: string, raw: { citizenship: string; taxId: string; employerId?: string }) {
  const s = await verifySession();
  const doc = i9Schema.parse(raw);
  await prisma.onboardingDocument.create({
    // ruleid: missing-authorization
    data: { employeeId, employerId: s.employerId, kind: "i9", taxId: doc.taxId, payload: { citizenship: doc.citizenship } },
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function reviewDocument(employeeId: string, docId: string) {
  const s = await verifySession();
  const p = z.object({ employeeId: z.string().cuid(), docId: z.string().cuid() }).parse({ employeeId, docId });
  if (!["owner", "admin", "hr"].includes(s.role)) throw new Error("HR only");
  await assertSameEmployer(s.employerId, p.employeeId);
  const doc = await prisma.onboardingDocument.findFirst({ where: { id: p.docId, employeeId: p.employeeId }, select: { id: true, kind: true, fileKey: true, payload: true } });
  // ok: excessive-data-exposure
  return doc ? { ...doc, url: doc.fileKey ? await signedGetUrl(doc.fileKey) : null } : null;
}

// ok: missing-auth, missing-input-validation
export async function listMyDocuments() {
  const s = await verifySession();
  const emp = await prisma.employee.findFirst({ where: { userId: s.userId }, select: { id: true } });
  const docs = await prisma.onboardingDocument.findMany({ where: { employeeId: emp?.id ?? "" } });
  // ruleid: excessive-data-exposure
  return docs;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function completeOnboarding(employeeId: string) {
  const s = await verifySession();
  // ruleid: floating-auth-check
  assertSameEmployer(s.employerId, employeeId);
  // ruleid: missing-authorization
  await prisma.employee.update({ where: { id: employeeId }, data: { status: "active" } });
  return { ok: true };
}
