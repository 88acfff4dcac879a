import { requireUser } from "@/lib/auth/session";
import { RegistrationForm } from "@/components/registration-form";

export default async function RegisterChildPage() {
  await requireUser();
  return (
    <main className="mx-auto max-w-lg p-6">
      <h1 className="mb-4 text-xl font-semibold">Register a player</h1>
      <RegistrationForm />
    </main>
  );
}
