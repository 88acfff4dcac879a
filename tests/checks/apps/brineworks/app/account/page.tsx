import { eq } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import { verifySession } from "@/lib/dal";
import { ProfileForm } from "@/components/ProfileForm";

export default async function AccountPage() {
  // ok: floating-auth-check
  const session = await verifySession();
  const [me] = await db.select({ name: users.name, email: users.email, bankAccount: users.bankAccount }).from(users).where(eq(users.id, session.userId));
  return (
    <div>
      <h1>Your account</h1>
      <p>{me?.email}</p>
      <ProfileForm name={me?.name ?? ""} bankAccount={me?.bankAccount ?? ""} />
    </div>
  );
}
