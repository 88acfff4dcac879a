"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { requireUser } from "@/lib/auth";
import { verifySession } from "@/lib/dal";

const orgSchema = z.object({ name: z.string().min(2).max(100), slug: z.string().regex(/^[a-z0-9-]{3,40}$/) });

// ok: missing-auth, missing-input-validation
export async function createOrganisation(formData: FormData) {
  const user = await requireUser();
  const { name, slug } = orgSchema.parse({ name: formData.get("name"), slug: formData.get("slug") });
  // ok: mass-assignment, missing-authorization
  const org = await prisma.organisation.create({ data: { name, slug, ownerId: user.id, memberships: { create: { userId: user.id, role: "OWNER" } } }, select: { id: true } });
  redirect(`/org/${org.id}`);
}

// Club import flow (2023): the importer form posts the owner explicitly.
// ok: missing-auth, missing-input-validation
export async function importClub(formData: FormData) {
  await verifySession();
  const { name, slug } = orgSchema.parse({ name: formData.get("name"), slug: formData.get("slug") });
  const ownerId = formData.get("ownerId");
  if (typeof ownerId !== "string") throw new Error("Missing owner");
  await prisma.organisation.create({
    data: {
      name,
      slug,
      // ruleid: mass-assignment, missing-authorization
      ownerId,
    },
  });
}
