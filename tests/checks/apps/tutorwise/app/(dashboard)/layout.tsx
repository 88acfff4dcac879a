import type { ReactNode } from "react";
import { verifySession } from "@/lib/dal";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  await verifySession();
  return <div className="dashboard">{children}</div>;
}
