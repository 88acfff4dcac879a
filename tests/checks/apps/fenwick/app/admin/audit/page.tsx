import { requireRole } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { AuditEvent } from "@/lib/models/AuditEvent";

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ action?: string }> }) {
  // ok: floating-auth-check
  await requireRole("admin");
  const { action } = await searchParams;
  await connectMongo();
  const filter = action && /^[a-z_.]+$/.test(action) ? { action } : {};
  const events = await AuditEvent.find(filter).select("actorId action target createdAt").sort({ createdAt: -1 }).limit(200).lean();
  return (
    <section>
      <h1>Audit log</h1>
      <table>
        <tbody>
          {events.map((e) => (
            <tr key={String(e._id)}>
              <td>{e.createdAt.toISOString()}</td>
              <td>{e.actorId}</td>
              <td>{e.action}</td>
              <td>{e.target}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
