import { NextResponse } from "next/server";
import { z } from "zod";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/mailer";
import { auditLog } from "@/lib/audit";

// ok: missing-auth
// ruleid: missing-audit-log
export async function DELETE() {
  const user = await requireUser();
  // ok: missing-authorization
  await prisma.user.delete({ where: { id: user.id } });
  return new NextResponse(null, { status: 204 });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function PATCH(req: Request) {
  const user = await requireUser();
  const { email } = z.object({ email: z.string().email() }).parse(await req.json());
  // ok: missing-authorization, mass-assignment
  await prisma.user.update({ where: { id: user.id }, data: { email, emailVerified: null } });
  await auditLog({ actorId: user.id, action: "account.email_changed" });
  await sendEmail(email, "Confirm your new email", "<p>Click the link in the next email to confirm.</p>");
  return NextResponse.json({ ok: true });
}
