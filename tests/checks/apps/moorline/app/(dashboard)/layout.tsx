import Link from "next/link";
import { verifySession, getActiveOrg } from "@/lib/auth/dal";
import { prisma } from "@/lib/db/prisma";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  await verifySession();
  const org = await getActiveOrg();
  const marinas = await prisma.marina.findMany({ where: { orgId: org.orgId }, select: { id: true, name: true } });
  return (
    <div className="grid grid-cols-[220px_1fr]">
      <nav>
        {marinas.map((m) => (
          <Link key={m.id} href={`/marinas/${m.id}/berths`}>
            {m.name}
          </Link>
        ))}
        <Link href="/customers">Berth holders</Link>
        <Link href="/invoices">Invoices</Link>
        <Link href="/staff">Staff</Link>
        <Link href="/account">Account</Link>
      </nav>
      <main>{children}</main>
    </div>
  );
}
