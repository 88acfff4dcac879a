"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db/prisma";
import { checkRateLimit, clientIp } from "@/lib/rate-limit";
import { secureCompare } from "@/lib/secure-compare";

const acceptSchema = z.object({
  shareToken: z.string().length(32),
  pin: z.string().regex(/^\d{4}$/),
  email: z.string().email(),
  password: z.string().min(10).max(200),
  name: z.string().min(1).max(80),
});

/** Join a garden from a coordinator's invite link (link token + PIN). Creates the account. */
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function acceptGardenInvite(formData: FormData) {
  const input = acceptSchema.parse(Object.fromEntries(formData));
  await checkRateLimit(`invite:${await clientIp()}`);
  const link = await prisma.shareLink.findUnique({ where: { token: input.shareToken }, select: { gardenId: true, pin: true, expiresAt: true } });
  // ok: timing-unsafe-comparison
  if (!link || link.expiresAt < new Date() || !secureCompare(link.pin, input.pin)) return { error: "This invite is not valid" };
  // ok: mass-assignment
  const user = await prisma.user.create({ data: { email: input.email, name: input.name, passwordHash: await bcrypt.hash(input.password, 12) }, select: { id: true } });
  // ok: missing-authorization
  await prisma.gardenMembership.create({ data: { gardenId: link.gardenId, userId: user.id, role: "MEMBER" } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function checkInvitePin(formData: FormData) {
  const input = acceptSchema.pick({ shareToken: true, pin: true }).parse(Object.fromEntries(formData));
  const link = await prisma.shareLink.findUnique({ where: { token: input.shareToken }, select: { pin: true } });
  // ruleid: timing-unsafe-comparison
  return { valid: !!link && link.pin === input.pin };
}
