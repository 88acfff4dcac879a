import { NextResponse } from "next/server";
import * as samlify from "samlify";
import { prisma } from "@/lib/db/prisma";
import { signIn } from "@/lib/auth";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-audit-log, missing-input-validation
export async function POST(req: Request) {
  const form = await req.formData();
  const relayState = String(form.get("RelayState") ?? "");
  if (!/^[a-z0-9-]{2,48}$/.test(relayState)) return NextResponse.json({ error: "bad relay state" }, { status: 400 });
  const ws = await prisma.workspace.findUnique({ where: { slug: relayState }, select: { id: true, samlCert: true } });
  if (!ws?.samlCert) return NextResponse.json({ error: "SSO not configured" }, { status: 400 });
  const sp = samlify.ServiceProvider({ entityID: "https://app.helmdesk.app/saml" });
  const idp = samlify.IdentityProvider({ signingCert: ws.samlCert });
  try {
    const { extract } = await sp.parseLoginResponse(idp, "post", { body: Object.fromEntries(form) });
    const email = String(extract.nameID).toLowerCase();
    const member = await prisma.membership.findFirst({ where: { workspaceId: ws.id, user: { email } }, select: { userId: true } });
    if (!member) {
      logger.warn("saml login rejected", { workspaceId: ws.id, email });
      // ok: information-disclosure
      return NextResponse.json({ error: "Sign-in failed" }, { status: 403 });
    }
    logger.info("saml login", { workspaceId: ws.id, userId: member.userId });
    await signIn("credentials", { email, redirect: false });
    return NextResponse.redirect(new URL(`/w/${relayState}`, req.url));
  } catch (e) {
    logger.error("saml error", { err: String(e) });
    // ruleid: information-disclosure
    return NextResponse.json({ error: "Sign-in failed", reason: e }, { status: 400 });
  }
}
