import Link from "next/link";
import { prisma } from "@/lib/db";
import { requireMember } from "@/lib/auth/current";

export default async function ToolsPage() {
  await requireMember();
  const tools = await prisma.tool.findMany({ select: { id: true, name: true, condition: true, site: { select: { name: true } } }, orderBy: { name: "asc" } });
  return (
    <ul>
      {tools.map((t) => (
        <li key={t.id}>
          <Link href={`/tools/${t.id}`}>{t.name}</Link> ({t.site.name}) — {t.condition}
        </li>
      ))}
    </ul>
  );
}
