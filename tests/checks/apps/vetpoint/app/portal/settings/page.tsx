import { redirect } from "next/navigation";
import { hash } from "@node-rs/argon2";
import * as yup from "yup";
import { prisma } from "@/lib/db/prisma";
import { requireOwner, lucia } from "@/lib/auth/lucia";
import { checkRateLimit } from "@/lib/ratelimit";
import { createAuditLog } from "@/lib/audit";

export default async function SettingsPage() {
  const owner = await requireOwner();

  // ok: missing-auth, missing-input-validation, missing-audit-log
  // ruleid: missing-rate-limit -- (pass 36 C, fixed in pass 42) a password set under a short name (`pw`) on an account model of another name (`Owner`: password hash, unique email)
  async function setNewPassword(formData: FormData) {
    "use server";
    const me = await requireOwner();
    const pw = await yup.string().min(10).required().validate(formData.get("password"));
    await prisma.owner.update({ where: { id: me.id }, data: { passwordHash: await hash(pw) } });
    await createAuditLog({ actorId: me.id, action: "owner.password_changed" });
    await lucia.invalidateUserSessions(me.id);
    redirect("/portal/login");
  }

  // ok: missing-auth, missing-input-validation, missing-rate-limit
  // ruleid: missing-audit-log
  async function changeEmailInline(formData: FormData) {
    "use server";
    const me = await requireOwner();
    await checkRateLimit(`email:${me.id}`, 3);
    const email = await yup.string().email().required().validate(formData.get("email"));
    await prisma.owner.update({ where: { id: me.id }, data: { email, emailVerified: false } });
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function setPhone(formData: FormData) {
    "use server";
    const me = await requireOwner();
    const ownerId = (formData.get("ownerId") as string) || me.id;
    // ruleid: missing-authorization
    await prisma.owner.update({ where: { id: ownerId }, data: { phone: formData.get("phone") as string } });
  }

  return (
    <main>
      <p>Signed in as {owner.email}</p>
      <form action={setNewPassword}><input type="password" name="password" /></form>
      <form action={changeEmailInline}><input name="email" /></form>
      <form action={setPhone}><input name="phone" /><input type="hidden" name="ownerId" value={owner.id} /></form>
    </main>
  );
}
