import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";

// Redirects anonymous visitors away from fleet pages. (Does not protect the fleet actions themselves.)
export default async function FleetLayout({ children }: { children: React.ReactNode }) {
  const session = await auth();
  if (!session?.user?.fleetId) redirect("/login?next=/fleet");
  return <div className="mx-auto max-w-6xl p-6">{children}</div>;
}
