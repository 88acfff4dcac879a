"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { getKioskSession } from "@/lib/session";
import { rateLimitByIp } from "@/lib/rate-limit";

// Guests who bought a workshop seat without an account can look it up with email + booking code.
const guestSchema = z.object({ email: z.string().email(), code: z.string().min(6).max(12) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
// ruleid: missing-audit-log
export async function guestLookup(_prev: unknown, formData: FormData) {
  await rateLimitByIp("guest");
  const parsed = guestSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Enter your email and booking code." };
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true, passwordHash: true } });
  // ruleid: information-disclosure
  if (!user) return { error: "We have no booking under that email." };
  // ok: timing-unsafe-comparison
  const ok = user.passwordHash ? await bcrypt.compare(parsed.data.code, user.passwordHash) : false;
  if (!ok) return { error: "That booking code is not right." };
  const session = await getKioskSession();
  session.memberId = user.id;
  await session.save();
  redirect("/portal/seats");
}
