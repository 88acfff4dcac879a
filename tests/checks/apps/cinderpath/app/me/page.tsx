import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { requireUser } from "@/lib/auth";
import { logSecurityEvent } from "@/lib/audit";

export default async function MePage() {
  const user = await requireUser();
  const regs = await prisma.registration.findMany({ where: { userId: user.id }, select: { id: true, bib: true, status: true, race: { select: { name: true, startsAt: true } } } });

  // ok: missing-auth, missing-input-validation
  async function withdrawEntry(formData: FormData) {
    "use server";
    const me = await requireUser();
    const id = formData.get("registrationId");
    if (typeof id !== "string") throw new Error("Invalid");
    // ok: missing-authorization
    await prisma.registration.updateMany({ where: { id, userId: me.id, status: "PENDING" }, data: { status: "WITHDRAWN" } });
  }

  // ok: missing-auth, missing-audit-log
  async function closeAccount() {
    "use server";
    const me = await requireUser();
    await logSecurityEvent("account.closed", me.id);
    // ok: missing-authorization
    await prisma.user.delete({ where: { id: me.id } });
    redirect("/");
  }

  return (
    <main>
      <h1>My races</h1>
      <ul>
        {regs.map((r) => (
          <li key={r.id}>
            {r.race.name} — bib {r.bib ?? "TBA"} — {r.status}
            <form action={withdrawEntry}>
              <input type="hidden" name="registrationId" value={r.id} />
              <button>Withdraw</button>
            </form>
          </li>
        ))}
      </ul>
      <form action={closeAccount}>
        <button>Close my account</button>
      </form>
    </main>
  );
}
