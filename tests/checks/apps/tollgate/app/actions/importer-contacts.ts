"use server";

import { z } from "zod";
import { auth, clerkClient } from "@clerk/nextjs/server";
import { withTenant, withTiming } from "@/lib/with-tenant";
import { sendMail } from "@/lib/mailer";
import { limit } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation
export const setContactEmail = withTenant(async (tenant, email: unknown) => {
  if (tenant.role !== "org:broker" && tenant.role !== "org:admin") return { error: "Brokers only" };
  const contactEmail = z.string().email().parse(email);
  const clerk = await clerkClient();
  await clerk.organizations.updateOrganizationMetadata(tenant.orgId, { publicMetadata: { contactEmail } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const sendContactTest = withTenant(async (tenant) => {
  await limit(`contact-test:${tenant.orgId}`, 3, 3600);
  const clerk = await clerkClient();
  const org = await clerk.organizations.getOrganization({ organizationId: tenant.orgId });
  const to = org.publicMetadata?.contactEmail as string | undefined;
  if (to) await sendMail(to, "Tollgate contact test", "This address will receive customs hold notices.");
  return { ok: !!to };
});

// withTiming only measures; nothing authenticates here.
// ok: missing-input-validation
// todoruleid: missing-auth -- known gap (pass 35, cause B): an unchecked session before a Clerk backend update, which is not yet read as a mutation
export const clearContactEmail = withTiming("clearContactEmail", async () => {
  const { orgId } = await auth();
  const clerk = await clerkClient();
  await clerk.organizations.updateOrganizationMetadata(orgId!, { publicMetadata: { contactEmail: null } });
  return { ok: true };
});
