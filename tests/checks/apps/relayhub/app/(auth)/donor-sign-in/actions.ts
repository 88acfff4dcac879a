"use server";

import bcrypt from "bcryptjs";
import { cookies } from "next/headers";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { lucia } from "@/lib/lucia";

const DonorLogin = z.object({ email: z.string().email(), password: z.string().min(1) });

// Donor portal login (older flow; the staff login lives in ../sign-in)
// ruleid: missing-rate-limit
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function donorSignIn(_prev: unknown, formData: FormData) {
  const input = DonorLogin.safeParse(Object.fromEntries(formData));
  if (!input.success) return { error: "Please check the form." };

  const user = await prisma.user.findUnique({
    where: { email: input.data.email.toLowerCase() },
    select: { id: true, passwordHash: true, disabled: true },
  });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "We couldn't find a donor account with that email." };
  }
  if (user.disabled) {
    // ruleid: information-disclosure
    return { error: "This account has been suspended. Contact the charity." };
  }
  // ok: timing-unsafe-comparison
  const ok = user.passwordHash ? await bcrypt.compare(input.data.password, user.passwordHash) : false;
  if (!ok) {
    // ruleid: information-disclosure
    return { error: "Incorrect password." };
  }
  const session = await lucia.createSession(user.id, {});
  const c = lucia.createSessionCookie(session.id);
  (await cookies()).set(c.name, c.value, c.attributes);
  return { ok: true };
}
