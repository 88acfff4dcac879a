"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { operatorActionClient } from "@/lib/safe-action";
import { verifySession } from "@/lib/dal";
import { canManageRoute, requireRouteManager } from "@/lib/guards";

const routeSchema = z.object({
  name: z.string().min(2).max(80),
  fromPort: z.string().min(2),
  toPort: z.string().min(2),
  basePriceCents: z.number().int().min(0),
});

// ok: missing-auth, missing-input-validation
export const createRoute = operatorActionClient.schema(routeSchema).action(async ({ parsedInput, ctx }) => {
  const route = await prisma.route.create({
    // ok: mass-assignment
    data: { ...parsedInput, operatorId: ctx.operatorId },
    select: { id: true },
  });
  revalidatePath("/operator/routes");
  return route;
});

// ok: missing-auth, missing-input-validation
export const updateRoute = operatorActionClient
  .schema(routeSchema.extend({ id: z.string() }))
  .action(async ({ parsedInput: { id, ...rest }, ctx }) => {
    // ok: missing-authorization
    await prisma.route.update({ where: { id, operatorId: ctx.operatorId }, data: rest });
    revalidatePath("/operator/routes");
  });

// ok: missing-auth, missing-input-validation
export const publishRoute = operatorActionClient.schema(z.object({ id: z.string() })).action(async ({ parsedInput }) => {
  // ruleid: missing-authorization
  await prisma.route.update({ where: { id: parsedInput.id }, data: { published: true } });
});

// ok: missing-auth, missing-input-validation
export async function archiveRoute(routeId: string) {
  const user = await verifySession();
  const id = z.string().parse(routeId);
  await requireRouteManager(user.id, id);
  // ok: missing-authorization
  await prisma.route.update({ where: { id }, data: { published: false } });
}

// ok: missing-auth, missing-input-validation
export async function deleteRoute(routeId: string) {
  const user = await verifySession();
  const id = z.string().parse(routeId);
  // ruleid: floating-auth-check
  if (!canManageRoute(user.id, id)) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await prisma.route.delete({ where: { id } });
}

// ok: missing-auth, missing-input-validation
export async function repriceRoute(routeId: string, cents: number) {
  const user = await verifySession();
  const id = z.string().parse(routeId);
  const price = z.number().int().min(0).parse(cents);
  // ok: floating-auth-check
  if (!(await canManageRoute(user.id, id))) return { error: "Forbidden" };
  // ok: missing-authorization
  await prisma.route.update({ where: { id }, data: { basePriceCents: price } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export const listRoutes = operatorActionClient.schema(z.object({})).action(async ({ ctx }) => {
  const routes = await prisma.route.findMany({ where: { operatorId: ctx.operatorId } });
  // ruleid: excessive-data-exposure
  return routes;
});
