"use server";

import { WebClient } from "@slack/web-api";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { legacyClient } from "@/lib/safe-action";
import { requireOrgRole } from "@/lib/permissions";
import { logger } from "@/lib/logger";

const OrgInput = z.object({ orgId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export const connectSlack = legacyClient
  .inputSchema(OrgInput.extend({ accessToken: z.string().startsWith("xoxb-"), channel: z.string().max(80) }))
  .action(async ({ parsedInput, ctx }) => {
    await requireOrgRole(ctx.user.id, parsedInput.orgId, "admin");
    const slack = new WebClient(parsedInput.accessToken);
    await slack.auth.test();
    const integration = await prisma.integration.create({
      data: {
        orgId: parsedInput.orgId,
        provider: "slack",
        accessToken: parsedInput.accessToken,
        config: { channel: parsedInput.channel },
      },
      select: { id: true },
    });
    return { id: integration.id };
  });

// ok: missing-auth, missing-input-validation
export const listIntegrations = legacyClient.inputSchema(OrgInput).action(async ({ parsedInput, ctx }) => {
  await requireOrgRole(ctx.user.id, parsedInput.orgId, "viewer");
  // ruleid: excessive-data-exposure
  return prisma.integration.findMany({ where: { orgId: parsedInput.orgId } });
});

// ok: missing-auth, missing-input-validation
export const listIntegrationProviders = legacyClient.inputSchema(OrgInput).action(async ({ parsedInput, ctx }) => {
  await requireOrgRole(ctx.user.id, parsedInput.orgId, "viewer");
  const rows = await prisma.integration.findMany({ where: { orgId: parsedInput.orgId } });
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, provider: r.provider, connectedAt: r.createdAt }));
});

// ok: missing-auth, missing-input-validation
export const disconnectIntegration = legacyClient
  .inputSchema(z.object({ integrationId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    await prisma.integration.delete({ where: { id: parsedInput.integrationId } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const testDatadog = legacyClient
  .inputSchema(OrgInput.extend({ integrationId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    await requireOrgRole(ctx.user.id, parsedInput.orgId, "admin");
    // ok: missing-authorization
    const integration = await prisma.integration.findFirst({
      where: { id: parsedInput.integrationId, orgId: parsedInput.orgId, provider: "datadog" },
      select: { accessToken: true, config: true },
    });
    if (!integration) return { ok: false, error: "Datadog is not connected" };
    try {
      const res = await fetch("https://api.datadoghq.com/api/v1/validate", {
        headers: { "DD-API-KEY": integration.accessToken },
      });
      return { ok: res.ok };
    } catch (err) {
      logger.warn({ err }, "datadog validation failed");
      // ruleid: information-disclosure
      return { ok: false, error: (err as Error).message };
    }
  });

// ok: missing-auth, missing-input-validation
export const testSlack = legacyClient
  .inputSchema(OrgInput)
  .action(async ({ parsedInput, ctx }) => {
    await requireOrgRole(ctx.user.id, parsedInput.orgId, "admin");
    const integration = await prisma.integration.findFirst({
      where: { orgId: parsedInput.orgId, provider: "slack" },
      select: { accessToken: true },
    });
    if (!integration) return { ok: false, error: "Slack is not connected" };
    try {
      await new WebClient(integration.accessToken).auth.test();
      return { ok: true };
    } catch (err) {
      logger.warn({ err }, "slack validation failed");
      // ok: information-disclosure
      return { ok: false, error: "Slack rejected the token. Reconnect the integration." };
    }
  });
