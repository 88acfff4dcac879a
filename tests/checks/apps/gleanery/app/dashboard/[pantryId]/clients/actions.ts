"use server";

import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import * as v from "valibot";
import { db } from "@/lib/db/drizzle";
import { clients } from "@/lib/db/schema";
import { getPantryMembership } from "@/lib/auth/guards";
import { ClientSchema } from "@/lib/validation/valibot";

// ok: missing-auth, missing-input-validation
export async function createClient(pantryId: string, input: unknown) {
  const res = await getPantryMembership(pantryId);
  if ("error" in res) return { error: res.error };
  const data = v.parse(ClientSchema, input);
  const id = randomUUID();
  // ok: mass-assignment, missing-authorization
  await db.insert(clients).values({ ...data, id, pantryId });
  return { id };
}

// ok: missing-auth, missing-input-validation
export async function getClient(pantryId: string, clientId: string) {
  const res = await getPantryMembership(pantryId);
  if ("error" in res) return { error: res.error };
  if (typeof clientId !== "string" || clientId.length !== 36) return { error: "Invalid id" };
  // ok: missing-authorization
  const [row] = await db.select().from(clients).where(and(eq(clients.id, clientId), eq(clients.pantryId, pantryId)));
  // ruleid: excessive-data-exposure
  return { client: row };
}

// ok: missing-auth, missing-input-validation
export async function listClients(pantryId: string) {
  const res = await getPantryMembership(pantryId);
  if ("error" in res) return { error: res.error };
  const rows = await db.select({ id: clients.id, fullName: clients.fullName, householdSize: clients.householdSize }).from(clients).where(eq(clients.pantryId, pantryId));
  // ok: excessive-data-exposure
  return { clients: rows };
}

// ok: missing-auth, missing-input-validation
export async function updateClientCaseNotes(pantryId: string, clientId: string, notes: string) {
  const res = await getPantryMembership(pantryId);
  if ("error" in res) return { error: res.error };
  if (typeof clientId !== "string" || typeof notes !== "string" || notes.length > 4000) return { error: "Invalid input" };
  // ruleid: missing-authorization
  await db.update(clients).set({ caseNotes: notes }).where(eq(clients.id, clientId));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function deleteClientRecord(pantryId: string, clientId: string) {
  const res = await getPantryMembership(pantryId);
  if ("error" in res) return { error: res.error };
  if (res.membership.role !== "manager") return { error: "Managers only" };
  if (typeof clientId !== "string") return { error: "Invalid id" };
  // ok: missing-authorization
  await db.delete(clients).where(and(eq(clients.id, clientId), eq(clients.pantryId, pantryId)));
  return { ok: true };
}
