import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { redirect } from "next/navigation";

export default async function ChargesPage() {
  const { orgId } = await auth();
  if (!orgId) redirect("/sign-in");
  const charges = await prisma.damageCharge.findMany({
    where: { status: { in: ["draft", "captured"] } },
    select: { id: true, amountCents: true, status: true, description: true },
    take: 50,
  });
  return <ul>{charges.map((c) => <li key={c.id}>{c.description}: £{c.amountCents / 100} ({c.status})</li>)}</ul>;
}
