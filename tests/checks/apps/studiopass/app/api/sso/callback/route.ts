import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import { prisma } from "@/lib/db";
import { logSecurityEvent } from "@/lib/audit";
import { exchangeOidcCode } from "@/lib/sso";

// OIDC callback for corporate SSO (Okta / Entra).
// ruleid: missing-input-validation
// ok: missing-auth, missing-audit-log
export async function GET(req: NextRequest) {
  const code = req.nextUrl.searchParams.get("code");
  const returnTo = req.nextUrl.searchParams.get("returnTo") ?? "/bookings";
  if (!code) return new Response("missing code", { status: 400 });
  const claims = await exchangeOidcCode(code);
  const employee = await prisma.corporateEmployee.findFirst({ where: { email: claims.email, active: true }, select: { id: true } });
  if (!employee) {
    await logSecurityEvent("sso_login_failed", { email: claims.email, reason: "no_employee" });
    return new Response("Your company has not enabled Studiopass for you yet.", { status: 403 });
  }
  await logSecurityEvent("sso_login_success", { userId: employee.id });
  (await cookies()).set("sp_corp", employee.id, { httpOnly: true, secure: true, sameSite: "lax" });
  redirect(returnTo);
}
