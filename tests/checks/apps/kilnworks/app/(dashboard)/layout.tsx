import type { ReactNode } from "react";
import Link from "next/link";
import { verifySession } from "@/lib/dal";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const session = await verifySession();
  return (
    <div>
      <nav>
        <Link href="/wheel">Wheels</Link> <Link href="/firings">Firings</Link> <Link href="/glaze-tests">Glaze tests</Link>{" "}
        <Link href="/profile">{session.email}</Link>
      </nav>
      {children}
    </div>
  );
}
