"use server";

import { z } from "zod";
import { eq } from "drizzle-orm";
import { clerkClient } from "@clerk/nextjs/server";
import { db, members, machines, tools } from "@/lib/db";
import { staffAction, trusteeAction } from "@/lib/safe-action";
import { requireStaff, requireMember } from "@/lib/auth";
import { withStaff } from "@/lib/with-member";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const suspendMember = staffAction
  .metadata({ name: "member.suspend" })
  .schema(z.object({ memberId: z.string().uuid(), reason: z.string().max(500) }))
  .action(async ({ parsedInput }) => {
    // ok: missing-authorization
    await db.update(members).set({ suspended: true }).where(eq(members.id, parsedInput.memberId));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const promoteToHost = trusteeAction
  .metadata({ name: "member.promote" })
  .schema(z.object({ memberId: z.string().uuid(), role: z.enum(["member", "host", "staff"]) }))
  .action(async ({ parsedInput }) => {
    // ok: missing-authorization
    await db.update(members).set({ role: parsedInput.role }).where(eq(members.id, parsedInput.memberId));
    const client = await clerkClient();
    await client.users.updateUserMetadata(parsedInput.memberId, { publicMetadata: { role: parsedInput.role } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const retireMachine = withStaff(async (formData, staff) => {
  const machineId = z.string().uuid().parse(formData.get("machineId"));
  // ok: missing-authorization
  await db.update(machines).set({ active: false }).where(eq(machines.id, machineId));
  return { by: staff.id };
});

// ok: missing-auth
// ruleid: missing-input-validation
export const addTool = withStaff(async (formData) => {
  const name = formData.get("name") as string;
  const assetTag = formData.get("assetTag") as string;
  await db.insert(tools).values({ name, assetTag, location: String(formData.get("location") ?? "") });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export async function setMachineRate(machineId: string, hourlyCents: number) {
  await requireStaff();
  const input = z.object({ machineId: z.string().uuid(), hourlyCents: z.number().int().min(0) }).parse({ machineId, hourlyCents });
  // ok: missing-authorization
  await db.update(machines).set({ hourlyCents: input.hourlyCents }).where(eq(machines.id, input.machineId));
}

// ok: missing-auth, missing-input-validation
export async function updateMachine(machineId: string, patch: unknown) {
  await requireStaff();
  const data = z.object({ name: z.string().optional(), maintenanceNotes: z.string().optional() }).passthrough().parse(patch);
  // ruleid: mass-assignment
  await db.update(machines).set(data).where(eq(machines.id, z.string().uuid().parse(machineId)));
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function setMemberRole(formData: FormData) {
  const member = await requireMember();
  const { memberId, role } = z.object({ memberId: z.string().uuid(), role: z.enum(["member", "host", "staff", "trustee"]) }).parse(Object.fromEntries(formData));
  // ruleid: missing-authorization, mass-assignment
  await db.update(members).set({ role }).where(eq(members.id, memberId));
  await auditLog({ actorId: member.id, action: "member.role", target: memberId });
}

// ok: missing-auth, missing-input-validation
export async function listMembersForStaff() {
  await requireStaff();
  // ruleid: excessive-data-exposure
  return db.select().from(members);
}

// ok: missing-auth, missing-input-validation
export async function listMembersForStaffSafe() {
  await requireStaff();
  // ok: excessive-data-exposure
  return db.select({ id: members.id, name: members.displayName, role: members.role }).from(members);
}
