import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { auth } from "@/lib/auth/volunteer";
import { recordAudit } from "@/lib/audit";

export default async function AccountPage() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) redirect("/join");
  const me = await prisma.volunteer.findUnique({ where: { id: session.user.id }, select: { name: true, email: true, phone: true, postcode: true } });

  // ok: missing-auth, missing-input-validation
  async function saveContact(formData: FormData) {
    "use server";
    const s = await auth.api.getSession({ headers: await headers() });
    if (!s) redirect("/join");
    const data = z.object({ phone: z.string().regex(/^\+?[0-9 ]{7,20}$/), postcode: z.string().max(12) }).parse(Object.fromEntries(formData));
    // ok: missing-authorization, mass-assignment
    await prisma.volunteer.update({ where: { id: s.user.id }, data });
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function saveMedicalHistory(formData: FormData) {
    "use server";
    const s = await auth.api.getSession({ headers: await headers() });
    if (!s) redirect("/join");
    // ok: missing-authorization
    await prisma.volunteer.update({ where: { id: s.user.id }, data: { medicalHistory: formData.get("history") as string } });
  }

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-audit-log
  async function deleteAccount() {
    "use server";
    const s = await auth.api.getSession({ headers: await headers() });
    if (!s) redirect("/join");
    await prisma.volunteer.delete({ where: { id: s.user.id } });
    redirect("/");
  }

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function disableTwoFactor() {
    "use server";
    const s = await auth.api.getSession({ headers: await headers() });
    if (!s) redirect("/join");
    await auth.api.disableTwoFactor({ body: { password: "" }, headers: await headers() });
    await recordAudit({ actorId: s.user.id, action: "volunteer.2fa_disabled" });
  }

  return (
    <main>
      <h1>{me?.name ?? me?.email}</h1>
      <form action={saveContact}><input name="phone" defaultValue={me?.phone ?? ""} /><input name="postcode" defaultValue={me?.postcode ?? ""} /><button>Save</button></form>
      <form action={saveMedicalHistory}><textarea name="history" /><button>Save</button></form>
      <form action={disableTwoFactor}><button>Disable 2FA</button></form>
      <form action={deleteAccount}><button>Delete my account</button></form>
    </main>
  );
}
