import { notFound } from "next/navigation";
import { z } from "zod";
import { sql } from "@/lib/db";
import { getMembership, requireUser } from "@/lib/dal";
import { sendMail } from "@/lib/mail";
import { mailLimiter } from "@/lib/ratelimit";
import { listHardshipApplications } from "@/app/actions/hardship";
import { InviteForm } from "@/components/InviteForm";
import { RoleSelect } from "@/components/RoleSelect";

export default async function OfficerConsole({ params }: { params: Promise<{ buildingId: string }> }) {
  const { buildingId } = await params;
  const user = await requireUser();
  const m = await getMembership(user.id, buildingId);
  if (m?.role !== "officer" && m?.role !== "manager") notFound();

  // ok: sql-injection
  const members = await sql<{ id: string; full_name: string; unit: string | null; role: string }[]>`
    select m.id, p.full_name, m.unit, m.role from memberships m join profiles p on p.id = m.user_id
     where m.building_id = ${buildingId} and m.revoked_at is null order by m.unit
  `;
  const applications = await listHardshipApplications(buildingId, undefined);

  // Dues reminder to a single member, from the arrears table.
  // ruleid: missing-rate-limit
  // ok: missing-auth, missing-input-validation
  async function remindMember(formData: FormData) {
    "use server";
    const me = await requireUser();
    const mine = await getMembership(me.id, buildingId);
    if (mine?.role !== "officer" && mine?.role !== "manager") throw new Error("Officers only");
    const membershipId = z.string().uuid().parse(formData.get("membershipId"));
    // ok: missing-authorization
    const [row] = await sql<{ email: string }[]>`
      select p.email from memberships m join profiles p on p.id = m.user_id where m.id = ${membershipId} and m.building_id = ${buildingId}
    `;
    if (row) await sendMail(row.email, "A friendly dues reminder", "<p>Your building dues are outstanding.</p>");
  }

  // ok: missing-auth, missing-input-validation, missing-rate-limit
  async function remindAll() {
    "use server";
    const me = await requireUser();
    const mine = await getMembership(me.id, buildingId);
    if (mine?.role !== "officer" && mine?.role !== "manager") throw new Error("Officers only");
    const { success } = await mailLimiter.limit(`remind-all:${buildingId}`);
    if (!success) return;
    // ok: sql-injection
    const rows = await sql<{ email: string }[]>`
      select distinct p.email from dues_charges d join memberships m on m.id = d.membership_id join profiles p on p.id = m.user_id
       where d.building_id = ${buildingId} and d.paid_at is null
    `;
    await sendMail(rows.map((r) => r.email), "Dues reminder", "<p>Your building dues are outstanding.</p>");
  }

  return (
    <section className="space-y-6">
      <h1>Officer console</h1>
      <InviteForm buildingId={buildingId} />
      <form action={remindAll}><button>Remind everyone in arrears</button></form>
      <table>
        <tbody>
          {members.map((mem) => (
            <tr key={mem.id}>
              <td>{mem.unit}</td>
              <td>{mem.full_name}</td>
              <td>{m.role === "manager" ? <RoleSelect buildingId={buildingId} membershipId={mem.id} role={mem.role} /> : mem.role}</td>
              <td>
                <form action={remindMember}>
                  <input type="hidden" name="membershipId" value={mem.id} />
                  <button>Remind</button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Hardship applications</h2>
      <p>{applications.length} on file</p>
    </section>
  );
}
