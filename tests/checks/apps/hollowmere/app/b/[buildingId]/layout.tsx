import Link from "next/link";
import { notFound } from "next/navigation";
import { getMembership, requireUser } from "@/lib/dal";

export default async function BuildingLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ buildingId: string }>;
}) {
  const { buildingId } = await params;
  const user = await requireUser();
  const membership = await getMembership(user.id, buildingId);
  if (!membership) notFound();
  const staff = membership.role === "officer" || membership.role === "manager";
  return (
    <div className="space-y-6">
      <nav className="flex gap-4">
        <Link href={`/b/${buildingId}`}>Overview</Link>
        <Link href={`/b/${buildingId}/tickets`}>Repairs</Link>
        <Link href={`/b/${buildingId}/polls`}>Polls</Link>
        <Link href={`/b/${buildingId}/dues`}>Dues</Link>
        <Link href={`/b/${buildingId}/hardship`}>Hardship fund</Link>
        <Link href={`/b/${buildingId}/notices`}>Notices</Link>
        {staff && <Link href={`/b/${buildingId}/officer`}>Officer console</Link>}
        {membership.role === "manager" && <Link href={`/b/${buildingId}/reports`}>Reports</Link>}
      </nav>
      {children}
    </div>
  );
}
