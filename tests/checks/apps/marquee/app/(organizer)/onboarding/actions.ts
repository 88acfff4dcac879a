"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { auth as clerkAuth, currentUser } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

const orgSchema = z.object({
  name: z.string().min(2).max(80),
  slug: z.string().regex(/^[a-z0-9-]{3,40}$/),
});

// ok: missing-auth
// ruleid: missing-input-validation
export async function createOrganizer(_prev: unknown, formData: FormData) {
  const { userId } = await clerkAuth();
  if (!userId) redirect("/sign-in");
  const clerk = await currentUser();
  const { name, slug } = orgSchema.parse({ name: formData.get("name"), slug: formData.get("slug") });
  const user = await prisma.user.upsert({
    where: { email: clerk!.primaryEmailAddress!.emailAddress },
    create: { email: clerk!.primaryEmailAddress!.emailAddress },
    update: {},
    select: { id: true },
  });
  const org = await prisma.organizer.create({
    data: {
      name,
      slug,
      // ruleid: mass-assignment
      plan: (formData.get("plan") as string) ?? "starter",
      memberships: { create: { userId: user.id, role: "OWNER" } },
    },
    select: { slug: true },
  });
  logger.info({ userId: user.id, org: org.slug }, "organizer_created");
  redirect(`/dashboard/${org.slug}`);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function completeOnboardingProfile(formData: FormData) {
  const { userId } = await clerkAuth();
  if (!userId) redirect("/sign-in");
  const clerk = await currentUser();
  await prisma.user.update({
    where: { email: clerk!.primaryEmailAddress!.emailAddress },
    // ruleid: mass-assignment
    data: Object.fromEntries(formData),
  });
  redirect("/dashboard");
}

const teamSchema = z.object({
  email: z.string().email(),
  role: z.enum(["OWNER", "ADMIN", "BOX_OFFICE", "DOOR_SCANNER", "FINANCE", "PROMOTER"]),
  organizerId: z.string().cuid(),
});

// First teammate during onboarding; the wizard only offers ADMIN/BOX_OFFICE in the UI.
// ok: missing-auth, missing-input-validation
export async function addFirstTeammate(input: unknown) {
  const { userId } = await clerkAuth();
  if (!userId) throw new Error("Unauthorized");
  const clerk = await currentUser();
  const data = teamSchema.parse(input);
  const owner = await prisma.membership.findFirst({
    where: { organizerId: data.organizerId, role: "OWNER", user: { email: clerk?.primaryEmailAddress?.emailAddress } },
    select: { id: true },
  });
  if (!owner) throw new Error("Forbidden");
  const teammate = await prisma.user.upsert({ where: { email: data.email }, create: { email: data.email }, update: {}, select: { id: true } });
  // ok: missing-authorization
  await prisma.membership.create({
    data: {
      userId: teammate.id,
      organizerId: data.organizerId,
      // ruleid: mass-assignment
      role: data.role,
    },
  });
  logger.info({ by: userId, organizerId: data.organizerId, role: data.role }, "teammate_added");
  return { ok: true };
}
