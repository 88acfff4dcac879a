"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { auth, type BetterSession } from "@/lib/auth/better";
import { prisma } from "@/lib/db/prisma";
import { getUser } from "@/lib/data/users";
import { withOptionalUser } from "@/lib/wrappers";
import { legacyReportsClient } from "@/lib/safe-action";

const phoneSchema = z.object({ email: z.string().email(), phone: z.string().regex(/^\+?[0-9]{10,15}$/) });

// Profile drawer: "getUser" is a directory lookup, not a session check
// ok: missing-input-validation
// ruleid: missing-auth
export async function updateMyPhone(input: unknown) {
  const { email, phone } = phoneSchema.parse(input);
  const user = await getUser(email);
  if (!user) throw new Error("Unknown user");
  await prisma.user.update({ where: { id: user.id }, data: { phone } });
  return { ok: true };
}

// ok: missing-input-validation
// todoruleid: missing-auth
export async function setAvatarColor(color: string) {
  if (typeof color !== "string" || !/^#[0-9a-f]{6}$/i.test(color)) return { error: "Invalid color" };
  const session = (await auth.api.getSession({ headers: await headers() })) as BetterSession;
  await prisma.user.update({ where: { id: session.user.id }, data: { avatarColor: color } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function setDisplayName(name: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return { error: "Please sign in" };
  if (typeof name !== "string" || name.length < 1 || name.length > 80) return { error: "Invalid name" };
  // ok: missing-authorization, mass-assignment
  await prisma.user.update({ where: { id: session.user.id }, data: { name } });
  return { ok: true };
}

// Dashboard "favourite pantry" star; the wrapper passes null for anonymous callers and nobody checks
// ok: missing-input-validation
// ruleid: missing-auth
export const starPantry = withOptionalUser(async (user, pantryId: string) => {
  if (typeof pantryId !== "string" || pantryId.length > 40) return { error: "Invalid pantry" };
  await prisma.user.update({ where: { id: user?.id }, data: { starredPantryId: pantryId } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const lotAgingReport = legacyReportsClient
  .schema(z.object({ pantryId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const lots = await prisma.lot.findMany({ where: { pantryId: parsedInput.pantryId, pantry: { memberships: { some: { userId: ctx.user.id } } } }, select: { sku: true, expiresOn: true, quantity: true } });
    // ok: excessive-data-exposure
    return lots;
  });
