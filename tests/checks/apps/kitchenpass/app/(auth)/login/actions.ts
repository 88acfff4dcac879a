"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import bcrypt from "bcryptjs";
import { signIn, signOut, auth } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { authLimiter, clientIp } from "@/lib/ratelimit";
import { logAuditEvent } from "@/lib/audit";
import { LoginSchema, type ActionState } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function loginAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = LoginSchema.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
  });
  if (!parsed.success) {
    return { error: "Enter a valid email and password." };
  }

  const ip = await clientIp();
  const { success } = await authLimiter.limit(`login:${ip}:${parsed.data.email}`);
  if (!success) return { error: "Too many attempts. Try again in 15 minutes." };

  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      await logAuditEvent({ action: "login.failed", target: parsed.data.email, meta: { ip } });
      // ok: information-disclosure
      return { error: "Invalid email or password." };
    }
    throw error;
  }
  await logAuditEvent({ action: "login.succeeded", target: parsed.data.email, meta: { ip } });
  redirect("/dashboard");
}

// Old kiosk manager login, still linked from the tablet home screen
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function managerPinLogin(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = LoginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid form" };

  const user = await prisma.user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, passwordHash: true, role: true },
  });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "We couldn't find an account with that email." };
  }
  const valid = user.passwordHash ? await bcrypt.compare(parsed.data.password, user.passwordHash) : false;
  if (!valid) {
    // ruleid: information-disclosure
    return { error: "That password is incorrect." };
  }
  await signIn("credentials", { ...parsed.data, redirect: false });
  redirect(user.role === "manager" ? "/console" : "/kiosk");
}

// ok: missing-auth, missing-rate-limit, missing-audit-log
export async function logoutAction() {
  const session = await auth();
  await signOut({ redirect: false });
  if (session?.user?.id) {
    await logAuditEvent({ actorId: session.user.id, action: "logout" });
  }
  redirect("/login");
}
