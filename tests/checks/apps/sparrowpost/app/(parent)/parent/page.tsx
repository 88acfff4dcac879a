import { requireGuardian } from "@/lib/dal";
import { myChildren } from "@/app/actions/pupils";
import { familyGuardians } from "@/app/actions/guardians";

export default async function ParentHome() {
  const { user } = await requireGuardian();
  const [children, guardians] = await Promise.all([myChildren(), familyGuardians()]);
  return (
    <main>
      <p>Signed in as {user.email}</p>
      <h2>Your children</h2>
      <pre>{JSON.stringify(children, null, 2)}</pre>
      <h2>Family</h2>
      <pre>{JSON.stringify(guardians, null, 2)}</pre>
    </main>
  );
}
