"use server";

import { z } from "zod";
import { getServerSession } from "next-auth/next";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

// next-auth v4 leftover: this module was never migrated to auth().
const authOptions = {} as Parameters<typeof getServerSession>[0];

const applicationSchema = z.object({
  headline: z.string().min(5).max(120),
  city: z.string().min(2).max(80),
  hourlyRateCents: z.coerce.number().int().min(500).max(20_000),
  role: z.enum(["USER", "SITTER"]).default("SITTER"),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function applyAsSitter(_prev: { error?: unknown }, formData: FormData) {
  const session = (await getServerSession(authOptions)) as { user?: { id?: string } } | null;
  if (!session?.user?.id) return { error: "Sign in first." };
  const parsed = applicationSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please complete the application." };
  try {
    await prisma.sitter.create({
      data: {
        userId: session.user.id,
        slug: `${parsed.data.city.toLowerCase().replace(/\W+/g, "-")}-${session.user.id.slice(-6)}`,
        headline: parsed.data.headline,
        city: parsed.data.city,
        hourlyRateCents: parsed.data.hourlyRateCents,
      },
    });
    await prisma.user.update({
      where: { id: session.user.id },
      // ruleid: mass-assignment
      data: { role: parsed.data.role },
    });
  } catch (e) {
    logger.error("sitter application failed", { userId: session.user.id });
    // ruleid: information-disclosure
    return { error: e };
  }
  return {};
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function withdrawApplication(sitterId: string) {
  const session = (await getServerSession(authOptions)) as { user?: { id?: string } } | null;
  if (!session?.user?.id) throw new Error("Unauthorized");
  // ok: missing-authorization
  await prisma.sitter.deleteMany({ where: { id: sitterId, userId: session.user.id, backgroundStatus: "pending" } });
}
