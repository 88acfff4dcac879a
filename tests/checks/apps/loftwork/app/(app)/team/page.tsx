import { headers } from "next/headers";
import { auth } from "@/lib/auth";
import { InviteForm } from "@/components/invite-form";
import { removeTeamMember } from "@/app/actions/team";

export default async function TeamPage() {
  const h = await headers();
  const org = await auth.api.getFullOrganization({ headers: h });
  if (!org) {
    return <p>You're not on a team yet. Ask your company admin for an invite.</p>;
  }
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{org.name}</h1>
      <InviteForm organizationId={org.id} />
      <ul className="divide-y">
        {org.members.map((m) => (
          <li key={m.id} className="flex justify-between py-2">
            <span>{m.user.name} · {m.role}</span>
            <form action={removeTeamMember.bind(null, m.id, org.id)}>
              <button className="btn-ghost text-red-600">Remove</button>
            </form>
          </li>
        ))}
      </ul>
    </div>
  );
}
