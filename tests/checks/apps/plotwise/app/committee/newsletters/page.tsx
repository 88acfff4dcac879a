import Link from "next/link";
import { prisma } from "@/lib/db";
import { requireCommitteeRole } from "@/lib/auth/roles";
import { NewsletterComposer } from "@/components/NewsletterComposer";

export default async function NewslettersPage() {
  // ok: floating-auth-check
  await requireCommitteeRole("COMMITTEE_ADMIN");
  const issues = await prisma.newsletter.findMany({ select: { id: true, subject: true, status: true, sentAt: true }, orderBy: { createdAt: "desc" } });
  return (
    <div>
      <NewsletterComposer />
      <ul>
        {issues.map((n) => (
          <li key={n.id}>
            <Link href={`/committee/newsletters/${n.id}`}>{n.subject}</Link> — {n.status}
          </li>
        ))}
      </ul>
    </div>
  );
}
