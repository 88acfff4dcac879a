"use server";

import { eq } from "drizzle-orm";
import { z } from "zod";
import { withWorkspaceAdmin, withWorkspace } from "@/lib/wrappers";
import { db } from "@/lib/db/drizzle";
import { workspaces } from "@/lib/db/schema";
import { newApiKey } from "@/lib/tokens";
import { logSecurityEvent } from "@/lib/audit";
import { atLeast } from "@/lib/workspace";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const setSsoMetadata = withWorkspaceAdmin("sso.metadata", async (formData, { workspace }) => {
  const url = z.string().url().startsWith("https://").parse(formData.get("metadataUrl"));
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
  if (!res.ok) return { error: "Could not fetch IdP metadata." };
  // ok: missing-authorization
  await db.update(workspaces).set({ ssoMetadataUrl: url }).where(eq(workspaces.id, workspace.id));
  return { success: true };
});

// why: metadata URL from the form is fetched server-side without validation (SSRF)
// ruleid: missing-input-validation
// ok: missing-auth
export const testSsoMetadata = withWorkspace(async (formData, { role }) => {
  if (!atLeast(role, "admin")) return { error: "Admins only" };
  const res = await fetch(formData.get("metadataUrl") as string);
  return { success: res.ok, status: res.status };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const rotateScimToken = withWorkspace(async (_formData, { workspace, user, role }) => {
  if (role !== "owner") throw new Error("Owner only");
  const token = newApiKey();
  // ok: missing-authorization
  await db.update(workspaces).set({ scimTokenHash: token.hashed }).where(eq(workspaces.id, workspace.id));
  await logSecurityEvent("scim.token_rotated", user.id, { workspaceId: workspace.id });
  return { token: token.raw };
});

// why: owner-only SCIM token reset, no audit entry
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export const disableScim = withWorkspace(async (_formData, { workspace, role }) => {
  if (role !== "owner") throw new Error("Owner only");
  // ok: missing-authorization
  await db.update(workspaces).set({ scimTokenHash: null }).where(eq(workspaces.id, workspace.id));
});
