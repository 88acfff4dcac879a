import type { ReactNode } from "react";
import { verifySession } from "@/lib/dal";

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const session = await verifySession();
  return (
    <div className="min-h-screen">
      <header className="border-b px-6 py-3">Docketly · {session.email}</header>
      <main className="p-6">{children}</main>
    </div>
  );
}
