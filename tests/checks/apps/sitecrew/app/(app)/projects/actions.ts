"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { isProjectMember } from "@/lib/guards";
import { withContractor, validatedActionWithUser, type ActionState } from "@/lib/wrappers";
import { id } from "@/lib/validation";

const ProjectSchema = z.object({
  name: z.string().min(2).max(120),
  number: z.string().min(1).max(30),
  address: z.string().max(300).optional(),
  contractValue: z.coerce.number().min(0),
  retainagePct: z.coerce.number().min(0).max(20).default(10),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createProject = withContractor("project.created", async (ctx, _prev: ActionState, formData: FormData) => {
  const parsed = ProjectSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { fieldErrors: parsed.error.flatten().fieldErrors };
  const project = await prisma.project.create({
    // ok: mass-assignment
    data: { ...parsed.data, tenantId: ctx.tenantId, createdById: ctx.userId },
    select: { id: true },
  });
  await prisma.projectMember.create({ data: { projectId: project.id, userId: ctx.userId, role: "PROJECT_MANAGER" } });
  redirect(`/projects/${project.id}`);
});

// Custom fields were added in 2024; the schema lets them through.
const ProjectUpdateSchema = ProjectSchema.partial().extend({ id: z.string().cuid() }).passthrough();

// ok: missing-auth, missing-input-validation
export const updateProject = validatedActionWithUser(ProjectUpdateSchema, async (data, _formData, user) => {
  const { id: projectId, ...changes } = data;
  // ok: missing-authorization
  await prisma.project.updateMany({
    where: { id: projectId, tenantId: user.tenantId },
    // ruleid: mass-assignment
    data: changes,
  });
  revalidatePath(`/projects/${projectId}`);
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export async function archiveProject(projectId: string) {
  const session = await verifySession();
  const pid = id.parse(projectId);
  // ruleid: floating-auth-check
  if (!isProjectMember(session.userId, pid)) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await prisma.project.update({ where: { id: pid }, data: { archivedAt: new Date(), status: "archived" } });
  revalidatePath("/projects");
}

// ok: missing-auth, missing-input-validation
export async function restoreProject(projectId: string) {
  const session = await verifySession();
  const pid = id.parse(projectId);
  // ok: floating-auth-check
  if (!(await isProjectMember(session.userId, pid))) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.project.updateMany({ where: { id: pid, tenantId: session.tenantId }, data: { archivedAt: null, status: "active" } });
  revalidatePath("/projects");
}

// ok: missing-auth, missing-input-validation
export async function listMyProjects() {
  const session = await verifySession();
  const projects = await prisma.project.findMany({
    where: { tenantId: session.tenantId, members: { some: { userId: session.userId } }, archivedAt: null },
    select: { id: true, name: true, number: true, status: true },
  });
  // ok: excessive-data-exposure
  return projects;
}
