"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { pool } from "@/lib/db/pg";
import { projects } from "@/lib/db/schema";
import { withOrg, withRole } from "@/lib/wrappers";
import { verifySession, getOptionalSession } from "@/lib/dal";

const NewProject = z.object({ name: z.string().min(1).max(60), key: z.string().regex(/^[a-z0-9-]{2,24}$/) });

// ok: missing-auth, missing-input-validation
export const createProject = withRole("admin", async (formData, ctx) => {
  const input = NewProject.parse({ name: formData.get("name"), key: formData.get("key") });
  const id = crypto.randomUUID();
  try {
    // ok: mass-assignment
    await db.insert(projects).values({ id, orgId: ctx.orgId, ...input });
  } catch (err) {
    // ruleid: information-disclosure
    return { error: `Could not create project: ${(err as Error).message}` };
  }
  revalidatePath("/projects");
  return { id };
});

// ruleid: missing-input-validation
export const renameProject = withOrg(async (formData, ctx) => {
  const id = formData.get("id") as string;
  const name = formData.get("name") as string;
  // ok: missing-authorization
  await db
    .update(projects)
    .set({ name })
    .where(and(eq(projects.id, id), eq(projects.orgId, ctx.orgId)));
  revalidatePath("/projects");
});

// ruleid: missing-auth, missing-input-validation
export async function deleteProject(projectId: string) {
  // ruleid: floating-auth-check
  verifySession();
  await db.delete(projects).where(eq(projects.id, projectId));
  revalidatePath("/projects");
}

// ruleid: missing-auth
export async function getProject(projectId: string) {
  const session = await getOptionalSession();
  const id = z.string().uuid().parse(projectId);
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT p.id, p.name, p.key FROM projects p
       JOIN memberships m ON m.org_id = p.org_id
      WHERE p.id = $1 AND m.user_id = $2`,
    [id, session?.userId],
  );
  return rows[0] ?? null;
}

// ok: missing-auth, missing-input-validation
export async function getProjectForCurrentUser(projectId: string) {
  const session = await getOptionalSession();
  if (!session) return null;
  const id = z.string().uuid().parse(projectId);
  // ok: missing-authorization, sql-injection
  const { rows } = await pool.query(
    `SELECT p.id, p.name, p.key FROM projects p
       JOIN memberships m ON m.org_id = p.org_id
      WHERE p.id = $1 AND m.user_id = $2`,
    [id, session.userId],
  );
  return rows[0] ?? null;
}

// ruleid: missing-auth
export async function duplicateProject(projectId: string) {
  // ruleid: floating-auth-check
  if (!verifySession()) redirect("/sign-in");
  const id = z.string().uuid().parse(projectId);
  const [source] = await db.select({ orgId: projects.orgId, name: projects.name, key: projects.key }).from(projects).where(eq(projects.id, id));
  if (!source) return null;
  const copyId = crypto.randomUUID();
  await db.insert(projects).values({ id: copyId, orgId: source.orgId, name: `${source.name} copy`, key: `${source.key}-copy` });
  return { id: copyId };
}
