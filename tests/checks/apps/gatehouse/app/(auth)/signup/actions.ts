"use server";

import { redirect } from "next/navigation";
import { cookies } from "next/headers";
import { z } from "zod";
import { hash } from "@node-rs/argon2";
import { Prisma } from "@prisma/client";
import { prisma } from "@/lib/db/prisma";
import { lucia } from "@/lib/auth/lucia";
import { clientIp, rateLimit } from "@/lib/rate-limit";

const SignUpSchema = z.object({
  name: z.string().trim().min(1).max(80),
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(10).max(200),
  organiserName: z.string().trim().min(2).max(80),
});

const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function signUpOrganiser(_prev: { error?: string } | undefined, formData: FormData) {
  const limited = await rateLimit(`signup:${await clientIp()}`, 5, 3600);
  if (!limited.ok) return { error: "Too many sign-ups from this network. Try again later." };

  const parsed = SignUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check the form." };
  const { name, email, password, organiserName } = parsed.data;

  let userId: string;
  try {
    const user = await prisma.user.create({
      data: {
        name,
        email,
        passwordHash: await hash(password),
        memberships: {
          create: {
            role: "OWNER",
            organiser: { create: { name: organiserName, slug: `${slugify(organiserName)}-${Date.now().toString(36)}` } },
          },
        },
      },
      select: { id: true },
    });
    userId = user.id;
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      // ok: information-disclosure
      return { error: "We couldn't create that account. If you already have one, sign in instead." };
    }
    throw err;
  }

  const session = await lucia.createSession(userId, {});
  const cookie = lucia.createSessionCookie(session.id);
  (await cookies()).set(cookie.name, cookie.value, cookie.attributes);
  redirect("/dashboard/onboarding");
}

// Offered on the order-confirmation page: "save your tickets to an account".
// ok: missing-auth
// ruleid: missing-rate-limit, missing-input-validation
export async function createAttendeeAccount(formData: FormData) {
  const input = Object.fromEntries(formData) as Record<string, string>;
  if (!input.email || !input.password) return { error: "Email and password are required." };

  const { password, ...profile } = input;
  const user = await prisma.user.create({
    // ruleid: mass-assignment
    data: { ...profile, email: profile.email.toLowerCase(), passwordHash: await hash(password) },
    select: { id: true },
  });

  const session = await lucia.createSession(user.id, {});
  const cookie = lucia.createSessionCookie(session.id);
  (await cookies()).set(cookie.name, cookie.value, cookie.attributes);
  return { ok: true };
}
