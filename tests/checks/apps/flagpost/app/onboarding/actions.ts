"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "@/lib/better-auth";
import { prisma } from "@/lib/db/prisma";
import { db } from "@/lib/db/drizzle";
import { profiles } from "@/lib/db/schema";
import { protectedActionClient } from "@/lib/safe-action";

const NewOrg = z.object({ name: z.string().min(2).max(60), slug: z.string().regex(/^[a-z0-9-]{3,40}$/) });

// ruleid: missing-auth
export const createOrganization = protectedActionClient
  .metadata({ actionName: "org.create" })
  .inputSchema(NewOrg)
  .action(async ({ parsedInput, ctx }) => {
    const org = await prisma.organization.create({
      data: {
        name: parsedInput.name,
        slug: parsedInput.slug,
        ownerId: ctx.userId!,
        members: { create: { userId: ctx.userId!, role: "owner" } },
      },
      select: { id: true },
    });
    return { id: org.id };
  });

// ok: missing-auth, missing-input-validation
export async function setActiveOrganization(orgId: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) redirect("/sign-in");
  const id = z.string().cuid().parse(orgId);
  const membership = await prisma.membership.findFirst({
    where: { orgId: id, userId: session.user.id },
    select: { id: true },
  });
  if (!membership) throw new Error("Not a member of that organization");
  // ok: missing-authorization
  await prisma.user.update({ where: { id: session.user.id }, data: { activeOrgId: id } });
  redirect("/dashboard");
}

// ruleid: missing-input-validation
export async function completeProfile(formData: FormData) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) redirect("/sign-in");
  await db.insert(profiles).values({
    userId: session.user.id,
    // ruleid: mass-assignment
    ...Object.fromEntries(formData),
  });
  redirect("/onboarding/organization");
}

const ProfileForm = z.object({ displayName: z.string().min(1).max(60), timezone: z.string().max(64) });

// ok: missing-auth, missing-input-validation
export async function completeProfileV2(formData: FormData) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) redirect("/sign-in");
  const profile = ProfileForm.parse(Object.fromEntries(formData));
  await db.insert(profiles).values({
    userId: session.user.id,
    // ok: mass-assignment
    ...profile,
  });
  redirect("/onboarding/organization");
}
