import Link from "next/link";
import { cookies } from "next/headers";
import { verifySession } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { InviteForm } from "@/components/InviteForm";

export default async function StudioHome() {
  const { userId } = await verifySession();
  const networkId = (await cookies()).get("ph_network")?.value;
  const shows = networkId
    ? await prisma.show.findMany({ where: { networkId, network: { memberships: { some: { userId } } } }, select: { id: true, title: true, slug: true } })
    : [];
  return (
    <main>
      <h1>Your shows</h1>
      <ul>{shows.map((s) => <li key={s.id}><Link href={`/studio/shows/${s.id}/settings`}>{s.title}</Link></li>)}</ul>
      <InviteForm />
    </main>
  );
}
