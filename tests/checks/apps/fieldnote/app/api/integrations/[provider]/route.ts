import { NextResponse } from "next/server";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";

const PROVIDERS = new Set(["quickbooks", "xero", "zapier", "google-calendar"]);

type IntegrationsUser = { id: string; workspaceId: string };

// ok: missing-auth, missing-input-validation
export const GET = auth(async (req, { params }) => {
  if (!req.auth) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { provider } = (await params) as { provider: string };
  if (!PROVIDERS.has(provider)) return NextResponse.json({ error: "Unknown provider" }, { status: 404 });
  const user = req.auth.user as unknown as IntegrationsUser;
  const count = await prisma.apiKey.count({ where: { workspaceId: user.workspaceId, name: provider, revokedAt: null } });
  // ok: excessive-data-exposure
  return NextResponse.json({ provider, connected: count > 0 });
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const DELETE = auth(async (req, { params }) => {
  if (!req.auth?.user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { provider } = (await params) as { provider: string };
  if (!PROVIDERS.has(provider)) return NextResponse.json({ error: "Unknown provider" }, { status: 404 });
  const user = req.auth.user as unknown as IntegrationsUser;
  // ok: missing-authorization
  await prisma.apiKey.updateMany({ where: { workspaceId: user.workspaceId, name: provider }, data: { revokedAt: new Date() } });
  return NextResponse.json({ ok: true });
});
