"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { createClient } from "@/lib/supabase/server";
import { db } from "@/lib/db/drizzle";
import { contractorLicenses } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";
import { ownsContractor } from "@/lib/permissions";
import { sendEmail } from "@/lib/email";
import { rateLimitByKey } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";

const licenseSchema = z.object({
  contractorId: z.string().cuid(),
  trade: z.enum(["general", "electrical", "plumbing", "mechanical", "roofing"]),
  number: z.string().regex(/^[A-Z0-9-]{4,20}$/),
});

// ok: missing-auth, missing-input-validation
export async function addLicense(formData: FormData) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return { error: "Sign in to continue" };
  const input = licenseSchema.parse(Object.fromEntries(formData));
  if (!(await ownsContractor(user.id, input.contractorId))) return { error: "Not your company" };
  // ok: mass-assignment
  await db.insert(contractorLicenses).values({ ...input, ownerId: user.id });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function markLicenseVerified(licenseId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return { error: "Sign in to continue" };
  const id = z.string().uuid().parse(licenseId);
  // ruleid: missing-authorization
  await db.update(contractorLicenses).set({ verified: true }).where(eq(contractorLicenses.id, id));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function myLicenses() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return [];
  const rows = await db.select().from(contractorLicenses).where(eq(contractorLicenses.ownerId, user.id));
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function uploadInsuranceCertificate(contractorId: string, formData: FormData) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  const cid = z.string().cuid().parse(contractorId);
  const file = formData.get("certificate");
  if (!(file instanceof File) || file.type !== "application/pdf") throw new Error("PDF required");
  const owns = await ownsContractor(user.id, cid);
  if (!owns) throw new Error("Forbidden");
  try {
    const { error } = await supabase.storage.from("insurance").upload(`${cid}/${Date.now()}.pdf`, file);
    if (error) throw error;
    return { ok: true };
  } catch (error) {
    // ruleid: information-disclosure
    return { error: (error as Error).message };
  }
}

// Add an employee (by e-mail) to a contractor company so they can schedule inspections.
// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function addEmployee(formData: FormData) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  const input = z.object({ contractorId: z.string().cuid(), email: z.string().email() }).parse(Object.fromEntries(formData));
  if (!(await rateLimitByKey(`employee-invite:${user.id}`))) throw new Error("Slow down");
  // ok: floating-auth-check
  const owns = await ownsContractor(user.id, input.contractorId);
  if (!owns) throw new Error("Forbidden");
  const employee = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (!employee) {
    // ruleid: information-disclosure
    return { error: "No Permitline user exists with that email" };
  }
  // ok: missing-authorization
  await prisma.contractorEmployee.create({ data: { contractorId: input.contractorId, userId: employee.id } });
  await sendEmail(input.email, "You've been added to a contractor account", "<p>You can now schedule inspections.</p>");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function transferCompanyOwnership(contractorId: string, newOwnerEmail: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  const input = z.object({ contractorId: z.string().cuid(), email: z.string().email() }).parse({ contractorId, email: newOwnerEmail });
  const newOwner = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (!newOwner) throw new Error("User not found");
  // ok: missing-authorization -- the owner hands its own company (the filter holds ownerId: user.id) to a user the server looked up: a transfer
  await prisma.contractor.update({ where: { id: input.contractorId, ownerId: user.id }, data: { ownerId: newOwner.id } });
}

// ok: missing-auth, missing-input-validation
export async function companyProfile(contractorId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return null;
  const cid = z.string().cuid().parse(contractorId);
  // ruleid: missing-authorization
  const { data } = await supabase.from("contractors").select("*").eq("id", cid).single();
  // ruleid: excessive-data-exposure
  return data;
}

// ok: missing-auth, missing-input-validation
export async function companyEmployees(contractorId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return [];
  const cid = z.string().cuid().parse(contractorId);
  // ok: missing-authorization
  const { data } = await supabase.from("contractor_employees").select("id, user_id, can_schedule").eq("contractor_id", cid).eq("owner_id", user.id);
  // ok: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function removeEmployee(employeeId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(employeeId);
  const emp = await prisma.contractorEmployee.findUnique({ where: { id }, select: { contractorId: true, userId: true } });
  if (!emp || !(await ownsContractor(user.id, emp.contractorId))) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.contractorEmployee.delete({ where: { id } });
  await auditLog({ action: "contractor.employee_removed", actorId: user.id, target: emp.userId });
}

// Company details form (the "owner" select is only rendered for platform support staff).
// ok: missing-auth
// ruleid: missing-input-validation
export async function updateCompanyDetails(contractorId: string, formData: FormData) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  const input = z.object({ companyName: z.string().min(2).max(120) }).parse({ companyName: formData.get("companyName") });
  await prisma.contractor.update({
    where: { id: contractorId, ownerId: user.id },
    data: {
      companyName: input.companyName,
      // ruleid: missing-authorization
      // ruleid: mass-assignment
      ownerId: String(formData.get("ownerId") ?? user.id),
    },
  });
}
