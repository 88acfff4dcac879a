import { requireUser } from "@/lib/dal";
import { completeProfile } from "@/app/actions/onboarding";

export default async function OnboardingPage() {
  const user = await requireUser();
  return (
    <main>
      <h1>Welcome, {user.email}</h1>
      <form action={completeProfile as unknown as (fd: FormData) => Promise<void>}>
        <input name="fullName" />
        <input name="phone" />
        <button>Continue</button>
      </form>
    </main>
  );
}
