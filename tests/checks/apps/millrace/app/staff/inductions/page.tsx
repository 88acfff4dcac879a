import { eq } from "drizzle-orm";
import { z } from "zod";
import { db, inductions, members } from "@/lib/db";
import { requireStaff, requireMember, checkStaffRole } from "@/lib/auth";
import { auditLog } from "@/lib/audit";
import { sendMail } from "@/lib/mailer";

export default async function StaffInductions() {
  await requireStaff();
  const pending = await db
    .select({ id: inductions.id, memberId: inductions.memberId, machineId: inductions.machineId })
    .from(inductions)
    .where(eq(inductions.status, "requested"));

  // ok: missing-auth, missing-input-validation
  async function approve(formData: FormData) {
    "use server";
    const staff = await requireStaff();
    const id = z.string().uuid().parse(formData.get("id"));
    // ok: missing-authorization
    await db.update(inductions).set({ status: "passed", inductedBy: staff.id, passedAt: new Date() }).where(eq(inductions.id, id));
    await auditLog({ actorId: staff.id, action: "induction.approve", target: id });
  }

  // ok: missing-auth, missing-input-validation
  async function reject(formData: FormData) {
    "use server";
    const me = await requireMember();
    // ruleid: floating-auth-check
    checkStaffRole(me);
    const id = z.string().uuid().parse(formData.get("id"));
    // ruleid: missing-authorization
    await db.update(inductions).set({ status: "failed" }).where(eq(inductions.id, id));
  }

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-rate-limit
  async function nudge(formData: FormData) {
    "use server";
    await requireStaff();
    const memberId = z.string().uuid().parse(formData.get("memberId"));
    const [m] = await db.select({ email: members.email }).from(members).where(eq(members.id, memberId));
    if (m) await sendMail(m.email, "Induction reminder", "<p>Your induction is waiting.</p>");
  }

  return (
    <ul>
      {pending.map((p) => (
        <li key={p.id}>
          <form action={approve}><input type="hidden" name="id" value={p.id} /><button>Pass</button></form>
          <form action={reject}><input type="hidden" name="id" value={p.id} /><button>Fail</button></form>
          <form action={nudge}><input type="hidden" name="memberId" value={p.memberId} /><button>Nudge</button></form>
        </li>
      ))}
    </ul>
  );
}
