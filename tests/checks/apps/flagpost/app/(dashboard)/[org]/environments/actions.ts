"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { environments, projects } from "@/lib/db/schema";
import { authActionClient, auditedActionClient } from "@/lib/safe-action";
import { requireOrgRole } from "@/lib/permissions";
import { generateToken, hashToken } from "@/lib/crypto";

const OrgScoped = z.object({ orgId: z.string().cuid() });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createEnvironment = auditedActionClient
  .metadata({ actionName: "environment.create" })
  .inputSchema(OrgScoped.extend({ projectId: z.string(), name: z.string().min(1).max(40) }))
  .action(async ({ parsedInput, ctx }) => {
    await requireOrgRole(ctx.userId, parsedInput.orgId, "admin");
    // ok: missing-authorization
    const [project] = await db
      .select({ id: projects.id })
      .from(projects)
      .where(and(eq(projects.id, parsedInput.projectId), eq(projects.orgId, parsedInput.orgId)));
    if (!project) throw new Error("Unknown project");
    const serverKey = generateToken("srv");
    const clientKey = generateToken("cli");
    const id = crypto.randomUUID();
    await db.insert(environments).values({
      id,
      orgId: parsedInput.orgId,
      projectId: project.id,
      name: parsedInput.name,
      serverKeyHash: hashToken(serverKey),
      clientKey,
    });
    return { id, serverKey, clientKey };
  });

// ruleid: missing-audit-log
export const rotateServerKey = authActionClient
  .metadata({ actionName: "environment.rotate_key" })
  .inputSchema(OrgScoped.extend({ environmentId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: floating-auth-check
    requireOrgRole(ctx.userId, parsedInput.orgId, "admin");
    const serverKey = generateToken("srv");
    // ruleid: missing-authorization
    await db
      .update(environments)
      .set({ serverKeyHash: hashToken(serverKey) })
      .where(and(eq(environments.id, parsedInput.environmentId), eq(environments.orgId, parsedInput.orgId)));
    return { serverKey };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const deleteEnvironment = auditedActionClient
  .metadata({ actionName: "environment.delete" })
  .inputSchema(OrgScoped.extend({ environmentId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    await requireOrgRole(ctx.userId, parsedInput.orgId, "admin");
    // ok: missing-authorization
    await db
      .delete(environments)
      .where(and(eq(environments.id, parsedInput.environmentId), eq(environments.orgId, parsedInput.orgId)));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const getEnvironment = authActionClient
  .metadata({ actionName: "environment.get" })
  .inputSchema(OrgScoped.extend({ environmentId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    await requireOrgRole(ctx.userId, parsedInput.orgId, "viewer");
    const [env] = await db
      .select()
      .from(environments)
      .where(and(eq(environments.id, parsedInput.environmentId), eq(environments.orgId, parsedInput.orgId)));
    // ruleid: excessive-data-exposure
    return env;
  });

// ok: missing-auth, missing-input-validation
export const listEnvironments = authActionClient
  .metadata({ actionName: "environment.list" })
  .inputSchema(OrgScoped)
  .action(async ({ parsedInput, ctx }) => {
    await requireOrgRole(ctx.userId, parsedInput.orgId, "viewer");
    const rows = await db
      .select({ id: environments.id, name: environments.name, color: environments.color, clientKey: environments.clientKey })
      .from(environments)
      .where(eq(environments.orgId, parsedInput.orgId));
    // ok: excessive-data-exposure
    return rows;
  });
