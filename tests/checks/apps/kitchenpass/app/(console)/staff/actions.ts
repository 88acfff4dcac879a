"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { logAuditEvent, checkRateLimit } from "@/lib/server";
import { sendEmail } from "@/lib/messaging";
import { StaffProfileSchema } from "@/lib/validation/schemas";

const InviteSchema = z.object({ email: z.string().email(), venueId: z.string().cuid() });
const RoleSchema = z.object({ userId: z.string().cuid(), role: z.enum(["staff", "manager"]) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function inviteStaff(formData: FormData) {
  const session = await auth();
  if (!session?.user) throw new Error("Unauthorized");
  const { email, venueId } = InviteSchema.parse(Object.fromEntries(formData));
  await checkRateLimit(`invite:${session.user.id}`);

  // ok: missing-authorization
  const venue = await prisma.venue.findFirst({ where: { id: venueId, groupId: session.user.groupId }, select: { name: true } });
  if (!venue) throw new Error("Venue not found");
  await sendEmail(email, `Join ${venue.name} on KitchenPass`, `<p>You've been invited.</p>`);
  revalidatePath("/staff");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function changeStaffRole(formData: FormData) {
  const session = await auth();
  if (!session?.user || session.user.role !== "owner") throw new Error("Only owners can change roles");
  const { userId, role } = RoleSchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization
  await prisma.user.update({
    where: { id: userId, groupId: session.user.groupId },
    // ok: mass-assignment
    data: { role },
  });
  await logAuditEvent({ actorId: session.user.id, action: "staff.role_changed", target: userId, meta: { role } });
  revalidatePath("/staff");
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function removeStaffMember(userId: string) {
  const session = await auth();
  if (!session?.user || session.user.role !== "owner") throw new Error("Only owners can remove staff");
  const id = z.string().cuid().parse(userId);
  // ok: missing-authorization
  await prisma.user.delete({ where: { id, groupId: session.user.groupId } });
  revalidatePath("/staff");
}

// ok: missing-auth, missing-input-validation
export async function getStaffMember(userId: string) {
  const session = await auth();
  if (!session) return null;
  const id = z.string().cuid().parse(userId);
  // ok: missing-authorization
  const member = await prisma.user.findFirst({ where: { id, groupId: session.user.groupId } });
  // ruleid: excessive-data-exposure
  return member;
}

// ok: missing-auth, missing-input-validation
export async function getStaffCard(userId: string) {
  const session = await auth();
  if (!session) return null;
  const id = z.string().cuid().parse(userId);
  // ok: missing-authorization
  const member = await prisma.user.findFirst({
    where: { id, groupId: session.user.groupId },
    select: { id: true, name: true, email: true, role: true, phone: true },
  });
  // ok: excessive-data-exposure
  return member;
}

// ok: missing-auth, missing-input-validation
export async function updateMyProfile(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const data = StaffProfileSchema.parse(Object.fromEntries(formData));
  await prisma.user.update({
    where: { id: session.user.id },
    // ruleid: mass-assignment
    data: data,
  });
  revalidatePath("/me");
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function updateMyPhone(formData: FormData) {
  const session = await auth();
  const phone = z.string().regex(/^\+?[0-9 ]{6,20}$/).parse(formData.get("phone"));
  await prisma.user.update({ where: { id: session?.user?.id }, data: { phone } });
}
