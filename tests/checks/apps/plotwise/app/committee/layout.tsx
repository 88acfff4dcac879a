import Link from "next/link";
import { redirect } from "next/navigation";
import { requireMember } from "@/lib/auth/current";
import { roleAtLeast } from "@/lib/auth/roles";

export default async function CommitteeLayout({ children }: { children: React.ReactNode }) {
  const { user } = await requireMember();
  if (!roleAtLeast(user, "PLOT_STEWARD")) redirect("/dashboard");
  return (
    <div>
      <nav>
        <Link href="/committee">Overview</Link> · <Link href="/committee/members">Members</Link> ·{" "}
        <Link href="/committee/waiting-list">Waiting list</Link> · <Link href="/committee/inspections">Inspections</Link> ·{" "}
        <Link href="/committee/newsletters">Newsletters</Link> · <Link href="/committee/reports">Reports</Link>
      </nav>
      {children}
    </div>
  );
}
