import { revalidatePath } from "next/cache";
import * as v from "valibot";
import { verifySession } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { notifyListener } from "@/lib/notify";
import { sendMail } from "@/lib/mail";

export default async function AccountPage() {
  const { userId, email } = await verifySession();
  const me = await prisma.user.findUnique({ where: { id: userId }, select: { name: true, email: true } });

  // ok: missing-auth, missing-input-validation
  async function rename(formData: FormData) {
    "use server";
    const s = await verifySession();
    const name = v.parse(v.pipe(v.string(), v.maxLength(80)), formData.get("name"));
    // ok: missing-authorization, mass-assignment
    await prisma.user.update({ where: { id: s.userId }, data: { name } });
    revalidatePath("/account");
  }

  // ok: missing-auth, missing-input-validation, missing-rate-limit
  async function sendTestEmail() {
    "use server";
    const s = await verifySession();
    await notifyListener(s.email, "Podhollow test email", "<p>It works.</p>");
  }

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-rate-limit
  async function emailMyFeedLinks() {
    "use server";
    const s = await verifySession();
    const count = await prisma.feedToken.count({ where: { listenerId: s.userId, revokedAt: null } });
    await sendMail(s.email, "Your private feeds", `<p>You have ${count} private feeds. Manage them in your account.</p>`);
  }

  return (
    <section>
      <h1>{me?.name ?? email}</h1>
      <form action={rename}><input name="name" defaultValue={me?.name ?? ""} /><button>Save</button></form>
      <form action={sendTestEmail}><button>Send test email</button></form>
      <form action={emailMyFeedLinks}><button>Email my feed links</button></form>
    </section>
  );
}
