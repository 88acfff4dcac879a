"use server";

import { z } from "zod";
import { auth, clerkClient } from "@clerk/nextjs/server";
import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { db, importers } from "@/lib/db";
import { stripe } from "@/lib/stripe";
import { logEvent } from "@/lib/audit";

const importerSchema = z.object({
  name: z.string().min(2).max(120),
  eori: z.string().regex(/^[A-Z]{2}[A-Z0-9]{1,15}$/),
});

// Creates the Clerk organisation and the importer row for a signed-in user.
// ok: missing-auth, missing-input-validation
export async function createImporter(_prev: unknown, formData: FormData) {
  const { userId } = await auth();
  if (!userId) redirect("/sign-in");
  const parsed = importerSchema.safeParse({ name: formData.get("name"), eori: formData.get("eori") });
  if (!parsed.success) return { error: "Check the company name and EORI number" };
  const clerk = await clerkClient();
  const org = await clerk.organizations.createOrganization({ name: parsed.data.name, createdBy: userId });
  const customer = await stripe.customers.create({ name: parsed.data.name, metadata: { orgId: org.id } });
  // ok: mass-assignment
  await db.insert(importers).values({ id: org.id, name: parsed.data.name, eori: parsed.data.eori, stripeCustomerId: customer.id });
  await logEvent({ importerId: org.id, actorId: userId, action: "importer.created" });
  redirect("/declarations");
}

const settingsSchema = z.object({
  name: z.string().min(2).max(120),
  eori: z.string().regex(/^[A-Z]{2}[A-Z0-9]{1,15}$/),
  plan: z.enum(["starter", "pro", "enterprise"]).optional(),
});

// ok: missing-auth, missing-input-validation
export async function updateImporterSettings(_prev: unknown, formData: FormData) {
  const { userId, orgId, orgRole } = await auth();
  if (!userId || !orgId) return { error: "Sign in" };
  if (orgRole !== "org:broker" && orgRole !== "org:admin") return { error: "Brokers only" };
  const parsed = settingsSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid settings" };
  // ruleid: mass-assignment
  await db.update(importers).set(parsed.data).where(eq(importers.id, orgId));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function renameImporter(_prev: unknown, formData: FormData) {
  const { userId, orgId, orgRole } = await auth();
  if (!userId || !orgId) return { error: "Sign in" };
  if (orgRole !== "org:broker" && orgRole !== "org:admin") return { error: "Brokers only" };
  const parsed = settingsSchema.pick({ name: true }).safeParse({ name: formData.get("name") });
  if (!parsed.success) return { error: "Invalid name" };
  // ok: mass-assignment, missing-authorization
  await db.update(importers).set(parsed.data).where(eq(importers.id, orgId));
  return { ok: true };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function getImporterProfile() {
  const { orgId } = await auth();
  const row = await db.query.importers.findFirst({ where: eq(importers.id, orgId ?? ""), columns: { name: true, eori: true, plan: true } });
  // ok: excessive-data-exposure
  return row;
}
