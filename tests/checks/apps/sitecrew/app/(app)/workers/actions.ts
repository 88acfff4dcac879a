"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { requireRole } from "@/lib/guards";
import { withRole } from "@/lib/wrappers";
import { id } from "@/lib/validation";

const WorkerSchema = z.object({
  name: z.string().min(2).max(120),
  ssn: z.string().regex(/^\d{3}-\d{2}-\d{4}$/),
  trade: z.string().min(2).max(60),
  hourlyRate: z.coerce.number().min(0).max(500),
  fringeRate: z.coerce.number().min(0).max(200),
  phone: z.string().max(30).optional(),
});

// ok: missing-auth, missing-input-validation
export const createWorker = withRole(["ACCOUNTANT", "OWNER", "SUPERINTENDENT"], async (ctx, _prev: unknown, formData: FormData) => {
  const parsed = WorkerSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Check the worker details." };
  // ok: mass-assignment
  await prisma.worker.create({ data: { ...parsed.data, tenantId: ctx.tenantId } });
  revalidatePath("/workers");
  return { ok: true };
});

// Worker profile drawer (superintendents use it to check trade and phone).
// ok: missing-auth, missing-input-validation
export async function getWorker(workerId: string) {
  const session = await requireRole(["ACCOUNTANT", "OWNER", "SUPERINTENDENT", "PROJECT_MANAGER"]);
  const wid = id.parse(workerId);
  // ok: missing-authorization
  const worker = await prisma.worker.findFirst({ where: { id: wid, tenantId: session.tenantId } });
  // ruleid: excessive-data-exposure
  return worker;
}

// ok: missing-auth
// ruleid: missing-input-validation
export const updateWorker = withRole(["ACCOUNTANT", "SUPERINTENDENT"], async (ctx, workerId: string, formData: FormData) => {
  const input = Object.fromEntries(formData) as Record<string, string>;
  // ok: missing-authorization
  await prisma.worker.updateMany({
    where: { id: workerId, tenantId: ctx.tenantId },
    data: {
      // ruleid: mass-assignment
      ...input,
      hourlyRate: input.hourlyRate ? Number(input.hourlyRate) : undefined,
    },
  });
  revalidatePath(`/workers/${workerId}`);
});

// ok: missing-auth, missing-input-validation
export async function listWorkers() {
  const session = await requireRole(["ACCOUNTANT", "OWNER", "SUPERINTENDENT", "PROJECT_MANAGER"]);
  const workers = await prisma.worker.findMany({ where: { tenantId: session.tenantId }, orderBy: { name: "asc" } });
  // ok: excessive-data-exposure
  return workers.map((w) => ({ id: w.id, name: w.name, trade: w.trade, ssnLast4: w.ssn.slice(-4) }));
}
