"use server";

import { z } from "zod";
import { eq } from "drizzle-orm";
import { db, machines } from "@/lib/db";
import { staffAction } from "@/lib/safe-action";
import { requireMember } from "@/lib/auth";

// Public machine catalogue (shown on the marketing site).
// ok: missing-auth, missing-input-validation, excessive-data-exposure
export async function machineCatalogue() {
  return db.select({ slug: machines.slug, name: machines.name, kind: machines.kind, hourlyCents: machines.hourlyCents }).from(machines).where(eq(machines.active, true));
}

// ok: missing-input-validation
export async function machineBySlug(slug: string) {
  const s = z.string().regex(/^[a-z0-9-]+$/).parse(slug);
  // ruleid: excessive-data-exposure
  return db.query.machines.findFirst({ where: eq(machines.slug, s) });
}

// ok: missing-auth, missing-input-validation, mass-assignment
export const addMachine = staffAction
  .metadata({ name: "machine.add" })
  .schema(z.object({ slug: z.string().regex(/^[a-z0-9-]+$/), name: z.string(), kind: z.enum(["laser", "cnc", "lathe", "printer"]), dangerous: z.boolean() }))
  .action(async ({ parsedInput }) => {
    const [row] = await db.insert(machines).values(parsedInput).returning({ id: machines.id });
    return { id: row.id };
  });

// ok: missing-auth, missing-input-validation
export async function machineControllerToken(machineId: string) {
  const member = await requireMember();
  const id = z.string().uuid().parse(machineId);
  // ruleid: missing-authorization
  const [row] = await db.select({ token: machines.controllerToken }).from(machines).where(eq(machines.id, id));
  return { token: row?.token, requestedBy: member.id };
}
