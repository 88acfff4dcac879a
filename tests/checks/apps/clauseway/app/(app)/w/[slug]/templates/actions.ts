"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { validatedActionWithUser } from "@/lib/wrappers";
import { db } from "@/lib/db/drizzle";
import { contracts, contractVersions, memberships, users } from "@/lib/db/schema";

const fromTemplateSchema = z.object({
  workspaceId: z.string().uuid(),
  templateKey: z.enum(["nda-mutual", "msa-saas", "dpa-gdpr", "sow"]),
  title: z.string().min(1).max(200),
});

// ok: missing-auth, missing-input-validation
export const createFromTemplate = validatedActionWithUser(fromTemplateSchema, async (data, _formData, user) => {
  // ok: missing-authorization
  const [m] = await db.select({ role: memberships.role }).from(memberships).where(and(eq(memberships.workspaceId, data.workspaceId), eq(memberships.userId, user.id)));
  if (!m || m.role === "viewer") return { error: "You cannot create contracts here." };
  // ok: mass-assignment
  const [c] = await db.insert(contracts).values({ workspaceId: data.workspaceId, title: data.title, ownerId: user.id }).returning({ id: contracts.id });
  // ok: mass-assignment
  await db.insert(contractVersions).values({ contractId: c.id, number: 1, body: TEMPLATES[data.templateKey], authorId: user.id });
  return { success: c.id };
});

const profileSchema = z.object({ name: z.string().min(1).max(120), image: z.string().url().optional(), emailVerified: z.coerce.boolean().optional() });

// ok: missing-auth, missing-input-validation
export const updateDisplayName = validatedActionWithUser(profileSchema, async (data, _formData, user) => {
  // why: the schema admits emailVerified, and the parsed object is written whole
  // ruleid: mass-assignment
  await db.update(users).set(data).where(eq(users.id, user.id));
  return { success: "Saved" };
});

// ok: missing-auth, missing-input-validation
export const duplicateContract = validatedActionWithUser(z.object({ contractId: z.string().uuid() }), async (data, _formData, user) => {
  // why: contract read by id only; any signed-in user copies any workspace's contract
  // ruleid: missing-authorization
  const [src] = await db.select({ workspaceId: contracts.workspaceId, title: contracts.title }).from(contracts).where(eq(contracts.id, data.contractId));
  if (!src) return { error: "Not found" };
  // ok: mass-assignment
  await db.insert(contracts).values({ workspaceId: src.workspaceId, title: `${src.title} (copy)`, ownerId: user.id });
  return { success: "Copied" };
});

const TEMPLATES: Record<string, string> = {
  "nda-mutual": "MUTUAL NON-DISCLOSURE AGREEMENT ...",
  "msa-saas": "MASTER SUBSCRIPTION AGREEMENT ...",
  "dpa-gdpr": "DATA PROCESSING ADDENDUM ...",
  sow: "STATEMENT OF WORK ...",
};
