import { prisma } from "@/lib/db";
import { requireCommitteeRole } from "@/lib/auth/roles";
import { offerPlot } from "@/app/actions/waiting-list";

export default async function CommitteeWaitingListPage() {
  // ok: floating-auth-check
  await requireCommitteeRole("COMMITTEE_ADMIN");
  const [applications, vacant] = await Promise.all([
    prisma.plotApplication.findMany({
      where: { status: "WAITING" },
      select: { id: true, position: true, preferredSite: true, user: { select: { name: true } } },
      orderBy: { position: "asc" },
    }),
    prisma.plot.findMany({ where: { status: "VACANT" }, select: { id: true, code: true } }),
  ]);
  return (
    <table>
      <tbody>
        {applications.map((a) => (
          <tr key={a.id}>
            <td>{a.position}</td>
            <td>{a.user.name}</td>
            <td>{a.preferredSite}</td>
            <td>
              <form action={offerPlot}>
                <input type="hidden" name="applicationId" value={a.id} />
                <select name="plotId">
                  {vacant.map((p) => (
                    <option key={p.id} value={p.id}>{p.code}</option>
                  ))}
                </select>
                <button>Offer</button>
              </form>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
