import Link from "next/link";
import { memberDirectory } from "@/app/actions/committee";

export default async function MembersPage() {
  const members = await memberDirectory();
  return (
    <ul>
      {members.map((m) => (
        <li key={m.id}>
          <Link href={`/committee/members/${m.id}`}>{m.name}</Link> — {m.role}
        </li>
      ))}
    </ul>
  );
}
