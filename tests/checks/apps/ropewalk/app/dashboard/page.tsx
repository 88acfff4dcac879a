import Link from "next/link";
import { verifySession } from "@/lib/session";
import { getMyMemberships } from "@/app/actions/memberships";
import { myWaivers } from "@/app/actions/waivers";

export default async function Dashboard() {
  const { user } = await verifySession();
  const [memberships, waivers] = await Promise.all([getMyMemberships(), myWaivers()]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl">Hi {user.name}</h1>
      <section>
        <h2 className="font-semibold">Memberships</h2>
        {memberships.map((m) => (
          <p key={m.id}>{m.plan} — {m.status}</p>
        ))}
      </section>
      <section>
        <h2 className="font-semibold">Waivers</h2>
        {waivers.length === 0 ? <Link href="/waiver">Sign the waiver</Link> : <p>{waivers.length} on file</p>}
      </section>
      <Link href="/checkin">Show my check-in code</Link>
    </div>
  );
}
